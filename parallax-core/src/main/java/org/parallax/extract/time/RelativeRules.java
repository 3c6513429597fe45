package org.parallax.extract.time;

import static org.parallax.extract.time.Rule.group;
import static org.parallax.extract.time.TimeExpression.DATE;
import static org.parallax.extract.time.TimeExpression.TIME;
import static org.parallax.extract.time.Words.DAY_PART;
import static org.parallax.extract.time.Words.ORDINAL;
import static org.parallax.extract.time.Words.WEEKDAY_FULL;
import static org.parallax.extract.time.Words.YEAR;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.parallax.extract.time.Rule.Match;
import org.parallax.extract.time.Rule.Resolved;
import org.parallax.extract.time.Values.Unit;

/** Expressions that count from the publication date or from a day named earlier: "yesterday", "last week". */
final class RelativeRules {

  private static final String EARLY = "(?:(?<mod>early|late|earlier|later|mid|(?:the\\s+)?(?:end|beginning|start"
      + "|middle|rest|remainder)\\s+of)(?:\\s*-\\s*|\\s+))?";

  private RelativeRules() {}

  static List<Rule> rules() {
    return List.of(
        Rule.of("deictic-day", EARLY + "(?:(?<w>today|yesterday|tomorrow|tonight)(?:\\s+(?<part>" + DAY_PART + "))?"
            + "|(?<rel>this|last)\\s+(?<part2>" + DAY_PART + ")|the\\s+day\\s+(?<two>before\\s+yesterday"
            + "|after\\s+tomorrow))", RelativeRules::deicticDay),
        Rule.of("weekday", "(?:(?<rel>last|next|this|this past|this coming|coming|past)\\s+)?(?<wd>" + WEEKDAY_FULL + ")"
            + "(?:\\s+(?<part>" + DAY_PART + "))?", (m, t) -> Words.capitalised(group(m, "wd")), RelativeRules::weekday),
        Rule.of("relative-unit", EARLY + "(?<rel>this|last|next|the\\s+full|the\\s+(?:current\\s+)?fiscal|the\\s+past|the\\s+previous|the\\s+coming|the\\s+following"
            + "|the\\s+current|the\\s+latest|the\\s+most\\s+recent|the\\s+last|the\\s+next|the|current|this\\s+past"
            + "|the\\s+same|that)\\s+(?<unit>week|weekend|month|year|quarter|decade|century)",
            RelativeRules::plausibleUnit, RelativeRules::relativeUnit),
        Rule.of("reference-day", "(?<which>the\\s+day\\s+before|the\\s+previous\\s+day|the\\s+day\\s+after|the\\s+next\\s+day"
            + "|the\\s+following\\s+day|that\\s+day|the\\s+same\\s+day|the\\s+night\\s+before|the\\s+next\\s+morning"
            + "|the\\s+following\\s+morning|the\\s+previous\\s+night)", RelativeRules::referenceDay),
        Rule.of("quarter", "(?:(?:the\\s+)?(?:(?<rel>this\\s+year's|last\\s+year's|next\\s+year's|year-earlier"
            + "|year-ago|fiscal|calendar|current|latest|this|last|next|(?<y0>" + YEAR + "))\\s+)*(?<ord>" + ORDINAL
            + ")\\s+(?:fiscal\\s+)?|(?:(?<rel2>fiscal|calendar)\\s+)?(?<ord2>" + ORDINAL + ")-)(?<unit>quarter|half)"
            + "(?:\\s+of\\s+(?:fiscal\\s+)?(?<y>" + YEAR + ")|,?\\s+(?<y2>" + YEAR + "))?", RelativeRules::quarter),
        Rule.of("year-quarter", "(?:the\\s+)?(?<y>" + YEAR + ")\\s+(?:fiscal\\s+)?(?:quarter|period)", (m, c) -> Resolved.of(DATE,
            group(m, "y") + (c.lastQuarter().isEmpty() ? "" : c.lastQuarter().substring(4)))),
        Rule.of("quarter-code", "(?<qn>[1-4])Q|Q(?<qn2>[1-4])(?:\\s+(?<y>" + YEAR + "))?", RelativeRules::quarterCode),
        Rule.of("season", EARLY + "(?:(?<rel>this|last|next|this\\s+past|the|this\\s+coming|the\\s+past|the\\s+coming)"
            + "\\s+)?(?<s>spring|summer|fall|autumn|winter)(?:\\s+(?:of\\s+)?(?<y>" + YEAR + "))?",
            RelativeRules::plausibleSeason, RelativeRules::season),
        Rule.of("holiday", "(?<h>Christmas(?:\\s+Day|\\s+Eve)?|New\\s+Year's\\s+(?:Day|Eve)|Thanksgiving(?:\\s+Day)?"
            + "|Independence\\s+Day|Halloween|Valentine's\\s+Day|Labor\\s+Day|Memorial\\s+Day|Boxing\\s+Day)"
            + "(?:,?\\s+(?<y>" + YEAR + "))?", (m, t) -> Words.capitalised(group(m, "h")), RelativeRules::holiday));
  }

  private static Resolved deicticDay(Match m, Context c) {
    LocalDate today = c.published();
    String w = lower(group(m, "w"));
    String part = group(m, "part") != null ? group(m, "part") : group(m, "part2");
    LocalDate day;
    if (w == null && group(m, "two") != null) {
      day = today.plusDays(lower(group(m, "two")).startsWith("before") ? -2 : 2);
    } else if (w == null) {
      day = lower(group(m, "rel")).equals("last") ? today.minusDays(1) : today;
    } else {
      day = switch (w) {
        case "yesterday" -> today.minusDays(1);
        case "tomorrow" -> today.plusDays(1);
        default -> today;
      };
      if (w.equals("tonight")) {
        part = "night";
      }
    }
    return part == null ? new Resolved(DATE, Values.day(day), day)
        : new Resolved(TIME, Values.day(day) + "T" + Words.dayPart(part), day);
  }

  private static Resolved weekday(Match m, Context c) {
    LocalDate day = weekdayDay(Words.weekday(group(m, "wd")), lower(group(m, "rel")), m, c);
    String part = group(m, "part");
    return part == null ? new Resolved(DATE, Values.day(day), day)
        : new Resolved(TIME, Values.day(day) + "T" + Words.dayPart(part), day);
  }

  /**
   * The day a weekday names: without {@code rel}, the latest such day on or before publication, or the next on or
   * after it when the clause points ahead; "last"/"next" skip the publication day; "this" stays in its week.
   */
  static LocalDate weekdayDay(int wd, String rel, Match m, Context c) {
    LocalDate today = c.published();
    if (rel == null) {
      return Values.weekday(today, wd, c.tense(m.start(), m.end()) == Tense.Direction.FUTURE, false);
    }
    if (rel.equals("this")) {
      return today.with(DayOfWeek.of(wd));
    }
    boolean ahead = rel.equals("next") || rel.endsWith("coming");
    return Values.weekday(today, wd, ahead, true);
  }

  private static boolean plausibleUnit(Match m, String text) {
    String rel = lower(group(m, "rel")).replaceAll("\\s+", " ");
    String unit = lower(group(m, "unit"));
    if (rel.equals("that")) {
      return unit.equals("year") || unit.equals("month") || unit.equals("week") || unit.equals("quarter");
    }
    if (rel.equals("the") || rel.equals("the same")) {
      // "the year" and "the quarter" are common in business news; "the decade" and "the week" mostly are not dates
      return unit.equals("year") || unit.equals("quarter") || unit.equals("weekend") || unit.equals("month");
    }
    return !(unit.equals("weekend") && (rel.equals("the last") || rel.equals("the next")));
  }

  private static Resolved relativeUnit(Match m, Context c) {
    String rel = lower(group(m, "rel")).replaceAll("\\s+", " ");
    String unit = lower(group(m, "unit"));
    LocalDate today = c.published();
    if (unit.equals("weekend")) {
      return weekend(rel, today, c.tense(m.start(), m.end()));
    }
    Unit u = Unit.valueOf(unit.toUpperCase(Locale.ROOT));
    if (rel.equals("that") || rel.equals("the same")) {
      // "that year", "the same month": the period of the last date named before, when it names one
      String named = c.lastDate(u);
      if (named != null) {
        return Resolved.of(DATE, named);
      }
      if (rel.equals("that")) {
        return null;
      }
    }
    LocalDate anchor = today;
    int step = 0;
    switch (rel) {
      case "last", "the past", "the last", "this past", "the most recent" -> step = -1;
      case "next", "the coming", "the next" -> step = 1;
      case "the previous" -> {
        anchor = c.reference();
        step = -1;
      }
      case "the following" -> {
        anchor = c.reference();
        step = 1;
      }
      case "the latest" -> step = u == Unit.QUARTER ? -1 : 0;
      case "the" -> {
        if (u == Unit.QUARTER) {
          step = -1;
        } else if (u != Unit.WEEK && c.text().startsWith(" end", m.end())) {
          // "the year ended March 31" is a fiscal year: a length, not the calendar year
          return Resolved.of(TimeExpression.DURATION, QuantityRules.period(1, u == Unit.YEAR ? "Y"
              : u == Unit.MONTH ? "M" : "Q"));
        }
      }
      default -> step = 0;
    }
    return Resolved.of(DATE, Values.format(Values.shift(anchor, u, step), u));
  }

  private static Resolved weekend(String rel, LocalDate today, Tense.Direction tense) {
    int dow = today.getDayOfWeek().getValue();
    LocalDate inWeek;
    if (rel.equals("last") || rel.equals("the past") || rel.equals("this past")) {
      inWeek = today.minusWeeks(1);
    } else if (rel.equals("next") || rel.equals("the coming")) {
      inWeek = dow >= 6 ? today.plusWeeks(1) : today;
    } else if (rel.equals("this")) {
      inWeek = today;
    } else {
      inWeek = dow <= 4 && tense != Tense.Direction.FUTURE ? today.minusWeeks(1) : today;
    }
    return Resolved.of(DATE, Values.week(inWeek) + "-WE");
  }

  private static Resolved referenceDay(Match m, Context c) {
    String which = lower(group(m, "which")).replaceAll("\\s+", " ");
    LocalDate ref = c.reference();
    LocalDate day = which.contains("before") || which.contains("previous") ? ref.minusDays(1)
        : which.contains("next") || which.contains("following") || which.contains("after") ? ref.plusDays(1) : ref;
    if (which.endsWith("night")) {
      return new Resolved(TIME, Values.day(day) + "TNI", day);
    }
    if (which.endsWith("morning")) {
      return new Resolved(TIME, Values.day(day) + "TMO", day);
    }
    return new Resolved(DATE, Values.day(day), day);
  }

  private static Resolved quarter(Match m, Context c) {
    boolean half = lower(group(m, "unit")).equals("half");
    String ord = group(m, "ord") != null ? group(m, "ord") : group(m, "ord2");
    int n = Words.ordinal(ord, half ? 2 : 4);
    if (half && n > 2) {
      return null;
    }
    String y = group(m, "y") != null ? group(m, "y") : group(m, "y2") != null ? group(m, "y2") : group(m, "y0");
    int year;
    String rel = group(m, "rel") == null ? "" : lower(group(m, "rel"));
    if (y != null) {
      year = Integer.parseInt(y);
    } else if (rel.contains("last year") || rel.contains("year-")) {
      year = c.published().getYear() - 1;
    } else if (rel.contains("next year")) {
      year = c.published().getYear() + 1;
    } else {
      year = c.published().getYear();
      int current = half ? (c.published().getMonthValue() - 1) / 6 + 1 : Values.quarterOf(c.published());
      if (n > current && c.tense(m.start(), m.end()) != Tense.Direction.FUTURE) {
        year--;
      }
    }
    return Resolved.of(DATE, Values.year(year) + (half ? "-H" : "-Q") + n);
  }

  private static Resolved quarterCode(Match m, Context c) {
    String q = group(m, "qn") != null ? group(m, "qn") : group(m, "qn2");
    String y = group(m, "y");
    return Resolved.of(DATE, Values.quarter(y == null ? c.published().getYear() : Integer.parseInt(y),
        Integer.parseInt(q)));
  }

  private static boolean plausibleSeason(Match m, String text) {
    String s = lower(group(m, "s"));
    boolean qualified = group(m, "rel") != null || group(m, "y") != null || group(m, "mod") != null;
    return qualified || s.equals("summer") || s.equals("winter") || s.equals("autumn");
  }

  private static Resolved season(Match m, Context c) {
    String code = Words.season(group(m, "s"));
    int year = c.published().getYear();
    int month = c.published().getMonthValue();
    int start = switch (code) {
      case "SP" -> 3;
      case "SU" -> 6;
      case "FA" -> 9;
      default -> 12;
    };
    String rel = group(m, "rel") == null ? "" : lower(group(m, "rel")).replaceAll("\\s+", " ");
    if (group(m, "y") != null) {
      year = Integer.parseInt(group(m, "y"));
    } else if (rel.equals("last") || rel.endsWith("past")) {
      year = start + 2 < month ? year : year - 1;
    } else if (rel.equals("next") || rel.endsWith("coming")) {
      year = start > month ? year : year + 1;
    }
    return Resolved.of(DATE, Values.year(year) + "-" + code);
  }

  private static Resolved holiday(Match m, Context c) {
    String h = lower(group(m, "h")).replaceAll("\\s+", " ");
    int month;
    int dayOfMonth;
    if (h.startsWith("christmas")) {
      month = 12;
      dayOfMonth = h.endsWith("eve") ? 24 : 25;
    } else if (h.startsWith("new year")) {
      month = h.endsWith("eve") ? 12 : 1;
      dayOfMonth = h.endsWith("eve") ? 31 : 1;
    } else if (h.startsWith("independence")) {
      month = 7;
      dayOfMonth = 4;
    } else if (h.startsWith("halloween")) {
      month = 10;
      dayOfMonth = 31;
    } else if (h.startsWith("valentine")) {
      month = 2;
      dayOfMonth = 14;
    } else if (h.startsWith("boxing")) {
      month = 12;
      dayOfMonth = 26;
    } else {
      month = h.startsWith("thanksgiving") ? 11 : h.startsWith("labor") ? 9 : 5;
      dayOfMonth = 0;
    }
    int year = group(m, "y") != null ? Integer.parseInt(group(m, "y")) : c.yearOf(month, dayOfMonth, m.start(), m.end());
    LocalDate day = dayOfMonth > 0 ? LocalDate.of(year, month, dayOfMonth) : movable(h, year);
    return new Resolved(DATE, Values.day(day), day);
  }

  /** Thanksgiving (fourth Thursday of November), Labor Day (first Monday of September), Memorial Day (last Monday of May). */
  private static LocalDate movable(String holiday, int year) {
    if (holiday.startsWith("thanksgiving")) {
      return LocalDate.of(year, 11, 1).with(java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
    }
    if (holiday.startsWith("labor")) {
      return LocalDate.of(year, 9, 1).with(java.time.temporal.TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
    }
    return LocalDate.of(year, 5, 1).with(java.time.temporal.TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
  }

  static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }
}
