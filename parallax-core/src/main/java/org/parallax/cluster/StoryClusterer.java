package org.parallax.cluster;

import org.parallax.model.Article;

/**
 * Groups articles into stories online: each article is assigned once, when it arrives, from what came before.
 * Implementations are not thread-safe.
 */
public interface StoryClusterer {

  /** Tells the clusterer of an article assigned earlier (when a store is reopened); {@code article.story()} is set. */
  void restore(Article article);

  /** Assigns a new article to an existing story or a new one, and returns the story's id. */
  String assign(Article article);
}
