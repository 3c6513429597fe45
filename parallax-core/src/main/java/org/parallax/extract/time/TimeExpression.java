package org.parallax.extract.time;

import java.util.Objects;
import java.util.Set;
import org.parallax.model.Span;

/**
 * One temporal expression found in a text, with its TimeML TIMEX3 type and normalised value.
 *
 * <p>{@code span} counts Unicode code points into the text that was searched, and {@code text} is exactly the text
 * it covers. {@code type} is one of {@link #TYPES}; {@code value} is a TIMEX3 value such as {@code 2023-06-18},
 * {@code 2023-W24}, {@code 199}, {@code P3Y}, {@code 2023-06-18T15:00} or {@code PRESENT_REF}. {@code mod} is the
 * TIMEX3 modifier the words put on the value ({@code START} for "early 2004", {@code MORE_THAN} for "more than two
 * years"), one of {@link #MODS}, or null when they put none.
 */
public record TimeExpression(Span span, String text, String type, String value, String mod) {

  /** A calendar date or period of at least a day. */
  public static final String DATE = "DATE";
  /** A time of day, or a part of a day. */
  public static final String TIME = "TIME";
  /** A length of time. */
  public static final String DURATION = "DURATION";
  /** A recurrence ("weekly", "every day"). */
  public static final String SET = "SET";
  /** The four TIMEX3 types. */
  public static final Set<String> TYPES = Set.of(DATE, TIME, DURATION, SET);
  /** The TIMEX3 modifiers. */
  public static final Set<String> MODS = Set.of("BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN",
      "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE", "START", "MID", "END", "APPROX");

  public TimeExpression {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(value, "value");
    if (!TYPES.contains(type)) {
      throw new IllegalArgumentException("type must be one of DATE, TIME, DURATION or SET, got: " + type);
    }
    if (mod != null && !MODS.contains(mod)) {
      throw new IllegalArgumentException("mod must be a TIMEX3 modifier or null, got: " + mod);
    }
    if (text.codePointCount(0, text.length()) != span.length()) {
      throw new IllegalArgumentException("text '" + text + "' does not have the length of span " + span);
    }
  }

  /** An expression without a modifier. */
  public TimeExpression(Span span, String text, String type, String value) {
    this(span, text, type, value, null);
  }
}
