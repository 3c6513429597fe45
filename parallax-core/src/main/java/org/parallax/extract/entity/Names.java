package org.parallax.extract.entity;

import java.util.List;
import org.parallax.model.Span;
import org.parallax.text.Tokenizer;

/** Small helpers on name strings shared by {@link NameLinker} and {@link NameReconciler}. */
final class Names {

  private Names() {}

  /** The words of a name, normalised (lower case, accents and apostrophes folded). */
  static List<String> words(String name) {
    return List.of(name.strip().split("\\s+")).stream().map(Tokenizer::normalise).toList();
  }

  /** Levenshtein distance between {@code a} and {@code b}. */
  static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /** Whether two single words are one misspelling apart: distance 1, same first letter, at least 3 letters. */
  static boolean nearMiss(String a, String b) {
    return Math.min(a.length(), b.length()) >= 3 && a.charAt(0) == b.charAt(0) && editDistance(a, b) == 1;
  }

  /** A span of code points of {@code text} as {@code String} indexes. */
  static Span toIndexes(String text, Span codePoints) {
    int start = text.offsetByCodePoints(0, codePoints.start());
    return new Span(start, text.offsetByCodePoints(start, codePoints.length()));
  }
}
