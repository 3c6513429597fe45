package org.parallax.cluster;

import java.util.List;
import org.parallax.model.StoryMerge;
import org.parallax.model.StorySplit;

/**
 * Groups articles into stories online: each article is assigned once, when it arrives, from what came before.
 * Implementations are not thread-safe.
 */
public interface StoryClusterer {

  /** Tells the clusterer of an article assigned earlier (when a store is reopened); its story is set. */
  void restore(AnalysedArticle article);

  /** Assigns a new article to an existing story or a new one, and returns the story's id. */
  String assign(AnalysedArticle article);

  /**
   * Tells the clusterer of a merge recorded earlier (when a store is reopened), before any article is restored;
   * restored articles carry their surviving story's id.
   */
  default void restoreMerge(StoryMerge merge) {}

  /** The merges made since the last call, oldest first: stories found to be one after later articles arrived. */
  default List<StoryMerge> takeMerges() {
    return List.of();
  }

  /**
   * The splits made since the last call, oldest first: stories found to hold two events, whose listed articles
   * moved to a new story. The article just assigned is never listed: its story is the one {@link #assign} returned.
   */
  default List<StorySplit> takeSplits() {
    return List.of();
  }

  /** Whether articles should come with sentence embeddings. */
  default boolean wantsEmbeddings() {
    return false;
  }

  /** Whether articles should come with the persons and places of their lead (named-entity recognition). */
  default boolean wantsParticulars() {
    return false;
  }
}
