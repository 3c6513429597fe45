package org.parallax.extract.time;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The TIMEX3 modifier that the words of an expression put on its value: "early 2004" is 2004 at its START, "more
 * than two years" is P2Y and MORE_THAN, "around 7:15 p.m." is APPROX. The words are read from the expression's own
 * text, so a modifier outside its span ("they met early, on Monday") is not taken.
 */
final class Mods {

  private record Cue(Pattern pattern, String mod) {}

  private static final String NUMBER = "(?:\\d|a\\b|an\\b|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
      + "|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|dozen|half|several|few|couple)";

  /** Tried in order; the first that matches the lower-cased text wins. */
  private static final List<Cue> CUES = List.of(
      cue("^post-", "AFTER"),
      cue("^pre-", "BEFORE"),
      cue("\\bor earlier$", "ON_OR_BEFORE"),
      cue("\\b(?:or later|and beyond|or after)$", "ON_OR_AFTER"),
      cue("\\bor so$|\\bcouple\\s+of\\b", "APPROX"),
      cue("^(?:more\\s+than|over)\\s+" + NUMBER, "MORE_THAN"),
      cue("^(?:less\\s+than|under|almost)\\s+" + NUMBER, "LESS_THAN"),
      cue("^(?:at\\s+least|no\\s+less\\s+than)\\b", "EQUAL_OR_MORE"),
      cue("^(?:nearly|no\\s+more\\s+than|up\\s+to|at\\s+most|within)\\s+" + NUMBER, "EQUAL_OR_LESS"),
      cue("^(?:about|around|roughly|approximately)\\b|^some\\s+" + NUMBER, "APPROX"),
      cue("^(?:the\\s+)?(?:early|earlier|beginning\\s+of|start\\s+of)\\b", "START"),
      cue("^(?:the\\s+)?(?:late|later|end\\s+of)\\b|\\byear'?s?\\s+end$",
          "END"),
      cue("^(?:the\\s+)?(?:mid\\b|mid-|middle\\s+of)", "MID"));

  /**
   * A modifier written before a length that begins with its number ("at least 72 hours", "some 20 years"); "over"
   * and "within" are left out, as they are mostly prepositions ("over the past 20 years").
   */
  private static final Pattern BEFORE_LENGTH = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(?:more\\s+than|less\\s+than"
      + "|almost|nearly|at\\s+least|at\\s+most|up\\s+to|no\\s+more\\s+than|no\\s+less\\s+than"
      + "|about|around|roughly|approximately|some)\\s+$");
  /**
   * A modifier written before a date or a time that begins with a number or a name ("around 7:15 p.m.", "early
   * Tuesday", "mid-1996"), not before "the future" or "today", whose modifiers the expression's rule reads itself.
   */
  private static final Pattern BEFORE_POINT = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(?:about|around|roughly"
      + "|approximately|early|earlier|late|later|mid|post|pre)(?:\\s+|-)$");
  /** A modifier written after an expression ("a week or so", "1994 or later", "1990 and beyond"). */
  private static final Pattern AFTER = Pattern.compile("(?i)^\\s+(?:or\\s+so|or\\s+later|or\\s+earlier"
      + "|and\\s+beyond)(?![\\p{L}\\p{N}])");
  private static final Pattern NUMBER_FIRST = Pattern.compile("(?i)" + NUMBER);
  /** How far before an expression a modifier is looked for, in characters. */
  private static final int REACH = 24;

  private Mods() {}

  /**
   * Where an expression of {@code type} found at {@code start} begins once a modifier written just before it is
   * taken in; never before {@code floor} (the end of the expression before it).
   */
  static int widenStart(String text, int start, int floor, String type) {
    int from = Math.max(floor, start - REACH);
    if (from >= start) {
      return start;
    }
    boolean length = type.equals(TimeExpression.DURATION);
    if (length ? !NUMBER_FIRST.matcher(text).region(start, text.length()).lookingAt()
        : !(Character.isDigit(text.charAt(start)) || Character.isUpperCase(text.charAt(start)))) {
      return start;
    }
    Pattern before = length ? BEFORE_LENGTH : BEFORE_POINT;
    java.util.regex.Matcher m = before.matcher(text).region(from, start).useTransparentBounds(true);
    return m.find() ? m.start() : start;
  }

  /** Where an expression ending at {@code end} ends once a modifier written after it is taken in, within {@code ceiling}. */
  static int widenEnd(String text, int end, int ceiling) {
    java.util.regex.Matcher m = AFTER.matcher(text).region(end, ceiling);
    return m.lookingAt() ? m.end() : end;
  }

  private static Cue cue(String regex, String mod) {
    return new Cue(Pattern.compile(regex), mod);
  }

  /** The modifier of an expression written {@code text}, or null when its words put none. */
  static String of(String text) {
    String lower = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    for (Cue c : CUES) {
      if (c.pattern().matcher(lower).find()) {
        return c.mod();
      }
    }
    return null;
  }
}
