package org.parallax.cluster;

/**
 * Groups articles into stories online: each article is assigned once, when it arrives, from what came before.
 * Implementations are not thread-safe.
 */
public interface StoryClusterer {

  /** Tells the clusterer of an article assigned earlier (when a store is reopened); its story is set. */
  void restore(AnalysedArticle article);

  /** Assigns a new article to an existing story or a new one, and returns the story's id. */
  String assign(AnalysedArticle article);

  /** Whether articles should come with sentence embeddings. */
  default boolean wantsEmbeddings() {
    return false;
  }
}
