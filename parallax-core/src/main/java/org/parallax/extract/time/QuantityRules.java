package org.parallax.extract.time;

import static org.parallax.extract.time.RelativeRules.lower;
import static org.parallax.extract.time.Rule.group;
import static org.parallax.extract.time.TimeExpression.DATE;
import static org.parallax.extract.time.TimeExpression.DURATION;
import static org.parallax.extract.time.TimeExpression.SET;
import static org.parallax.extract.time.Words.NUMBER;
import static org.parallax.extract.time.Words.UNIT;
import static org.parallax.extract.time.Words.WEEKDAY_FULL;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.parallax.extract.time.Rule.Match;
import org.parallax.extract.time.Rule.Resolved;
import org.parallax.extract.time.Values.Unit;

/** Lengths of time, dates counted in them ("two days ago"), recurrences, and the vague "now", "recently", "future". */
final class QuantityRules {

  // TimeML keeps "nearly", "more than" and "the past" inside a duration but leaves "about", "over" and "within" out
  private static final String HEDGE = "(?:(?<hedge>nearly|almost|more\\s+than|less\\s+than|fewer\\s+than|no\\s+more\\s+than"
      + "|up\\s+to|roughly|approximately|another|a\\s+further|an\\s+additional"
      + "|the\\s+last|the\\s+past|the\\s+next|the\\s+first|the\\s+coming|the\\s+previous|the\\s+following"
      + "|the\\s+final|the\\s+remaining|the\\s+latest|the|past|last|next|first|recent)\\s+)*";
  private static final Pattern RATE_BEFORE = Pattern.compile(
      "(?i)(?:\\d|percent|%|cents?|dollars?|once|twice|times|hours|days|miles|barrels|tons)\\W*$");
  private static final Pattern BARE_UNITS_BEFORE = Pattern.compile(
      "(?i)\\b(?:for|over|within|in|after|took|take|takes|spent|spend|lasted|lasting|during|than)\\s+$");

  private QuantityRules() {}

  static List<Rule> rules() {
    return List.of(
        Rule.of("ago", "(?:(?<hedge>about|nearly|almost|some|more\\s+than|less\\s+than|roughly|around|just|only"
            + "|barely|exactly)\\s+)?(?<n>" + NUMBER + ")[- ](?<unit>" + UNIT + ")s?\\s+(?<dir>ago|earlier|later"
            + "|from\\s+now|hence|back)", (m, t) -> Words.number(group(m, "n")) > 0
                || lower(group(m, "dir")).matches("ago|back|from\\s+now|hence"), QuantityRules::ago),
        Rule.of("year-earlier", "(?:the\\s+)?(?:comparable\\s+|corresponding\\s+)?year-(?<dir>earlier|ago)(?:\\s+(?<noun>"
            + "(?:first\\s+|second\\s+|third\\s+|fourth\\s+)?quarter|period|nine\\s+months|six\\s+months))?"
            + "|last\\s+year's\\s+(?:quarter|period)|the\\s+(?:corresponding|comparable|same)\\s+(?:quarter|period)\\s+"
            + "(?:of\\s+)?last\\s+year", QuantityRules::yearEarlier),
        Rule.of("latest-period", "the\\s+(?:latest|most\\s+recent|same)\\s+period", (m, c) -> c.lastQuarter().isEmpty()
            ? null : Resolved.of(DATE, c.lastQuarter())),
        Rule.of("duration", HEDGE + "(?<n>" + NUMBER + ")(?:\\s+(?:more|additional|straight|consecutive|full|long))?"
            + "(?:-|\\s+)(?<unit>" + UNIT + ")(?<pl>s)?(?:-long)?", QuantityRules::plausibleDuration,
            QuantityRules::duration),
        Rule.of("bare-units", "(?:(?<rel>the\\s+past|the\\s+last|the\\s+next|the\\s+coming|recent|the)\\s+)?"
            + "(?<unit>minute|hour|day|week|month|year|decade|centurie)s", QuantityRules::plausibleBareUnits,
            QuantityRules::bareUnits),
        Rule.of("every", "(?:every|each)\\s+(?:(?<n>other|" + NUMBER + ")\\s+)?(?<unit>" + UNIT + "|morning|night"
            + "|evening|afternoon|weekend|" + WEEKDAY_FULL + ")s?", QuantityRules::every),
        Rule.of("weekdays", "(?<wd>" + WEEKDAY_FULL + ")s", (m, t) -> Words.capitalised(group(m, "wd")),
            (m, c) -> Resolved.of(SET, "XXXX-WXX-" + Words.weekday(group(m, "wd")))),
        Rule.of("adverb-set", "(?<adv>daily|weekly|monthly|yearly|hourly|nightly|biweekly|bi-weekly)",
            QuantityRules::adverbSet),
        Rule.of("rate", "(?:(?:once|twice|(?:" + NUMBER + ")\\s+times)\\s+)?(?:a|an|per)\\s+(?<unit>day|week|month"
            + "|year|quarter|hour|minute|decade)", QuantityRules::plausibleRate,
            (m, c) -> Resolved.of(SET, period(1, unit(group(m, "unit"))))),
        Rule.of("present", "(?<w>now|currently|nowadays|presently|these\\s+days|the\\s+present"
            + "|current|at\\s+present)", (m, c) -> Resolved.of(DATE, "PRESENT_REF")),
        Rule.of("past", "(?<w>recently|lately|formerly|(?:the\\s+)?(?:recent|distant)\\s+past|the\\s+past)", QuantityRules::plausiblePast, (m, c) -> Resolved.of(DATE, "PAST_REF")),
        Rule.of("future", "(?<w>the\\s+(?:near\\s+|distant\\s+|foreseeable\\s+)?future|someday)", (m, c) -> Resolved.of(DATE, "FUTURE_REF")));
  }

  private static Resolved ago(Match m, Context c) {
    long n = Words.number(group(m, "n"));
    String dir = lower(group(m, "dir")).replaceAll("\\s+", " ");
    boolean back = dir.equals("ago") || dir.equals("earlier") || dir.equals("before") || dir.equals("back");
    if (n <= 0) {
      return Resolved.of(DATE, back ? "PAST_REF" : "FUTURE_REF");
    }
    Unit unit = calendarUnit(group(m, "unit"));
    if (unit == null) {
      return Resolved.of(DATE, back ? "PAST_REF" : "FUTURE_REF");
    }
    boolean fromToday = dir.equals("ago") || dir.equals("from now") || dir.equals("hence") || dir.equals("back");
    if (unit == Unit.YEAR && !c.lastQuarter().isEmpty() && back) {
      // business news: "a year ago" after "the third quarter" is that quarter a year before
      String q = c.lastQuarter();
      return Resolved.of(DATE, Values.year(Integer.parseInt(q.substring(0, 4)) - (int) n) + q.substring(4));
    }
    LocalDate anchor = fromToday ? c.published() : c.reference();
    long amount = lower(group(m, "unit")).startsWith("fortnight") ? 2 * n : n;
    LocalDate day = Values.shift(anchor, unit, back ? -amount : amount);
    Unit granularity = unit == Unit.WEEK ? Unit.DAY : unit;
    return new Resolved(DATE, Values.format(day, granularity), granularity == Unit.DAY ? day : null);
  }

  private static Resolved yearEarlier(Match m, Context c) {
    String noun = group(m, "noun") == null ? "" : lower(group(m, "noun"));
    if (noun.endsWith("months")) {
      return Resolved.of(DURATION, noun.startsWith("nine") ? "P9M" : "P6M");
    }
    String last = c.lastQuarter();
    if (!last.isEmpty()) {
      return Resolved.of(DATE, Values.year(Integer.parseInt(last.substring(0, 4)) - 1) + last.substring(4));
    }
    return Resolved.of(DATE, Values.year(c.published().getYear() - 1));
  }

  private static boolean plausibleDuration(Match m, String text) {
    String after = text.substring(m.end(), Math.min(text.length(), m.end() + 6));
    if (lower(group(m, "unit")).equals("quarter") && after.matches("(?is)\\s+of\\b.*")) {
      return false; // "three-quarters of the shares" is a fraction
    }
    if (lower(group(m, "n")).matches("an?") && lower(group(m, "unit")).equals("second") && group(m, "pl") == null) {
      return false; // "a second time" is an ordinal
    }
    return !after.matches("(?is)\\s*-?\\s*olds?\\b.*") && !after.matches("(?is)\\s+old\\b.*");
  }

  private static Resolved duration(Match m, Context c) {
    long n = Words.number(group(m, "n"));
    String unit = lower(group(m, "unit"));
    if (n == 1 && group(m, "pl") != null && Character.isDigit(group(m, "n").charAt(0)) && !group(m, "n").equals("1")) {
      n = -1;
    }
    if (n == 1 && group(m, "n").equalsIgnoreCase("a") && group(m, "hedge") == null) {
      String before = c.text().substring(Math.max(0, m.start() - 12), m.start());
      if (RATE_BEFORE.matcher(before).find()) {
        return Resolved.of(SET, period(1, unit(unit)));
      }
    }
    if (unit.startsWith("fortnight")) {
      return Resolved.of(DURATION, n < 0 ? "PXW" : "P" + 2 * n + "W");
    }
    if (n == 0) {
      String half = switch (unit(unit)) {
        case "Y" -> "P6M";
        case "M" -> "P15D";
        case "W" -> "P3DT12H";
        case "D" -> "PT12H";
        case "TH" -> "PT30M";
        case "TM" -> "PT30S";
        case "DE" -> "P5Y";
        case "CE" -> "P50Y";
        default -> null;
      };
      return half == null ? null : Resolved.of(DURATION, half);
    }
    if (group(m, "n").endsWith("1/2") || lower(group(m, "n")).endsWith("half")) {
      String half = switch (unit(unit)) {
        case "Y" -> "6M";
        case "M" -> "15D";
        case "D" -> "T12H";
        case "TH" -> "30M";
        case "TM" -> "30S";
        default -> "";
      };
      return half.isEmpty() ? null : Resolved.of(DURATION, period(n, unit(unit)) + half);
    }
    return Resolved.of(DURATION, period(n, unit(unit)));
  }

  private static boolean plausibleBareUnits(Match m, String text) {
    if (group(m, "rel") != null) {
      return true;
    }
    return BARE_UNITS_BEFORE.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find();
  }

  private static Resolved bareUnits(Match m, Context c) {
    String rel = group(m, "rel");
    if (rel != null && lower(rel).equals("recent") && lower(group(m, "unit")).equals("year")) {
      return Resolved.of(DATE, "PAST_REF");
    }
    return Resolved.of(DURATION, period(-1, unit(group(m, "unit"))));
  }

  private static Resolved every(Match m, Context c) {
    String unit = group(m, "unit");
    if (unit.matches("(?i)" + WEEKDAY_FULL)) {
      return Resolved.of(SET, "XXXX-WXX-" + Words.weekday(unit));
    }
    String u = lower(unit);
    if (u.equals("morning") || u.equals("night") || u.equals("evening") || u.equals("afternoon")) {
      return Resolved.of(SET, "XXXX-XX-XXT" + Words.dayPart(u));
    }
    if (u.equals("weekend")) {
      return Resolved.of(SET, "XXXX-WXX-WE");
    }
    String n = group(m, "n");
    long count = n == null ? 1 : lower(n).equals("other") ? 2 : Words.number(n);
    return Resolved.of(SET, period(count, unit(u)));
  }

  private static Resolved adverbSet(Match m, Context c) {
    String adv = lower(group(m, "adv")).replace("-", "");
    String value = switch (adv) {
      case "daily", "nightly" -> "P1D";
      case "weekly" -> "P1W";
      case "biweekly" -> "P2W";
      case "monthly" -> "P1M";
      case "hourly" -> "PT1H";
      case "quarterly" -> "P3M";
      case "semiannually", "biannually" -> "P6M";
      default -> "P1Y";
    };
    return Resolved.of(SET, value);
  }

  private static boolean plausibleRate(Match m, String text) {
    String matched = lower(text.substring(m.start(), m.end()));
    if (matched.startsWith("once") || matched.startsWith("twice") || matched.contains(" times ")
        || matched.startsWith("per")) {
      return true;
    }
    return RATE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find();
  }

  private static boolean plausiblePast(Match m, String text) {
    String w = lower(group(m, "w"));
    if (!w.equals("recent")) {
      return true;
    }
    // "recent" alone is a time only when it qualifies something that happened, not "recent years" (its own rule)
    String after = text.substring(m.end(), Math.min(text.length(), m.end() + 16)).toLowerCase(java.util.Locale.ROOT);
    return !after.matches("\\s+(?:years|months|weeks|days|decades|past|history|times)\\b.*");
  }

  /** The TIMEX3 unit letter of a unit word; time units are prefixed with T in {@link #period}. */
  private static String unit(String word) {
    String w = lower(word);
    if (w.startsWith("second")) {
      return "TS";
    }
    if (w.startsWith("minute")) {
      return "TM";
    }
    if (w.startsWith("hour")) {
      return "TH";
    }
    if (w.startsWith("day")) {
      return "D";
    }
    if (w.startsWith("week") || w.startsWith("fortnight")) {
      return "W";
    }
    if (w.startsWith("month")) {
      return "M";
    }
    if (w.startsWith("quarter")) {
      return "Q";
    }
    if (w.startsWith("decade")) {
      return "DE";
    }
    if (w.startsWith("centur")) {
      return "CE";
    }
    return "Y";
  }

  /** A TIMEX3 period such as P3Y, PT5H or PXY (a vague count); decades and centuries are spelled in years. */
  static String period(long n, String unit) {
    if (unit.equals("DE")) {
      return n < 0 ? "PXDE" : "P" + 10 * n + "Y";
    }
    if (unit.equals("CE")) {
      return n < 0 ? "PXCE" : "P" + 100 * n + "Y";
    }
    String count = n < 0 ? "X" : String.valueOf(n);
    return unit.startsWith("T") ? "PT" + count + unit.substring(1) : "P" + count + unit;
  }

  private static Unit calendarUnit(String word) {
    String w = lower(word);
    if (w.startsWith("day")) {
      return Unit.DAY;
    }
    if (w.startsWith("week") || w.startsWith("fortnight")) {
      return Unit.WEEK;
    }
    if (w.startsWith("month")) {
      return Unit.MONTH;
    }
    if (w.startsWith("quarter")) {
      return Unit.QUARTER;
    }
    if (w.startsWith("year")) {
      return Unit.YEAR;
    }
    if (w.startsWith("decade")) {
      return Unit.DECADE;
    }
    if (w.startsWith("centur")) {
      return Unit.CENTURY;
    }
    return null;
  }
}
