package org.parallax.cluster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parallax.model.Article;
import org.parallax.text.Stopwords;
import org.parallax.text.Token;
import org.parallax.text.Tokenizer;

/**
 * The bag of words a story is recognised by: the title, counted twice, and the lead (the first
 * {@value #LEAD_WORDS} words of the text), without stopwords and bare numbers.
 */
final class TermVectors {

  static final int LEAD_WORDS = 120;
  private static final int TITLE_WEIGHT = 2;

  private TermVectors() {}

  static Map<String, Integer> of(Article article) {
    Map<String, Integer> tf = new HashMap<>();
    addWords(Tokenizer.words(article.title()), TITLE_WEIGHT, Integer.MAX_VALUE, tf);
    addWords(Tokenizer.words(article.text()), 1, LEAD_WORDS, tf);
    return tf;
  }

  private static void addWords(List<Token> words, int weight, int limit, Map<String, Integer> tf) {
    int n = 0;
    for (Token t : words) {
      if (n++ >= limit) {
        break;
      }
      String w = t.norm();
      if (w.length() < 2 || Stopwords.contains(w) || isNumber(w)) {
        continue;
      }
      tf.merge(w, weight, Integer::sum);
    }
  }

  private static boolean isNumber(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isDigit(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
