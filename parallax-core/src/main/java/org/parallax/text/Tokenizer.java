package org.parallax.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Span;

/**
 * Splits text into word tokens with their spans. Punctuation is dropped, so "candid, substantive, and constructive"
 * and “candid, substantive and constructive” give the same words; a word's apostrophe forms ("China's",
 * "China’s") normalise alike.
 */
public final class Tokenizer {

  private Tokenizer() {}

  /** The words of {@code text}, in order, each with its span. */
  public static List<Token> words(String text) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      int cp = text.codePointAt(i);
      if (!Character.isLetterOrDigit(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      int end = i;
      while (i < n) {
        cp = text.codePointAt(i);
        if (Character.isLetterOrDigit(cp)) {
          i += Character.charCount(cp);
          end = i;
        } else if (isInnerJoiner(cp) && i + 1 < n && Character.isLetterOrDigit(text.codePointAt(i + 1))) {
          i += Character.charCount(cp);
        } else {
          break;
        }
      }
      tokens.add(new Token(normalise(text.substring(start, end)), new Span(start, end)));
    }
    return tokens;
  }

  private static boolean isInnerJoiner(int cp) {
    return cp == '\'' || cp == '’' || cp == '-';
  }

  /** Lower case, accents removed, typographic apostrophes folded to ASCII. */
  public static String normalise(String word) {
    String folded = word.replace('’', '\'');
    if (!isAscii(folded)) {
      folded = Normalizer.normalize(folded, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }
    return folded.toLowerCase(java.util.Locale.ROOT);
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        return false;
      }
    }
    return true;
  }
}
