package org.parallax.extract.quote;

import java.util.List;
import java.util.Set;

/**
 * Finds the noun phrase that names a source next to a cue, by scanning words outward until a clause boundary: a
 * punctuation mark, a quote, a conjunction, a preposition, an auxiliary or another reporting verb.
 */
final class Phrases {

  /** Words that end a source phrase: they belong to the clause around it, not to the name. */
  static final Set<String> BOUNDARY = Set.of(
      "and", "but", "or", "nor", "so", "yet", "that", "when", "while", "because", "as", "if", "then", "since", "after",
      "before", "where", "though", "although", "whether", "what", "how", "why", "than", "to", "in", "on", "at", "for",
      "with", "from", "by", "during", "about", "into", "over", "under", "until", "also", "is", "are", "was", "were",
      "be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could", "should",
      "may", "might", "must", "not", "now", "later", "still", "even", "just", "once", "again", "meanwhile", "however",
      "instead", "there", "here", "this", "these", "those", "too", "very", "only", "yesterday", "today", "tonight",
      "earlier", "recently", "previously", "ago", "last", "week", "month", "year", "monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "morning", "afternoon", "evening", "night", "against", "without",
      "through", "among", "between", "like", "unlike", "upon", "whom", "whose", "let", "more", "less", "never",
      "he's", "she's", "it's", "they're", "we're", "i'm");

  /** Single words that start a phrase on their own and never extend it leftwards. */
  static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we", "you", "it", "who", "which", "that");

  /** Words that cannot be a source alone. */
  private static final Set<String> NOT_SOURCES = Set.of("this", "there", "here", "what", "all", "some", "one",
      "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "also", "then", "now", "so", "and", "but",
      "worth", "clear", "important", "likely", "unclear", "possible", "true");

  private static final int MAX_WORDS = 12;

  private Phrases() {}

  /**
   * The first index of the source phrase ending at {@code last} (inclusive), or -1 when there is none: a pronoun,
   * a relative "who"/"which", or a run of words with no boundary word in it.
   */
  static int leftFrom(List<Tok> toks, int last) {
    if (last >= 0 && toks.get(last).isPunct(")")) {
      int open = openParen(toks, last);
      return open <= 0 ? -1 : leftFrom(toks, open - 1);
    }
    if (last < 0 || !toks.get(last).isWord()) {
      return -1;
    }
    if (PRONOUNS.contains(toks.get(last).norm())) {
      return last;
    }
    int j = last;
    int words = 0;
    int start = last + 1;
    while (j >= 0) {
      Tok t = toks.get(j);
      if (t.isPunct(")") && words > 0) {
        j = openParen(toks, j) - 1;
        if (j < 0) {
          break;
        }
        continue;
      }
      boolean joins = words > 0 && JOINERS.contains(t.norm()) && j > 0 && toks.get(j - 1).isWord()
          && !BOUNDARY.contains(toks.get(j - 1).norm()) && !isVerbLike(toks.get(j - 1));
      if (!t.isWord() || (BOUNDARY.contains(t.norm()) && !joins)
          || (words > 0 && PRONOUNS.contains(t.norm()) && !t.norm().equals("i"))
          || (words > 0 && !t.capitalised() && Cues.strength(t.norm()) != null
              && Cues.strength(t.norm()) != Cues.Strength.CLAUSE)
          || (words > 0 && isVerbLike(t) && !(j > 0 && DETERMINERS.contains(toks.get(j - 1).norm())))) {
        break;
      }
      words++;
      if (!joins) {
        start = j;
      }
      j--;
      if (words > MAX_WORDS) {
        return -1;
      }
    }
    if (start > last || (start == last && NOT_SOURCES.contains(toks.get(start).norm()))) {
      return -1;
    }
    return start;
  }

  /** Words that may join two parts of one source ("Grassley and Leahy", "a spokeswoman for Clinton"). */
  private static final Set<String> JOINERS = Set.of("and", "for", "in", "at", "from", "by", "on");

  private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "one", "two", "some", "many", "several");

  /** A lower-case past form ("unleashed", "protested"): the verb of the clause, not part of a name. */
  private static boolean isVerbLike(Tok t) {
    return t.isWord() && !t.capitalised() && t.norm().length() > 4 && t.norm().endsWith("ed");
  }

  private static int openParen(List<Tok> toks, int close) {
    for (int k = close - 1; k >= 0 && close - k <= 8; k--) {
      if (toks.get(k).isPunct("(")) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The last index of the source phrase starting at {@code first}, or -1: a pronoun, or words up to the first
   * punctuation, quote or boundary word (a name after "said": "said Matthew Miller, the spokesperson").
   */
  static int rightFrom(List<Tok> toks, int first) {
    if (first >= toks.size() || !toks.get(first).isWord() || BOUNDARY.contains(toks.get(first).norm())) {
      return -1;
    }
    if (PRONOUNS.contains(toks.get(first).norm())) {
      return first;
    }
    int j = first;
    while (j < toks.size() && j - first < MAX_WORDS) {
      Tok t = toks.get(j);
      if (t.isPunct("(") && j > first) {
        int close = closeParen(toks, j);
        if (close < 0 || close == j + 1 || !toks.get(j + 1).capitalised()) {
          break;
        }
        j = close + 1;
        continue;
      }
      if (!t.isWord() || (j > first && BOUNDARY.contains(t.norm()))) {
        break;
      }
      j++;
    }
    int last = j - 1;
    return last == first && NOT_SOURCES.contains(toks.get(first).norm()) ? -1 : last;
  }

  private static int closeParen(List<Tok> toks, int open) {
    for (int k = open + 1; k < toks.size() && k - open <= 8; k++) {
      if (toks.get(k).isPunct(")")) {
        return k;
      }
    }
    return -1;
  }
}
