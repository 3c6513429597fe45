package org.parallax.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parallax.model.Span;

/**
 * Splits one sentence into tokens the way CoNLL-2003 was tokenised, so that the name finder sees at run time what
 * it was trained on: punctuation apart from words, the possessive {@code 's} apart ("China 's"), abbreviations and
 * initials with their periods ("U.S.", "J.", "Jan."), hyphenated words whole ("Kai-shek"). Each token's form is
 * normalised (typographic quotes and apostrophes to ASCII); its span keeps the original text's {@code String}
 * indexes.
 */
final class NerTokenizer {

  /** A token: the form the model sees and where it stands. */
  record Token(String form, Span span) {}

  private static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "maj",
      "st", "jr", "sr", "rev", "hon", "pres", "sec", "dept", "corp", "inc", "ltd", "co", "no", "vs", "etc",
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "ave");

  private NerTokenizer() {}

  /** The tokens of {@code text} between {@code from} and {@code to} ({@code String} indexes). */
  static List<Token> tokens(String text, int from, int to) {
    List<Token> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      while (i < to && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < to && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        splitChunk(text, start, i, out);
      }
    }
    return out;
  }

  private static void splitChunk(String text, int start, int end, List<Token> out) {
    List<Token> tail = new ArrayList<>();
    while (start < end && isEdgePunctuation(text.charAt(start))) {
      add(text, start, start + 1, out);
      start++;
    }
    while (end > start) {
      char last = text.charAt(end - 1);
      if (last == '.' && keepsPeriod(text, start, end)) {
        break;
      }
      if (isEdgePunctuation(last) || last == '.') {
        tail.add(0, token(text, end - 1, end));
        end--;
      } else if (end - start > 2 && (last == 's' || last == 'S') && isApostrophe(text.charAt(end - 2))) {
        tail.add(0, token(text, end - 2, end));
        end -= 2;
      } else {
        break;
      }
    }
    int piece = start;
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      if (c == '—' || c == '–' || c == '/' || (c == '-' && k + 1 < end && text.charAt(k + 1) == '-')) {
        add(text, piece, k, out);
        int dashEnd = c == '-' ? k + 2 : k + 1;
        add(text, k, dashEnd, out);
        piece = dashEnd;
        k = dashEnd - 1;
      }
    }
    add(text, piece, end, out);
    out.addAll(tail);
  }

  private static boolean keepsPeriod(String text, int start, int end) {
    String word = text.substring(start, end - 1);
    if (word.isEmpty()) {
      return false;
    }
    if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
      return true;
    }
    if (word.indexOf('.') >= 0 && word.chars().allMatch(c -> c == '.' || Character.isLetter(c))) {
      return true;
    }
    return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }

  private static boolean isEdgePunctuation(char c) {
    return ",;:!?\"'()[]{}“”‘’«»…*".indexOf(c) >= 0;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’';
  }

  private static void add(String text, int start, int end, List<Token> out) {
    if (end > start) {
      out.add(token(text, start, end));
    }
  }

  private static Token token(String text, int start, int end) {
    String form = text.substring(start, end)
        .replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"');
    return new Token(form, new Span(start, end));
  }
}
