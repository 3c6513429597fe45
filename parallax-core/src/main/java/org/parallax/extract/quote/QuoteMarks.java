package org.parallax.extract.quote;

import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Span;

/**
 * Pairs quotation marks into {@link Quote}s: straight and curly double quotes, single quotes (told apart from
 * apostrophes by what stands on either side), guillemets and „low-high“ quotes. Only outermost quotes are returned;
 * quotes nested in them are part of their content.
 */
final class QuoteMarks {

  private QuoteMarks() {}

  /** The quotes of {@code text}, in order, with {@code String} index spans that include the marks. */
  static List<Quote> find(String text) {
    List<Span> paragraphs = paragraphs(text);
    List<Quote> out = new ArrayList<>();
    List<Span> open = null; // parts of a quote still running across paragraphs
    for (Span para : paragraphs) {
      int i = para.start();
      if (open != null) {
        if (!isDoubleOpener(text.charAt(i))) {
          out.add(new Quote(open));
          open = null;
        }
      }
      while (i < para.end()) {
        char c = text.charAt(i);
        if (!isOpener(text, i, para)) {
          i++;
          continue;
        }
        int close = closer(text, i, para.end());
        if (close >= 0) {
          if (open != null) {
            open.add(new Span(i, close + 1));
            out.add(new Quote(open));
            open = null;
          } else {
            out.add(new Quote(List.of(new Span(i, close + 1))));
          }
          i = close + 1;
        } else if (i == para.start() && isDoubleOpener(c)) {
          if (open == null) {
            open = new ArrayList<>();
          }
          open.add(new Span(i, para.end()));
          i = para.end();
        } else {
          if (open != null) {
            out.add(new Quote(open));
            open = null;
          }
          i++;
        }
      }
    }
    if (open != null) {
      out.add(new Quote(open));
    }
    return out;
  }

  /** Non-blank lines, trimmed. */
  static List<Span> paragraphs(String text) {
    List<Span> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
        int s = start;
        int e = i;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
          s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
          e--;
        }
        if (e > s) {
          out.add(new Span(s, e));
        }
        start = i + 1;
      }
    }
    return out;
  }

  private static boolean isDoubleOpener(char c) {
    return c == '“' || c == '"' || c == '«' || c == '„' || c == '”';
  }

  private static boolean isOpener(String text, int i, Span para) {
    char c = text.charAt(i);
    if (c == '“' || c == '«' || c == '„') {
      return true;
    }
    if (c == '”' && i == para.start() && i + 1 < para.end() && Character.isLetterOrDigit(text.charAt(i + 1))) {
      return true; // a paragraph opened with the wrong curly mark
    }
    boolean before = i == para.start() || isOpenContext(text.charAt(i - 1));
    boolean after = i + 1 < para.end() && !Character.isWhitespace(text.charAt(i + 1));
    if (c == '"') {
      return after && (before || !Character.isLetterOrDigit(text.charAt(i - 1)));
    }
    if (c == '\'' && i + 2 < para.end() && text.charAt(i + 1) == '\'') {
      return before && Character.isLetterOrDigit(text.codePointAt(i + 2)); // ''NYT style''
    }
    if (c == '‘' || c == '\'') {
      return before && after && Character.isLetterOrDigit(text.codePointAt(i + 1));
    }
    return false;
  }

  private static boolean isOpenContext(char c) {
    return Character.isWhitespace(c) || c == '(' || c == '[' || c == '—' || c == '–' || c == '-' || c == ':'
        || c == '“' || c == '"';
  }

  /** The index of the mark closing the quote opened at {@code open}, or -1 when the paragraph has none. */
  private static int closer(String text, int open, int end) {
    char o = text.charAt(open);
    if (o == '\'' && open + 1 < end && text.charAt(open + 1) == '\'') {
      int close = text.indexOf("''", open + 2);
      while (close >= 0 && close + 1 < end && !isCloseContext(text, close + 1, end)) {
        close = text.indexOf("''", close + 2);
      }
      return close < 0 || close + 1 >= end ? -1 : close + 1;
    }
    int depth = 0;
    for (int j = open + 1; j < end; j++) {
      char c = text.charAt(j);
      switch (o) {
        case '“', '„' -> {
          if (c == '“' && o == '“') {
            depth++;
          } else if (c == '”' || (o == '„' && c == '“') || c == '"' && isCloseContext(text, j, end)) {
            if (depth == 0) {
              return j;
            }
            depth--;
          }
        }
        case '”' -> {
          if (c == '”' || c == '"') {
            return j;
          }
        }
        case '«' -> {
          if (c == '»') {
            return j;
          }
        }
        case '"' -> {
          if (c == '"' || c == '”') {
            return j;
          }
        }
        default -> {
          if ((c == '’' || c == '\'') && !Character.isWhitespace(text.charAt(j - 1)) && isCloseContext(text, j, end)) {
            return j;
          }
        }
      }
    }
    return -1;
  }

  private static boolean isCloseContext(String text, int j, int end) {
    return j + 1 >= end || !Character.isLetterOrDigit(text.codePointAt(j + 1));
  }
}
