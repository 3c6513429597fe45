package org.parallax.extract.time;

import static org.parallax.extract.time.Rule.group;
import static org.parallax.extract.time.TimeExpression.DATE;
import static org.parallax.extract.time.TimeExpression.TIME;
import static org.parallax.extract.time.Words.MOD;
import static org.parallax.extract.time.Words.MONTH;
import static org.parallax.extract.time.Words.WEEKDAY;
import static org.parallax.extract.time.Words.WEEKDAY_FULL;
import static org.parallax.extract.time.Words.YEAR;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.parallax.extract.time.Rule.Match;
import org.parallax.extract.time.Rule.Resolved;

/** Expressions that name the calendar outright: dates, months, years, decades, centuries and clock times. */
final class CalendarRules {

  private static final Pattern NOT_A_YEAR_BEFORE = Pattern.compile(
      "(?i)(?:[$#€£¥]|\\d[,.]|no\\.|number|about|nearly|almost|than|some|around|approximately|roughly|over|under"
          + "|least|flight|route|highway|interstate|model|room|page|pages|version)\\s*$");
  private static final Pattern NOT_A_YEAR_AFTER = Pattern.compile(
      "(?i)^(?:\\s*(?:%|percent|per cent|[a-z]+-|people|persons|feet|foot|meters|metres|troops|tons|tonnes|miles"
          + "|yards|points|dollars|shares|km|kg|votes|cars|units|workers|jobs|members|students|acres|soldiers|hours"
          + "|pounds|barrels|employees|square|yen|marks|francs|rubles|lire|pesos|-\\s*\\d{1,3}\\b(?!\\d)"
          + "|[.,]\\d))");
  private static final Set<String> VERB_MONTHS = Set.of("may", "march");
  private static final Pattern MONTH_CONTEXT_BEFORE = Pattern.compile(
      "(?i)(?:\\b(?:in|of|since|until|till|by|during|from|through|before|after|early|late|mid|last|next|this|between"
          + "|and|to|on|throughout|end|beginning)\\s+|-)$");

  private static final String CLOCK = "(?<h>[01]?\\d|2[0-3])(?:[:.](?<mi>[0-5]\\d))?\\s*(?<ap>a\\.m\\.?|p\\.m\\.?|am|pm)"
      + "(?:\\s+(?<tz>[ECMP][SD]T|GMT|UTC))?";

  private static final String TENS = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";
  private static final String UNITS = "(?:one|two|three|four|five|six|seven|eight|nine)";
  /** A year said in words, as transcripts spell it: "nineteen ninety-six", "two thousand". */
  private static final String SPOKEN_YEAR = "(?:nineteen|eighteen)[- ](?:hundred(?:\\s+and)?[- ])?" + TENS + "(?:[- ]"
      + UNITS + ")?|two\\s+thousand(?:\\s+and\\s+" + UNITS + "|[- ]" + UNITS + ")?";

  private CalendarRules() {}

  static List<Rule> rules() {
    return List.of(
        Rule.of("iso-date", "(?<y>" + YEAR + ")-(?<m>0[1-9]|1[0-2])-(?<d>[0-3]\\d)(?:T(?<h>[01]\\d|2[0-3]):(?<mi>[0-5]\\d))?",
            CalendarRules::isoDate),
        Rule.of("numeric-date", "(?<m>0?[1-9]|1[0-2])/(?<d>0?[1-9]|[12]\\d|3[01])/(?<y>\\d{4}|\\d{2})",
            CalendarRules::numericDate),
        Rule.of("month-day", "(?:(?<wd>" + WEEKDAY + "),?\\s+)?(?<mon>" + MONTH + ")\\s*(?<d>[0-3]?\\d)(?:st|nd|rd|th)?"
            + "(?:,?\\s*(?<y>" + YEAR + "))?", CalendarRules::monthCapitalised, CalendarRules::monthDay),
        Rule.of("day-month", "(?:(?<wd>" + WEEKDAY + "),?\\s+)?(?:the\\s+)?(?<d>[0-3]?\\d)(?:st|nd|rd|th)?\\s+(?:of\\s+)?"
            + "(?<mon>" + MONTH + ")(?:,?\\s+(?<y>" + YEAR + "))?", CalendarRules::monthCapitalised,
            CalendarRules::monthDay),
        Rule.of("month-year", MOD + "(?<mon>" + MONTH + "),?\\s+(?:of\\s+)?(?:(?<y>" + YEAR + ")|(?<rel>last|next|this)"
            + "\\s+year)",
            CalendarRules::monthCapitalised, CalendarRules::monthYear),
        Rule.of("month", MOD + "(?:(?<rel>last|next|this|this past|this coming|early last|late last|early next"
            + "|late next)\\s+)?(?<mon>" + MONTH + ")", CalendarRules::bareMonth, CalendarRules::month),
        Rule.of("year", MOD + "(?:(?<fy>fiscal(?:\\s+year)?|FY|calendar(?:\\s+year)?|the\\s+year|model\\s+year|year)"
            + "\\s*)?(?<y>" + YEAR + ")", CalendarRules::plausibleYear, (m, c) -> Resolved.of(DATE, group(m, "y"))),
        Rule.of("spoken-year", "(?:(?<mon>" + MONTH + ")\\s+|the\\s+(?<s>winter|summer|spring|fall|autumn)\\s+of\\s+"
            + "|(?<yearWord>the\\s+year)\\s+)?(?<sy>" + SPOKEN_YEAR + ")", CalendarRules::spokenYear),
        Rule.of("decade", MOD + "(?:the\\s+)?(?:(?<mod2>early|late|mid)\\s*-?\\s*)?(?:(?<dec>1[0-9]\\d0|20\\d0)'?s"
            + "|['’](?<short>\\d)0s|(?<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))",
            CalendarRules::decade),
        Rule.of("century", "(?:the\\s+)?(?:(?:early|late|mid)\\s*-?\\s*)?(?<n>\\d{1,2})(?:st|nd|rd|th)[- ]century",
            (m, c) -> Resolved.of(DATE, String.format("%02d", Integer.parseInt(group(m, "n")) - 1))),
        Rule.of("clock", CLOCK, CalendarRules::clock),
        Rule.of("clock-day", "(?:" + CLOCK + "|(?<w>noon|midnight|midday)),?\\s+(?:on\\s+)?(?:(?<wd>" + WEEKDAY_FULL
            + ")|(?<mon>" + MONTH + ")\\s*(?<d>[0-3]?\\d)(?![\\d:])|(?<deictic>today|yesterday|tomorrow))",
            (m, t) -> group(m, "wd") != null ? Words.capitalised(group(m, "wd"))
                : group(m, "mon") == null || Words.capitalised(group(m, "mon")), CalendarRules::clockDay),
        Rule.of("clock-24", "(?<h>[01]?\\d|2[0-3]):(?<mi>[0-5]\\d)\\s*(?:(?<tz>[ECMP][SD]T|GMT|UTC)|o'clock)",
            CalendarRules::clock),
        Rule.of("noon", "(?<w>noon|midnight|midday)", CalendarRules::clock));
  }

  private static Resolved isoDate(Match m, Context c) {
    LocalDate day = Values.dayOrNull(Integer.parseInt(group(m, "y")), Integer.parseInt(group(m, "m")),
        Integer.parseInt(group(m, "d")));
    if (day == null) {
      return null;
    }
    String h = group(m, "h");
    return h == null ? new Resolved(DATE, Values.day(day), day)
        : new Resolved(TIME, Values.day(day) + "T" + h + ":" + group(m, "mi"), day);
  }

  private static Resolved numericDate(Match m, Context c) {
    int year = Integer.parseInt(group(m, "y"));
    if (group(m, "y").length() == 2) {
      int century = c.published().getYear() / 100 * 100;
      year = century + year > c.published().getYear() + 10 ? century - 100 + year : century + year;
    }
    LocalDate day = Values.dayOrNull(year, Integer.parseInt(group(m, "m")), Integer.parseInt(group(m, "d")));
    return day == null ? null : new Resolved(DATE, Values.day(day), day);
  }

  private static boolean monthCapitalised(Match m, String text) {
    return Words.capitalised(group(m, "mon"));
  }

  private static Resolved monthDay(Match m, Context c) {
    int month = Words.month(group(m, "mon"));
    int d = Integer.parseInt(group(m, "d"));
    String y = group(m, "y");
    int year = y != null ? Integer.parseInt(y) : c.yearOf(month, d, m.start(), m.end());
    LocalDate day = Values.dayOrNull(year, month, d);
    return day == null ? null : new Resolved(DATE, Values.day(day), day);
  }

  private static Resolved monthYear(Match m, Context c) {
    String rel = group(m, "rel");
    int year = rel == null ? Integer.parseInt(group(m, "y")) : c.published().getYear()
        + (rel.equalsIgnoreCase("last") ? -1 : rel.equalsIgnoreCase("next") ? 1 : 0);
    return Resolved.of(DATE, Values.year(year) + String.format("-%02d", Words.month(group(m, "mon"))));
  }

  private static boolean bareMonth(Match m, String text) {
    String mon = group(m, "mon");
    if (!Words.capitalised(mon)) {
      return false;
    }
    String lower = mon.toLowerCase(Locale.ROOT);
    boolean abbreviated = lower.length() <= 4 && !lower.endsWith(".") && !lower.equals("june") && !lower.equals("july")
        && !lower.equals("may");
    if (abbreviated || mon.equals("MAY") || mon.equals("MARCH")) {
      return false;
    }
    if (VERB_MONTHS.contains(lower) && group(m, "mod") == null && group(m, "rel") == null) {
      String before = text.substring(Math.max(0, m.start() - 20), m.start());
      return MONTH_CONTEXT_BEFORE.matcher(before).find();
    }
    return true;
  }

  private static Resolved month(Match m, Context c) {
    int month = Words.month(group(m, "mon"));
    String rel = group(m, "rel");
    int now = c.published().getMonthValue();
    int year = c.published().getYear();
    if (rel == null) {
      year = c.yearOf(month, 0, m.start(), m.end());
    } else if (rel.toLowerCase(Locale.ROOT).endsWith("last") || rel.toLowerCase(Locale.ROOT).endsWith("past")) {
      year = month < now ? year : year - 1;
    } else if (rel.toLowerCase(Locale.ROOT).endsWith("next") || rel.toLowerCase(Locale.ROOT).endsWith("coming")) {
      year = month > now ? year : year + 1;
    }
    return Resolved.of(DATE, Values.year(year) + String.format("-%02d", month));
  }

  private static boolean plausibleYear(Match m, String text) {
    if (group(m, "mod") != null || group(m, "fy") != null) {
      return true;
    }
    String before = text.substring(Math.max(0, m.start() - 20), m.start());
    String after = text.substring(m.end(), Math.min(text.length(), m.end() + 20));
    return !NOT_A_YEAR_BEFORE.matcher(before).find() && !NOT_A_YEAR_AFTER.matcher(after).find();
  }

  private static Resolved spokenYear(Match m, Context c) {
    String[] words = group(m, "sy").toLowerCase(Locale.ROOT).replace("hundred", " ").replace(" and ", " ")
        .split("[- ]+");
    int year;
    if (words[0].equals("two")) {
      if (group(m, "mon") == null && group(m, "s") == null && group(m, "yearWord") == null) {
        return null; // "two thousand" alone is more often a count than a year
      }
      year = 2000 + (words.length > 2 ? (int) Words.number(words[words.length - 1]) : 0);
    } else {
      year = (words[0].equals("nineteen") ? 1900 : 1800) + (int) Words.number(words[1])
          + (words.length > 2 ? (int) Words.number(words[2]) : 0);
    }
    if (group(m, "mon") != null) {
      return Words.capitalised(group(m, "mon"))
          ? Resolved.of(DATE, Values.year(year) + String.format("-%02d", Words.month(group(m, "mon")))) : null;
    }
    if (group(m, "s") != null) {
      return Resolved.of(DATE, Values.year(year) + "-" + Words.season(group(m, "s")));
    }
    return Resolved.of(DATE, Values.year(year));
  }

  private static Resolved decade(Match m, Context c) {
    String dec = group(m, "dec");
    if (dec != null) {
      return Resolved.of(DATE, dec.endsWith("00") ? dec.substring(0, 2) : dec.substring(0, 3));
    }
    int tens;
    String shortForm = group(m, "short");
    if (shortForm != null) {
      tens = Integer.parseInt(shortForm);
    } else {
      List<String> words = List.of("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
          "nineties");
      tens = words.indexOf(group(m, "word").toLowerCase(Locale.ROOT)) + 2;
    }
    int century = c.published().getYear() / 100;
    if (tens * 10 > c.published().getYear() % 100) {
      century--;
    }
    return Resolved.of(DATE, String.format("%02d%d", century, tens));
  }

  private static Resolved clock(Match m, Context c) {
    return atTime(c.nearbyDay(m.start()), m);
  }

  /** A time followed by the day it falls on: "9 a.m. Tuesday", "5 p.m. EST, Nov. 6", "noon yesterday". */
  private static Resolved clockDay(Match m, Context c) {
    LocalDate day;
    if (group(m, "wd") != null) {
      day = RelativeRules.weekdayDay(Words.weekday(group(m, "wd")), null, m, c);
    } else if (group(m, "mon") != null) {
      int month = Words.month(group(m, "mon"));
      int d = Integer.parseInt(group(m, "d"));
      day = Values.dayOrNull(c.yearOf(month, d, m.start(), m.end()), month, d);
    } else {
      String deictic = group(m, "deictic").toLowerCase(Locale.ROOT);
      day = c.published().plusDays(deictic.equals("yesterday") ? -1 : deictic.equals("tomorrow") ? 1 : 0);
    }
    return day == null ? null : atTime(day, m);
  }

  private static Resolved atTime(LocalDate day, Match m) {
    String word = group(m, "w");
    if (word != null) {
      return new Resolved(TIME, Values.day(day) + (word.equalsIgnoreCase("midnight") ? "T24:00" : "T12:00"), day);
    }
    int hour = Integer.parseInt(group(m, "h"));
    String ap = group(m, "ap");
    if (ap != null) {
      if (hour == 0 || hour > 12) {
        return null;
      }
      boolean pm = Character.toLowerCase(ap.charAt(0)) == 'p';
      hour = hour % 12 + (pm ? 12 : 0);
    }
    String minutes = group(m, "mi") == null ? "00" : group(m, "mi");
    return new Resolved(TIME, Values.day(day) + String.format("T%02d:", hour) + minutes, day);
  }
}
