package org.parallax.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.parallax.model.Span;

/**
 * Splits text into sentence spans: at line breaks and after '.', '!' or '?' (with closing quotes) before a space and
 * an upper-case letter, a digit or an opening quote; never after a known abbreviation ("Sen.", "Jan.", "U.S.") or
 * initials ("J.", "G.K.").
 */
public final class Sentences {

  private static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "del", "gov", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm",
      "maj", "st", "jr", "sr", "rev", "hon", "pres", "sec", "dept", "corp", "inc", "ltd", "co", "no", "vs", "etc",
      "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "wed",
      "thu", "fri", "sat", "sun", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m", "ft", "mt", "approx", "est", "ave",
      "blvd");

  /** Initials with their inner full stops, before the last one ({@code G.K} of "G.K. Butterfield"). */
  private static final Pattern INITIALS = Pattern.compile("(\\p{Lu}\\.)+\\p{Lu}");

  private Sentences() {}

  /** The non-blank sentences of {@code text}, trimmed, in order. */
  public static List<Span> split(String text) {
    List<Span> out = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        add(text, start, i, out);
        start = i + 1;
      } else if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i)) {
        int end = i + 1;
        while (end < n && isClosing(text.charAt(end))) {
          end++;
        }
        add(text, start, end, out);
        start = end;
        i = end - 1;
      }
    }
    add(text, start, n, out);
    return out;
  }

  private static boolean endsSentence(String text, int i) {
    int j = i + 1;
    while (j < text.length() && isClosing(text.charAt(j))) {
      j++;
    }
    if (j >= text.length()) {
      return true;
    }
    if (!Character.isWhitespace(text.charAt(j))) {
      return false;
    }
    while (j < text.length() && text.charAt(j) == ' ') {
      j++;
    }
    if (j >= text.length()) {
      return true;
    }
    char next = text.charAt(j);
    if (!(Character.isUpperCase(next) || Character.isDigit(next) || isOpening(next) || next == '\n')) {
      return false;
    }
    return text.charAt(i) != '.' || !isAbbreviation(text, i);
  }

  private static boolean isAbbreviation(String text, int dot) {
    int k = dot;
    while (k > 0 && (Character.isLetter(text.charAt(k - 1)) || text.charAt(k - 1) == '.')) {
      k--;
    }
    String word = text.substring(k, dot).toLowerCase(java.util.Locale.ROOT);
    if (word.length() == 1 && Character.isUpperCase(text.charAt(k))
        || INITIALS.matcher(text.substring(k, dot)).matches()) {
      return true;
    }
    return ABBREVIATIONS.contains(word);
  }

  private static boolean isClosing(char c) {
    return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']';
  }

  private static boolean isOpening(char c) {
    return c == '"' || c == '“' || c == '‘' || c == '\'' || c == '(' || c == '[' || c == '—' || c == '-';
  }

  private static void add(String text, int start, int end, List<Span> out) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new Span(start, end));
    }
  }
}
