package org.parallax.extract.entity;

import java.util.Objects;
import org.parallax.model.Span;

/**
 * One occurrence of a name in an article's text.
 *
 * @param span where the name stands, in Unicode code points of the article text
 * @param text the covered text, exactly as it appears
 * @param type one of {@link #PERSON}, {@link #ORGANIZATION}, {@link #LOCATION}, {@link #MISC}
 * @param canonical the longest full form of the same name in the article ("Antony Blinken" for "Blinken"); the
 *     mention's own text when nothing longer refers to it
 * @param role whether the mention is a title or role that refers to a named person ("the spokesperson"), not a name
 */
public record Mention(Span span, String text, String type, String canonical, boolean role) {

  public static final String PERSON = "PERSON";
  public static final String ORGANIZATION = "ORGANIZATION";
  public static final String LOCATION = "LOCATION";
  public static final String MISC = "MISC";

  /** A name mention (not a role). */
  public Mention(Span span, String text, String type, String canonical) {
    this(span, text, type, canonical, false);
  }

  public Mention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(canonical, "canonical");
  }

  /** This mention with another canonical name. */
  public Mention withCanonical(String name) {
    return new Mention(span, text, type, name, role);
  }

  /** This mention with another type. */
  public Mention withType(String newType) {
    return new Mention(span, text, newType, canonical, role);
  }

  /** The Parallax type for a CoNLL type (PER, ORG, LOC, MISC). */
  static String fromConll(String conllType) {
    return switch (conllType) {
      case "PER" -> PERSON;
      case "ORG" -> ORGANIZATION;
      case "LOC" -> LOCATION;
      case "MISC" -> MISC;
      default -> throw new IllegalArgumentException("Unknown CoNLL entity type '" + conllType + "'");
    };
  }
}
