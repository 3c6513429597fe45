package org.parallax.ingest;

import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Article;

/** Keeps what it is given, for reader tests that need no store. */
final class CollectingDestination implements Destination {
  final List<Article> articles = new ArrayList<>();
  int commits;

  @Override
  public Placement add(Article article) {
    articles.add(article);
    return new Placement(Outcome.ADDED, article.id(), "1");
  }

  @Override
  public void commit() {
    commits++;
  }
}
