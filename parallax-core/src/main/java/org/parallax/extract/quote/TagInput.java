package org.parallax.extract.quote;

import java.util.ArrayList;
import java.util.List;
import org.parallax.extract.entity.WordClusters;
import org.parallax.model.Span;
import org.parallax.text.Sentences;

/**
 * One text cut into the tokens the attribution tagger labels, with what its features read about each token: the
 * normalised word, its shape, its word cluster, whether it lies inside quotation marks, which sentence and paragraph
 * it opens, the cue-lexicon strength, and the role the rules ({@link Attributions#find(String)}) give it.
 *
 * <p>Tokens are runs of letters and digits (joined by inner hyphens, full stops and ampersands) and single other
 * characters; an apostrophe inside a word starts a new token ({@code He|’s}, PolNeAR cuts a source from its cue
 * there). Spans are {@code String} indexes.
 */
final class TagInput {

  /** The cluster path of a token the clusters do not know. */
  static final String NO_CLUSTER = "none";

  /** Role codes for {@link #ruleRole}: none, source, cue, content. */
  static final String[] ROLES = {"O", "S", "C", "T"};

  final String text;
  final int[] start;
  final int[] end;
  final String[] norm;
  final String[] shape;
  final boolean[] inQuote;
  final boolean[] sentenceStart;
  final boolean[] paragraphStart;
  final String[] cue;
  /** Per token: its word-cluster path ({@link WordClusters#shipped()}), or {@link #NO_CLUSTER}. */
  final String[] cluster;
  /** Per token: how many tokens of its sentence lie before it, and after it. */
  final int[] sinceStart;
  final int[] untilEnd;
  /** Per token: 0 none, 1 source, 2 cue, 3 content, as the rules found it (innermost span wins). */
  final int[] ruleRole;
  /** Per token: whether it begins a rule span. */
  final boolean[] ruleBegins;
  final int size;
  /** What the rules find in the text. */
  final List<Attribution> rules;

  private TagInput(String text, List<int[]> tokens, List<Span> sentences, List<Attribution> rules) {
    this.text = text;
    this.rules = rules;
    size = tokens.size();
    start = new int[size];
    end = new int[size];
    norm = new String[size];
    shape = new String[size];
    inQuote = new boolean[size];
    sentenceStart = new boolean[size];
    paragraphStart = new boolean[size];
    cue = new String[size];
    cluster = new String[size];
    WordClusters clusters = WordClusters.shipped();
    sinceStart = new int[size];
    untilEnd = new int[size];
    ruleRole = new int[size];
    ruleBegins = new boolean[size];
    boolean quoted = false;
    int sentence = 0;
    for (int i = 0; i < size; i++) {
      start[i] = tokens.get(i)[0];
      end[i] = tokens.get(i)[1];
      String raw = text.substring(start[i], end[i]);
      norm[i] = raw.toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
      shape[i] = shape(raw);
      boolean mark = isQuoteMark(raw);
      if (mark) {
        quoted = opens(text, start[i]) || (!closes(text, end[i]) && !quoted);
      }
      inQuote[i] = quoted || mark;
      while (sentence < sentences.size() && sentences.get(sentence).end() <= start[i]) {
        sentence++;
      }
      sentenceStart[i] = i == 0 || (sentence < sentences.size() && sentences.get(sentence).start() > end[i - 1]);
      paragraphStart[i] = i == 0 || text.substring(end[i - 1], start[i]).contains("\n");
      if (paragraphStart[i]) {
        quoted = mark && quoted;
      }
      Cues.Strength s = Cues.strength(norm[i]);
      cue[i] = s == null ? "-" : s.name();
      String path = clusters.lookup(raw.replace('’', '\''));
      cluster[i] = path == null ? NO_CLUSTER : path;
    }
    for (int i = 0; i < size; i++) {
      sinceStart[i] = sentenceStart[i] ? 0 : sinceStart[i - 1] + 1;
    }
    for (int i = size - 1; i >= 0; i--) {
      untilEnd[i] = i + 1 >= size || sentenceStart[i + 1] ? 0 : untilEnd[i + 1] + 1;
    }
    for (Attribution a : rules) {
      mark(a.content(), 3);
    }
    for (Attribution a : rules) {
      mark(a.source(), 1);
      mark(a.cue(), 2);
    }
  }

  /** The tokens of {@code text} and the rules' reading of it. */
  static TagInput of(String text) {
    List<Attribution> rules = Attributions.find(text);
    return new TagInput(text, tokens(text), Sentences.split(text.replace('\u00a0', ' ')), rules);
  }

  /** The first token of the sentence that holds token {@code i}. */
  int sentenceFirst(int i) {
    return i - sinceStart[i];
  }

  /** The last token of the sentence that holds token {@code i}. */
  int sentenceLast(int i) {
    return i + untilEnd[i];
  }

  /** The index of the first token that ends after {@code charIndex}, or {@link #size}. */
  int tokenAt(int charIndex) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (end[mid] <= charIndex) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private void mark(Span cpSpan, int role) {
    if (cpSpan == null) {
      return;
    }
    int from = text.offsetByCodePoints(0, cpSpan.start());
    int to = text.offsetByCodePoints(from, cpSpan.length());
    boolean first = true;
    for (int i = tokenAt(from); i < size && start[i] < to; i++) {
      ruleRole[i] = role;
      ruleBegins[i] = first;
      first = false;
    }
  }

  static List<int[]> tokens(String text) {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
        continue;
      }
      int s = i;
      if (Character.isLetterOrDigit(c) || (isApostrophe(c) && i + 1 < n && Character.isLetter(text.charAt(i + 1))
          && i > 0 && Character.isLetter(text.charAt(i - 1)))) {
        i++;
        while (i < n) {
          char d = text.charAt(i);
          if (Character.isLetterOrDigit(d)) {
            i++;
          } else if ((d == '-' || d == '.' || d == '&') && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))) {
            i++;
          } else {
            break;
          }
        }
      } else {
        i += Character.charCount(text.codePointAt(i));
      }
      out.add(new int[] {s, i});
    }
    return out;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’';
  }

  static boolean isQuoteMark(String raw) {
    return raw.length() == 1 && "\"“”‘’'«»„".indexOf(raw.charAt(0)) >= 0;
  }

  private static boolean opens(String text, int i) {
    char c = text.charAt(i);
    if (c == '“' || c == '«' || c == '„' || c == '‘') {
      return true;
    }
    boolean spaceBefore = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([—–-".indexOf(text.charAt(i - 1)) >= 0;
    boolean wordAfter = i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
    return (c == '"' || c == '\'') && spaceBefore && wordAfter;
  }

  private static boolean closes(String text, int end) {
    char c = text.charAt(end - 1);
    return c == '”' || c == '»' || c == '’' || c == '"' || c == '\'';
  }

  private static String shape(String raw) {
    char c = raw.charAt(0);
    if (Character.isUpperCase(c)) {
      return raw.length() > 1 && raw.chars().allMatch(ch -> !Character.isLowerCase(ch)) ? "XX" : "Xx";
    }
    if (Character.isLowerCase(c)) {
      return "x";
    }
    if (Character.isDigit(c)) {
      return "d";
    }
    return raw;
  }
}
