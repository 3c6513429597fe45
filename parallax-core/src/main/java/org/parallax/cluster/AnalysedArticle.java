package org.parallax.cluster;

import java.util.Map;
import org.parallax.model.Article;

/**
 * An article with the evidence stories are recognised by.
 *
 * @param terms stemmed content words of the title (counted twice) and lead, numbers included
 * @param names capitalised words not opening a sentence, and numbers: the names, places and figures that set one
 *     event apart from a look-alike
 * @param embedding the unit sentence embedding of the title and lead, or null when not computed
 * @param textWords words of the text read after the title (at most the lead), 0 for a headline alone
 * @param hour hours since the epoch of the publication time (noon UTC for a date without time), or NaN when the
 *     article is undated
 * @param particulars the persons, organisations and places of the lead and the years of the title and lead,
 *     which can contradict a story
 */
public record AnalysedArticle(Article article, Map<String, Integer> terms, Map<String, Integer> names,
    float[] embedding, int textWords, double hour, Particulars particulars) {

  public AnalysedArticle {
    java.util.Objects.requireNonNull(particulars, "particulars");
  }

  /** The same evidence for another version of the article (with its story or copy link set). */
  public AnalysedArticle withArticle(Article other) {
    return new AnalysedArticle(other, terms, names, embedding, textWords, hour, particulars);
  }

  public boolean dated() {
    return !Double.isNaN(hour);
  }
}
