package org.parallax.ingest;

import java.io.IOException;
import org.parallax.model.Article;

/** Where ingested articles go (the store, in practice), and what became of each. */
public interface Destination {

  /** What adding one article did. */
  enum Outcome {
    /** A new article. */
    ADDED,
    /** A new article that near-duplicates an earlier one and was recorded as its copy. */
    COPY,
    /** Already there (same id or same content): nothing was added. */
    DUPLICATE
  }

  /** What became of one article, and the story it belongs to (the original's story for a duplicate). */
  record Placement(Outcome outcome, String article, String story) {}

  Placement add(Article article) throws IOException;

  /** Adds articles in order; a destination may analyse them together. */
  default java.util.List<Placement> addAll(java.util.List<Article> articles) throws IOException {
    java.util.List<Placement> out = new java.util.ArrayList<>(articles.size());
    for (Article a : articles) {
      out.add(add(a));
    }
    return out;
  }

  /** Makes everything added so far durable; called before a file is reported as ingested. */
  void commit() throws IOException;
}
