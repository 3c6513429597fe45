package org.parallax.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parallax.model.Span;
import org.parallax.text.Tokenizer;

/**
 * Cuts a stretch of text into {@link Tok}s: words, single punctuation marks, and quote parts as single items so that
 * nothing inside a quote is mistaken for a cue or a source.
 */
final class Lexer {

  /** Words whose following full stop belongs to them. */
  private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt",
      "col", "sgt", "capt", "adm", "maj", "st", "jr", "sr", "rev", "hon", "prof", "pres", "sec", "u.s", "u.k", "u.n",
      "d.c", "del", "inc", "corp", "co", "ltd", "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec", "no", "vs", "etc");

  private Lexer() {}

  /** The items of {@code text} in {@code range}; {@code quoteParts} are the quote parts, sorted, not overlapping. */
  static List<Tok> lex(String text, Span range, List<Span> quoteParts) {
    List<Tok> out = new ArrayList<>();
    int q = 0;
    int i = range.start();
    while (i < range.end()) {
      while (q < quoteParts.size() && quoteParts.get(q).end() <= i) {
        q++;
      }
      if (q < quoteParts.size() && quoteParts.get(q).start() == i) {
        int end = Math.min(quoteParts.get(q).end(), range.end());
        out.add(new Tok(Tok.Kind.QUOTE, i, end, "\"", text.substring(i, end)));
        i = end;
        continue;
      }
      int cp = text.codePointAt(i);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      boolean handle = (cp == '@' || cp == '#') && i + 1 < range.end() && Character.isLetterOrDigit(text.charAt(i + 1));
      if (!Character.isLetterOrDigit(cp) && !handle) {
        int end = i + Character.charCount(cp);
        out.add(new Tok(Tok.Kind.PUNCT, i, end, text.substring(i, end), text.substring(i, end)));
        i = end;
        continue;
      }
      int start = i;
      if (handle) {
        i++;
      }
      int limit = q < quoteParts.size() ? Math.min(range.end(), quoteParts.get(q).start()) : range.end();
      while (i < limit) {
        cp = text.codePointAt(i);
        if (Character.isLetterOrDigit(cp)) {
          i += Character.charCount(cp);
        } else if (isJoiner(cp) && i + 1 < limit && Character.isLetterOrDigit(text.codePointAt(i + 1))) {
          i++;
        } else {
          break;
        }
      }
      String word = text.substring(start, i);
      String norm = Tokenizer.normalise(word);
      if (i < limit && text.charAt(i) == '.' && (ABBREVIATIONS.contains(norm) || isInitial(word))) {
        i++;
        word = text.substring(start, i);
      }
      out.add(new Tok(Tok.Kind.WORD, start, i, norm, word));
    }
    return out;
  }

  private static boolean isInitial(String word) {
    return (word.length() == 1 && Character.isUpperCase(word.charAt(0))) || word.matches("(\\p{L}\\.)+\\p{L}");
  }

  private static boolean isJoiner(int cp) {
    return cp == '\'' || cp == '’' || cp == '-' || cp == '.' || cp == '&';
  }
}
