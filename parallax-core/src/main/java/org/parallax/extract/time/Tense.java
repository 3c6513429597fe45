package org.parallax.extract.time;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which way in time the clause around an expression points, judged from the nearest tense cue in its sentence.
 *
 * <p>News is mostly written in the past tense, so a sentence without cues reads as {@link Direction#NONE}, which
 * callers treat as the past. Reporting verbs ("said") are not cues: they are past even when what is reported lies
 * ahead ("talks will resume on Monday, officials said").
 */
final class Tense {

  /** Where the clause points. */
  enum Direction { PAST, FUTURE, NONE }

  private static final int REACH = 200;
  private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
  // "next" ("next to"), "later" and "planned" mislead more often than they help
  private static final Set<String> FUTURE = Set.of("will", "'ll", "shall", "won't", "upcoming", "coming",
      "scheduled", "expected", "slated", "plans", "plan", "planning", "intends", "intend", "due",
      "tomorrow", "soon", "forthcoming", "would", "expects", "hopes", "aims", "payable", "effective", "expire",
      "expires", "mature", "matures", "until");
  private static final Set<String> PAST = Set.of("was", "were", "had", "did", "ago", "last", "yesterday", "met",
      "went", "came", "held", "left", "made", "took", "gave", "began", "won", "lost", "fell", "rose", "saw", "became",
      "sent", "spoke", "struck", "hit", "killed", "earlier", "previous", "former", "since", "been");
  private static final Set<String> NEUTRAL_ED = Set.of("said", "need", "speed", "feed", "seed", "bed", "red", "fed",
      "united", "limited", "based", "related", "armed", "hundred", "embed", "proceed", "exceed", "succeed",
      "indeed", "weed", "shed", "wed", "bred", "reed", "breed", "greed", "creed");

  private Tense() {}

  private static final Pattern REPORTED_JUST_BEFORE = Pattern.compile(
      "(?i)\\b(?:said|told|announced|reported|added|stated|declared|confirmed|disclosed)\\s+(?:on\\s+)?$");

  /**
   * The direction of the nearest cue to {@code [start, end)} within its sentence; an expression right after a
   * reporting verb ("said Friday") dates the report, so it points back.
   */
  static Direction around(String text, int start, int end) {
    if (REPORTED_JUST_BEFORE.matcher(text.substring(Math.max(0, start - 20), start)).find()) {
      return Direction.PAST;
    }
    int from = sentenceStart(text, start);
    int to = sentenceEnd(text, end);
    Direction best = Direction.NONE;
    int bestDistance = Integer.MAX_VALUE;
    Matcher m = WORD.matcher(text).region(from, to);
    while (m.find()) {
      if (m.end() > start && m.start() < end) {
        continue;
      }
      String w = m.group().toLowerCase(Locale.ROOT).replace('’', '\'');
      Direction d = cue(w, text, m.end());
      if (d == Direction.NONE) {
        continue;
      }
      // a cue after the expression governs it less often than one before ("On Friday, X planned to pay")
      int distance = m.end() <= start ? start - m.end() : 2 * (m.start() - end);
      if (distance < bestDistance) {
        best = d;
        bestDistance = distance;
      }
    }
    return best;
  }

  private static Direction cue(String w, String text, int after) {
    if (FUTURE.contains(w) || w.endsWith("'ll")) {
      return Direction.FUTURE;
    }
    if ((w.equals("is") || w.equals("are")) && nextWordIs(text, after, "to")) {
      return Direction.FUTURE;
    }
    if ((w.equals("going") || w.equals("set") || w.equals("planned")) && nextWordIs(text, after, "to")) {
      return Direction.FUTURE;
    }
    if (PAST.contains(w) || (w.length() > 4 && w.endsWith("ed") && !NEUTRAL_ED.contains(w))) {
      return Direction.PAST;
    }
    return Direction.NONE;
  }

  private static boolean nextWordIs(String text, int from, String word) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return text.regionMatches(true, i, word, 0, word.length())
        && (i + word.length() == text.length() || !Character.isLetter(text.charAt(i + word.length())));
  }

  private static int sentenceStart(String text, int start) {
    int limit = Math.max(0, start - REACH);
    for (int i = start - 1; i > limit; i--) {
      char c = text.charAt(i);
      if (c == '\n' || ((c == '.' || c == '!' || c == '?') && i + 1 < start
          && Character.isWhitespace(text.charAt(i + 1)) && !abbreviation(text, i))) {
        return i + 1;
      }
    }
    return limit;
  }

  private static int sentenceEnd(String text, int end) {
    int limit = Math.min(text.length(), end + REACH);
    for (int i = end; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '\n' || ((c == '.' || c == '!' || c == '?') && (i + 1 == text.length()
          || Character.isWhitespace(text.charAt(i + 1))) && !abbreviation(text, i))) {
        return i;
      }
    }
    return limit;
  }

  /** Whether the full stop at {@code dot} ends a short abbreviation such as "p.m." or "Sept." rather than a sentence. */
  private static boolean abbreviation(String text, int dot) {
    if (text.charAt(dot) != '.') {
      return false;
    }
    int i = dot;
    while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
      i--;
    }
    int length = dot - i;
    return length == 1 || (length <= 4 && length > 0 && Character.isUpperCase(text.charAt(i))
        && Set.of("jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "mr", "mrs", "ms", "dr",
            "gen", "sen", "rep", "gov", "st", "jr", "sr", "lt", "col", "sgt").contains(
                text.substring(i, dot).toLowerCase(Locale.ROOT)));
  }
}
