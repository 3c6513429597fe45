package org.parallax.extract.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a resolver may know besides its match: the text, the publication date and the last calendar day the text
 * named before the match (the reference for "the day before", "the next day" and times of day). One context
 * serves one text, resolved left to right; it is not shared between threads.
 */
final class Context {

  /** Rules whose quarters are counted from another quarter, so they never become the reference quarter. */
  private static final Set<String> COUNTED_QUARTERS = Set.of("ago", "year-earlier", "latest-period", "year-quarter");

  private static final Pattern QUARTER = Pattern.compile("\\d{4}-Q[1-4]");
  /** A calendar value precise to a year at least: 1998, 1998-Q3, 1998-06, 1998-W24, 1998-06-18, 1998-06-18T10:35. */
  private static final Pattern CALENDAR = Pattern.compile("\\d{4}(?:-(?:Q[1-4]|W\\d{2}|\\d{2}(?:-\\d{2})?)(?:T.*)?)?");

  private final String text;
  private final LocalDate published;
  private LocalDate reference;
  private int referenceEnd = -1;
  private String lastValue = "";
  private String lastQuarter = "";
  private String lastDate = "";

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

  /**
   * The {@code unit} (year, quarter, month or week) of the last calendar value the text named, as a TIMEX3 value
   * ("1998" of "June 18, 1998" for a year); null when there is none or it is coarser than the unit.
   */
  String lastDate(Values.Unit unit) {
    if (lastDate.isEmpty()) {
      return null;
    }
    String value = lastDate;
    int year = Integer.parseInt(value.substring(0, 4));
    boolean day = value.length() >= 10 && Character.isDigit(value.charAt(8));
    return switch (unit) {
      case YEAR -> value.substring(0, 4);
      case QUARTER -> value.length() >= 7 && value.charAt(5) == 'Q' ? value.substring(0, 7)
          : value.length() >= 7 && Character.isDigit(value.charAt(5))
              ? Values.quarter(year, (Integer.parseInt(value.substring(5, 7)) + 2) / 3) : null;
      case MONTH -> value.length() >= 7 && Character.isDigit(value.charAt(5)) ? value.substring(0, 7) : null;
      case WEEK -> value.length() >= 8 && value.charAt(5) == 'W' ? value.substring(0, 8)
          : day ? Values.week(LocalDate.parse(value.substring(0, 10))) : null;
      default -> null;
    };
  }

  /** The last quarter (2023-Q2) the text named, or "": business news counts "a year ago" from it. */
  String lastQuarter() {
    return lastQuarter;
  }

  /** Records what a rule resolved; quarters counted back from another ("a year ago") do not become the reference. */
  void resolved(String value, String rule) {
    lastValue = value;
    // "that year" after "March 3, 1998" leaves the day as the last date: "the same month" may follow
    if (CALENDAR.matcher(value).matches() && !lastDate.startsWith(value)) {
      lastDate = value;
    }
    if (QUARTER.matcher(value).matches() && !COUNTED_QUARTERS.contains(rule)) {
      lastQuarter = value;
    }
  }

  /**
   * The year of a month (and day, 0 for the whole month) named without one. News mostly looks back: the day is
   * taken in the publication year unless that puts it more than three months ahead (then last year) or more than
   * nine months behind (then next year). A future tense around {@code [start, end)} moves a day more than a month
   * behind into next year; a past tense moves one more than two months ahead into last year.
   */
  int yearOf(int month, int day, int start, int end) {
    int year = published.getYear();
    LocalDate d = LocalDate.of(year, month, 1);
    d = d.withDayOfMonth(day > 0 ? Math.min(day, d.lengthOfMonth()) : 15);
    long ahead = ChronoUnit.DAYS.between(published, d);
    Tense.Direction tense = tense(start, end);
    if (tense == Tense.Direction.FUTURE) {
      return ahead < -31 ? year + 1 : year;
    }
    if (tense == Tense.Direction.PAST) {
      return ahead > 62 ? year - 1 : year;
    }
    return ahead > 92 ? year - 1 : ahead < -275 ? year + 1 : year;
  }

  Tense.Direction tense(int start, int end) {
    return Tense.around(text, start, end);
  }
}
