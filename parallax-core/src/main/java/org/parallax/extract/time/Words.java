package org.parallax.extract.time;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parallax.text.NumberWords;

/** The English words the rules read: month and weekday names, number words, units, parts of the day. */
final class Words {

  /** Month names and abbreviations, one alternative per month, for use inside a regular expression. */
  static final String MONTH = "(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|Jun(?:e|\\.)?"
      + "|Jul(?:y|\\.)?|Aug(?:ust|\\.)?|Sep(?:t(?:ember|\\.)?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)";
  /** Weekday names and common abbreviations. */
  static final String WEEKDAY = "(?:Mon(?:day|\\.)?|Tue(?:s(?:day|\\.)?|\\.)?|Wed(?:nesday|\\.)?|Thu(?:r(?:s(?:day|\\.)?)?"
      + "|\\.)?|Fri(?:day|\\.)?|Sat(?:urday|\\.)?|Sun(?:day|\\.)?)";
  /** Full weekday names only, which may also be plural ("on Tuesdays"). */
  static final String WEEKDAY_FULL = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
  /** A four-digit year from 1500 to 2099. */
  static final String YEAR = "(?:1[5-9]\\d{2}|20\\d{2})";
  /** An optional modifier that TimeML keeps inside the expression: "early", "mid-", "the end of". */
  static final String MOD = "(?:(?<mod>(?:the\\s+)?(?:very\\s+)?(?:early|late|mid|(?:end|beginning|start|middle|close|turn"
      + "|rest|remainder|first half|second half)\\s+of))(?:\\s*-\\s*|\\s+))?";
  /** A cardinal number in words up to ninety-nine, or digits. */
  static final String NUMBER = "(?:\\d{1,2}\\s+1/2|\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy"
      + "|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven"
      + "|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a|an"
      + "|several|a few|few|a couple of|couple of|a couple|many|some|a dozen|dozens of|hundreds of|half\\s+an?"
      + "|(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|an?)\\s+and\\s+a\\s+half)";
  /** Units of a duration. */
  static final String UNIT = "(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|century|centurie)";
  /** An ordinal up to four, for quarters and halves. */
  static final String ORDINAL = "(?:first|second|third|fourth|1st|2nd|3rd|4th|final|last)";
  /** A part of the day. */
  static final String DAY_PART = "(?:morning|afternoon|evening|night|overnight)";

  /** Every word, lower-cased and cut at the first non-letter, that a rule's match can begin with. */
  static final Set<String> FIRST_WORDS = Set.of((
      "jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october "
      + "nov november dec december mon monday mondays tue tues tuesday tuesdays wed wednesday wednesdays thu thur "
      + "thurs thursday thursdays fri friday fridays sat saturday saturdays sun sunday sundays "
      + "the very early late mid end beginning start middle close turn rest remainder first second third fourth "
      + "final earlier later last next this coming past current fiscal fy calendar model year comparable "
      + "corresponding latest that same previous following full today yesterday tomorrow tonight nineteen eighteen "
      + "twenties thirties forties fifties sixties seventies eighties nineties noon midnight midday q spring summer "
      + "fall autumn winter christmas new thanksgiving independence halloween valentine labor memorial boxing "
      + "about nearly almost some more less fewer no up roughly around approximately just only barely exactly "
      + "another a an recent at one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
      + "fifteen sixteen seventeen twenty thirty forty fifty sixty seventy eighty ninety several few couple many "
      + "dozen dozens hundreds half minutes hours days weeks months years decades centuries every each daily "
      + "weekly monthly yearly hourly nightly biweekly bi once twice per now right currently nowadays presently "
      + "these recently lately formerly distant someday").split(" "));

  /** The cardinal number words and the phrases that count loosely ("a", "a couple of", "a dozen"). */
  private static final Map<String, Integer> SMALL = small();

  private static Map<String, Integer> small() {
    Map<String, Integer> small = new HashMap<>(NumberWords.CARDINALS);
    small.putAll(Map.of("a", 1, "an", 1, "a couple of", 2, "couple of", 2, "a couple", 2, "a dozen", 12));
    return Map.copyOf(small);
  }

  private Words() {}

  /** The month 1–12 that a name or abbreviation such as "Sept." stands for. */
  static int month(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    String[] prefixes = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    for (int i = 0; i < prefixes.length; i++) {
      if (w.startsWith(prefixes[i])) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException("not a month name: '" + word + "'");
  }

  /** The ISO day of week 1 (Monday) – 7 (Sunday) that a name or abbreviation stands for. */
  static int weekday(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    String[] prefixes = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    for (int i = 0; i < prefixes.length; i++) {
      if (w.startsWith(prefixes[i])) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException("not a weekday name: '" + word + "'");
  }

  /**
   * The count a number phrase stands for, or -1 when it is vague ("several", "a few", "many"): the whole part of
   * "5 1/2" and "five and a half", 0 for "half a"; decimals round to the nearest whole number, at least 1.
   */
  static long number(String phrase) {
    String p = phrase.toLowerCase(Locale.ROOT).trim().replace(",", "");
    if (p.isEmpty()) {
      return -1;
    }
    if (p.endsWith("1/2")) {
      return number(p.substring(0, p.length() - 3));
    }
    if (p.endsWith(" and a half")) {
      return number(p.substring(0, p.length() - " and a half".length()));
    }
    if (p.startsWith("half ")) {
      return 0;
    }
    if (Character.isDigit(p.charAt(0))) {
      return Math.max(1, Math.round(Double.parseDouble(p)));
    }
    Integer small = SMALL.get(p);
    if (small != null) {
      return small;
    }
    String[] parts = p.split("[- ]");
    if (parts.length == 2 && SMALL.containsKey(parts[0]) && SMALL.containsKey(parts[1])) {
      return SMALL.get(parts[0]) + SMALL.get(parts[1]);
    }
    return -1;
  }

  /** The TIMEX3 code of a part of the day: MO, AF, EV or NI. */
  static String dayPart(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "morning" -> "MO";
      case "afternoon" -> "AF";
      case "evening" -> "EV";
      default -> "NI";
    };
  }

  /** The TIMEX3 code of a season: SP, SU, FA or WI. */
  static String season(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "spring" -> "SP";
      case "summer" -> "SU";
      case "winter" -> "WI";
      default -> "FA";
    };
  }

  /** The quarter or half 1–4 an ordinal stands for; "final"/"last" mean the fourth ({@code of} = 4) or second. */
  static int ordinal(String word, int of) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.startsWith("fir") || w.startsWith("1")) {
      return 1;
    }
    if (w.startsWith("sec") || w.startsWith("2")) {
      return 2;
    }
    if (w.startsWith("thi") || w.startsWith("3")) {
      return 3;
    }
    if (w.startsWith("fou") || w.startsWith("4")) {
      return 4;
    }
    return of;
  }

  /** Whether a word starts with a capital letter, as names of months and weekdays do in edited text. */
  static boolean capitalised(CharSequence word) {
    return word.length() > 0 && Character.isUpperCase(word.charAt(0));
  }
}
