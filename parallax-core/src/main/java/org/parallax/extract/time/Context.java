package org.parallax.extract.time;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a resolver may know besides its match: the text, the publication date and the last calendar day the text
 * named before the match (the reference for "the day before", "the next day" and times of day).
 */
final class Context {

  private final String text;
  private final LocalDate published;
  private LocalDate reference;
  private int referenceEnd = -1;
  private String lastValue = "";

  Context(String text, LocalDate published) {
    this.text = Objects.requireNonNull(text, "text");
    this.published = Objects.requireNonNull(published, "published");
    this.reference = published;
  }

  String text() {
    return text;
  }

  LocalDate published() {
    return published;
  }

  /** The last day named before the current match, or the publication date. */
  LocalDate reference() {
    return reference;
  }

  /** The last day named close before {@code start} in the same stretch of text, or the publication date. */
  LocalDate nearbyDay(int start) {
    return referenceEnd >= 0 && start - referenceEnd <= 40 && text.substring(referenceEnd, start).indexOf('.') < 0
        ? reference : published;
  }

  void named(LocalDate day, int end) {
    reference = day;
    referenceEnd = end;
  }

  /** The value of the expression resolved last, or "" before the first. */
  String lastValue() {
    return lastValue;
  }

  void resolved(String value) {
    lastValue = value;
  }

  /**
   * The year of a month named without one: the publication year, unless the tense around {@code [start, end)} says
   * the month lies ahead (an earlier month: next year) or behind (a later month: last year).
   */
  int yearOf(int month, int start, int end) {
    int year = published.getYear();
    Tense.Direction d = tense(start, end);
    if (d == Tense.Direction.FUTURE && month < published.getMonthValue()) {
      return year + 1;
    }
    if (d == Tense.Direction.PAST && month > published.getMonthValue()) {
      return year - 1;
    }
    return year;
  }

  Tense.Direction tense(int start, int end) {
    return Tense.around(text, start, end);
  }
}
