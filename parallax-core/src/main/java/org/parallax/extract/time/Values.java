package org.parallax.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** Calendar arithmetic and the TIMEX3 spelling of calendar values at a given granularity. */
final class Values {

  /** How fine a calendar value is. */
  enum Unit { DAY, WEEK, MONTH, QUARTER, YEAR, DECADE, CENTURY }

  private Values() {}

  /** {@code day} moved by {@code n} units (negative: back). */
  static LocalDate shift(LocalDate day, Unit unit, long n) {
    return switch (unit) {
      case DAY -> day.plusDays(n);
      case WEEK -> day.plusWeeks(n);
      case MONTH -> day.plusMonths(n);
      case QUARTER -> day.plusMonths(3 * n);
      case YEAR -> day.plusYears(n);
      case DECADE -> day.plusYears(10 * n);
      case CENTURY -> day.plusYears(100 * n);
    };
  }

  /** The TIMEX3 value of the {@code unit} that contains {@code day}: 2023-06-18, 2023-W24, 2023-06, 2023-Q2, 2023, 202, 20. */
  static String format(LocalDate day, Unit unit) {
    return switch (unit) {
      case DAY -> day(day);
      case WEEK -> week(day);
      case MONTH -> pad(day.getYear(), 4) + "-" + pad(day.getMonthValue(), 2);
      case QUARTER -> quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
      case YEAR -> year(day.getYear());
      case DECADE -> String.valueOf(day.getYear() / 10);
      case CENTURY -> String.valueOf(day.getYear() / 100);
    };
  }

  static String day(LocalDate day) {
    return pad(day.getYear(), 4) + "-" + pad(day.getMonthValue(), 2) + "-" + pad(day.getDayOfMonth(), 2);
  }

  static String year(int year) {
    return pad(year, 4);
  }

  static String week(LocalDate day) {
    return pad(day.get(IsoFields.WEEK_BASED_YEAR), 4) + "-W" + pad(day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2);
  }

  /**
   * {@code n} in ASCII digits, zero-padded to {@code width}, as {@code String.format("%0<width>d")} spells it:
   * going through {@code Formatter} was a tenth of the tagger's time.
   */
  static String pad(int n, int width) {
    if (n < 0) {
      return String.format(Locale.ROOT, "%0" + width + "d", n);
    }
    String digits = Integer.toString(n);
    return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
  }

  static String quarter(int year, int quarter) {
    return year(year) + "-Q" + quarter;
  }

  /** The quarter 1–4 that contains {@code day}. */
  static int quarterOf(LocalDate day) {
    return (day.getMonthValue() - 1) / 3 + 1;
  }

  /**
   * The day with ISO weekday {@code weekday} nearest {@code from} in the given direction: on or before it when
   * {@code ahead} is false, on or after it otherwise; {@code strict} leaves {@code from} itself out.
   */
  static LocalDate weekday(LocalDate from, int weekday, boolean ahead, boolean strict) {
    DayOfWeek dow = DayOfWeek.of(weekday);
    if (ahead) {
      return strict ? from.with(TemporalAdjusters.next(dow)) : from.with(TemporalAdjusters.nextOrSame(dow));
    }
    return strict ? from.with(TemporalAdjusters.previous(dow)) : from.with(TemporalAdjusters.previousOrSame(dow));
  }

  /** A valid day, or null when the month has no such day (February 30). */
  static LocalDate dayOrNull(int year, int month, int day) {
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (java.time.DateTimeException notADay) {
      return null;
    }
  }
}
