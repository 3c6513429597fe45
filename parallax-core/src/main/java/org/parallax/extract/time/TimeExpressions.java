package org.parallax.extract.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Finds the temporal expressions in English news text and normalises them against the publication date.
 *
 * <p>{@code TimeExpressions.find("Blinken landed in China on Sunday.", LocalDate.of(2023, 6, 18))} returns one
 * expression, "Sunday" at code points [27, 33), a DATE with value {@code 2023-06-18}. The result is in text order,
 * the spans do not overlap, and each span's text is exactly {@code text} at that span (counted in code points).
 * The search is pure and thread-safe.
 */
public final class TimeExpressions {

  private static final Tagger TAGGER = Tagger.english();

  private TimeExpressions() {}

  /**
   * The temporal expressions in {@code text}, resolved against {@code published}.
   *
   * @throws NullPointerException when {@code text} or {@code published} is null
   */
  public static List<TimeExpression> find(String text, LocalDate published) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(published, "published");
    return TAGGER.tag(text, published);
  }
}
