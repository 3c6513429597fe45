package org.parallax.extract.time;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;

/**
 * Which rules may match at a word start of a text, judged by running the rules on the first words there alone.
 *
 * <p>A rule may match at a position only if its pattern, run on a prefix of the text from there, matches or runs
 * out of input ({@link Matcher#hitEnd()}): a match in the whole text reads the prefix the same way. The rules'
 * patterns look behind only at their start, which is why the prefix may stand alone. Two such filters run in
 * turn: by the first word alone (computed once for every word of {@link Words#FIRST_WORDS} and every ASCII
 * character other than a letter; any other word starts no rule, any other character every rule), then by the
 * first two words, for up to {@link #REMEMBERED} different beginnings ("the company", "the year", "5 mln"),
 * remembered because news repeats them. Filtering changes which rules are tried, never what they find.
 * Thread-safe.
 */
final class RuleIndex {

  /**
   * How many two-word beginnings are remembered (a few MB); beyond that a new beginning is given every rule its
   * first word allows.
   */
  static final int REMEMBERED = 1 << 16;

  private static final int[] NONE = new int[0];
  /** A remembered beginning is at most this long, in chars. */
  private static final int MAX_PREFIX = 40;
  private static final int LONGEST_FIRST_WORD = 13;

  private final List<Rule> rules;
  private final int[] all;
  /** The words of {@link Words#FIRST_WORDS}, each as its {@link #code}, sorted; {@code byWord} in the same order. */
  private final long[] wordCodes;
  private final int[][] byWord;
  private final int[][] byChar = new int[128][];
  private final Map<String, int[]> byPrefix = new ConcurrentHashMap<>();

  RuleIndex(List<Rule> rules) {
    this.rules = List.copyOf(rules);
    all = new int[rules.size()];
    Arrays.setAll(all, i -> i);
    Map<Long, String> words = new TreeMap<>();
    for (String word : Words.FIRST_WORDS) {
      long code = code(word, 0, word.length());
      if (code < 0) {
        throw new IllegalArgumentException("A first word must be 1 to " + LONGEST_FIRST_WORD
            + " letters a-z, got: '" + word + "'");
      }
      words.put(code, word);
    }
    wordCodes = words.keySet().stream().mapToLong(Long::longValue).toArray();
    byWord = words.values().stream().map(word -> probe(all, word)).toArray(int[][]::new);
    for (char c = 0; c < 128; c++) {
      if (!Character.isLetter(c)) {
        byChar[c] = probe(all, String.valueOf(c));
      }
    }
  }

  /** The indexes, in rule order, of the rules that may match at {@code at}, a word start of {@code text}. */
  int[] at(String text, int at) {
    int[] byFirst = byFirstWord(text, at);
    if (byFirst.length == 0) {
      return byFirst;
    }
    String prefix = text.substring(at, prefixEnd(text, at));
    int[] known = byPrefix.get(prefix);
    if (known != null) {
      return known;
    }
    if (byPrefix.size() >= REMEMBERED) {
      return byFirst; // working the prefix out would cost about as much as trying the rules
    }
    int[] rules = probe(byFirst, prefix);
    byPrefix.putIfAbsent(prefix, rules);
    return rules;
  }

  private int[] byFirstWord(String text, int at) {
    char c = text.charAt(at);
    if (c >= 128) {
      return all;
    }
    if (!Character.isLetter(c)) {
      return byChar[c];
    }
    int end = at;
    while (end < text.length() && end - at <= LONGEST_FIRST_WORD && text.charAt(end) < 128
        && Character.isLetter(text.charAt(end))) {
      end++;
    }
    int found = Arrays.binarySearch(wordCodes, code(text, at, end));
    return found < 0 ? NONE : byWord[found];
  }

  /**
   * The ASCII word {@code text[from, to)}, case folded, as a number in base 27 (a = 1 … z = 26), which tells words
   * apart without making a lower-case copy of each; -1 when it is longer than {@link #LONGEST_FIRST_WORD} letters
   * (27^13 still fits in a long) or not made of ASCII letters.
   */
  private static long code(String text, int from, int to) {
    if (to - from > LONGEST_FIRST_WORD || to == from) {
      return -1;
    }
    long code = 0;
    for (int i = from; i < to; i++) {
      char c = (char) (text.charAt(i) | 0x20);
      if (c < 'a' || c > 'z') {
        return -1;
      }
      code = code * 27 + (c - 'a' + 1);
    }
    return code;
  }

  /** The end of the first two words from {@code at} and what separates them (up to three characters). */
  private static int prefixEnd(String text, int at) {
    int limit = Math.min(text.length(), at + MAX_PREFIX);
    int end = tokenEnd(text, at + 1, limit);
    int second = end;
    while (second < limit && second - end < 3 && !Character.isLetterOrDigit(text.charAt(second))) {
      second++;
    }
    end = tokenEnd(text, second, limit);
    // a pattern reads a surrogate pair whole, so the prefix must not split one
    return Character.isHighSurrogate(text.charAt(end - 1)) ? end - 1 : end;
  }

  private static int tokenEnd(String text, int from, int limit) {
    int i = from;
    while (i < limit && Character.isLetterOrDigit(text.charAt(i))) {
      i++;
    }
    return Math.min(i, limit);
  }

  /** Those of {@code candidates} whose pattern, run on {@code start} alone, matches or wants more input. */
  private int[] probe(int[] candidates, String start) {
    int[] found = new int[candidates.length];
    int n = 0;
    for (int r : candidates) {
      Matcher m = rules.get(r).pattern().matcher(start);
      if (m.lookingAt() || m.hitEnd()) {
        found[n++] = r;
      }
    }
    return n == candidates.length ? candidates : Arrays.copyOf(found, n);
  }
}
