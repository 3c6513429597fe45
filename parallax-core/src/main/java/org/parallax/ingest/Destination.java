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

  /** Makes everything added so far durable; called before a file is reported as ingested. */
  void commit() throws IOException;
}
