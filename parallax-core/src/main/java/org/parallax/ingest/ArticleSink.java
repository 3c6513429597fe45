package org.parallax.ingest;

import java.io.IOException;
import org.parallax.model.Article;

/** Where readers deliver what they read: articles, and problems with single records that do not stop the file. */
public interface ArticleSink {

  void accept(Article article) throws IOException;

  /** A record was skipped; the reader goes on with the next one. */
  void skipped(BadInputException problem);
}
