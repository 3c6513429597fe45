package org.parallax.cluster;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.text.NumberWords;

/**
 * Reads the {@link Figure}s a text gives with their head noun: a magnitude ("magnitude 5.6", "a 5.6-magnitude
 * quake", "5.6 on the Richter scale"), an age ("31-year-old", "aged 31"), people killed or injured ("12 dead",
 * "killing at least 12", "death toll rose to 12", "three people were injured"), a percentage ("40%", "40 per
 * cent"), money ("$3 million", "85 million euros"), and any other count with the noun after it ("23 pirates"). A
 * figure without a noun is not read: "12" alone could count anything. Numbers up to twenty and the tens may be
 * written as words. Stateless and thread-safe.
 */
final class FigureReader {

  private static final Map<String, Integer> WORDS = NumberWords.CARDINALS;

  /** A number in figures ("1,200", "5.6") or in words ("twelve"). */
  private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|"
      + String.join("|", WORDS.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList()) + ")";
  /**
   * A magnitude: one or two digits and a tenth; text converted from tokenised corpora writes "5. 9", which is read
   * as 5.9 here alone, where a magnitude is expected.
   */
  private static final String MAGNITUDE_NUMBER = "(\\d{1,2}(?:\\.\\s?\\d)?)(?![\\d,])";
  private static final String ABOUT =
      "(?:(?:at least|about|around|nearly|almost|more than|over|some|up to|as many as)\\s+)?";
  private static final String PEOPLE = "(?:(?:people|persons)\\s+)?(?:(?:were|was|are|have been|had been)\\s+)?";

  private record Reading(Figure.Kind kind, Pattern pattern) {}

  private static final List<Reading> READINGS = List.of(
      reading(Figure.Kind.MAGNITUDE, "\\bmagnitude(?:\\s+(?:of|at|was|is))?\\s*-?\\s*" + ABOUT + MAGNITUDE_NUMBER),
      reading(Figure.Kind.MAGNITUDE, "(?<![\\d.,])" + MAGNITUDE_NUMBER + "\\s*-?\\s*magnitude\\b"),
      reading(Figure.Kind.MAGNITUDE, "(?<![\\d.,])" + MAGNITUDE_NUMBER + "\\s+on the richter\\b"),
      reading(Figure.Kind.AGE, "\\b" + NUMBER + "\\s*-?\\s*years?\\s*-?\\s*old\\b"),
      reading(Figure.Kind.AGE, "\\baged\\s+" + NUMBER + "\\b"),
      reading(Figure.Kind.DEAD, "\\b" + NUMBER + "\\s+" + PEOPLE + "(?:dead|killed|died)\\b"),
      reading(Figure.Kind.DEAD, "\\b(?:killed|killing|kills|kill)\\s+" + ABOUT + NUMBER + "\\b(?!\\s*-?\\s*years?)"),
      reading(Figure.Kind.DEAD, "\\b" + NUMBER + "\\s+deaths?\\b"),
      reading(Figure.Kind.DEAD, "\\bdeath toll\\b(?:[^.]|\\.(?=\\d)){0,60}?\\s(?:to|at|of|is|was|reached)\\s+" + ABOUT
          + NUMBER + "\\b"),
      reading(Figure.Kind.INJURED, "\\b" + NUMBER + "\\s+" + PEOPLE + "(?:injured|hurt|wounded)\\b"),
      reading(Figure.Kind.INJURED, "\\b(?:injuring|injured|wounding|wounded|hurting)\\s+" + ABOUT + NUMBER
          + "\\b(?!\\s*-?\\s*years?)"),
      reading(Figure.Kind.PERCENT, "\\b" + NUMBER + "\\s*(?:%|per\\s?cent\\b)"));

  /** Money: a currency sign, a number (a decimal perhaps split, as for magnitudes) and perhaps a multiplier. */
  private static final Pattern MONEY = Pattern.compile("[$£€]\\s?(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\s?\\d+)?)"
      + "(?:\\s*-?\\s*(thousand|million|billion|trillion|bn|mm|m)\\b)?");
  /** Money written with the currency's name: "85 million euros". */
  private static final Pattern MONEY_IN_WORDS = Pattern.compile("\\b(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)"
      + "(?:\\s*-?\\s*(thousand|million|billion|trillion))?\\s+(?:dollars|euros|pounds)\\b");
  /**
   * Any other count: a number in figures, not part of a larger figure, a time ("7:30") or a date, followed by its
   * noun.
   */
  private static final Pattern COUNT = Pattern.compile(
      "(?<![\\d.,:/$£€-])(?<!\\d,\\s)(?<!\\d\\.\\s)\\b(\\d{1,3}(?:,\\d{3})+|\\d+)\\s+([a-z]{3,})\\b");
  /**
   * Words after a number that are no noun it counts: the nouns of the other kinds, units of time and dates (a count
   * of days or the day of a month changes as a story is retold), and words that join.
   */
  private static final Set<String> NOT_COUNTED = Set.of("dead", "killed", "died", "deaths", "death", "injured",
      "hurt", "wounded", "people", "persons", "percent", "per", "cent", "thousand", "million", "billion", "trillion",
      "dollars", "euros", "pounds", "magnitude", "year", "years", "month", "months", "week", "weeks", "day", "days",
      "hour", "hours", "hrs", "minute", "minutes", "mins", "second", "seconds", "january", "february", "march",
      "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar",
      "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "gmt", "bst", "utc", "edt", "est", "pdt", "pst", "ist", "and", "the", "for",
      "with", "after", "before", "from", "that", "was", "were", "are", "has", "have", "had", "more", "than", "times",
      "out", "into", "over", "under", "about", "around", "when", "while", "who", "which", "since", "until", "but",
      "this", "his", "her", "their", "its", "all", "other", "others", "old", "aged");

  private static Reading reading(Figure.Kind kind, String regex) {
    return new Reading(kind, Pattern.compile(regex));
  }

  private FigureReader() {}

  /** The figures {@code text} gives with a head noun, each once. */
  static Set<Figure> read(String text) {
    Set<Figure> out = new HashSet<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    for (Reading r : READINGS) {
      Matcher m = r.pattern().matcher(lower);
      while (m.find()) {
        double value = number(m.group(1));
        if (plausible(r.kind(), value)) {
          out.add(new Figure(r.kind(), value));
        }
      }
    }
    for (Pattern money : List.of(MONEY, MONEY_IN_WORDS)) {
      Matcher m = money.matcher(lower);
      while (m.find()) {
        double value = number(m.group(1)) * multiplier(m.group(2));
        if (value > 0) {
          out.add(new Figure(Figure.Kind.MONEY, value));
        }
      }
    }
    Matcher m = COUNT.matcher(lower);
    while (m.find()) {
      double value = number(m.group(1));
      String noun = m.group(2);
      boolean year = value >= 1900 && value <= 2099 && m.group(1).length() == 4;
      if (value >= 2 && !year && !NOT_COUNTED.contains(noun)) {
        out.add(new Figure(Figure.Kind.COUNT, singular(noun), value));
      }
    }
    return out;
  }

  /** The noun without a plural "s": "pirates" and "pirate" count the same thing. */
  private static String singular(String noun) {
    return noun.length() > 3 && noun.endsWith("s") && !noun.endsWith("ss") ? noun.substring(0, noun.length() - 1)
        : noun;
  }

  private static double number(String written) {
    Integer word = WORDS.get(written);
    if (word != null) {
      return word;
    }
    return Double.parseDouble(written.replace(",", "").replace(" ", ""));
  }

  /** Whether {@code value} can be a figure of {@code kind}: a magnitude from 1 to 10, an age up to 120. */
  private static boolean plausible(Figure.Kind kind, double value) {
    return switch (kind) {
      case MAGNITUDE -> value >= 1 && value <= 10;
      case AGE -> value >= 1 && value <= 120 && value == Math.rint(value);
      case PERCENT -> value <= 1000;
      default -> value >= 1;
    };
  }

  private static double multiplier(String word) {
    if (word == null) {
      return 1;
    }
    return switch (word) {
      case "thousand" -> 1e3;
      case "million", "m", "mm" -> 1e6;
      case "billion", "bn" -> 1e9;
      case "trillion" -> 1e12;
      default -> 1;
    };
  }
}
