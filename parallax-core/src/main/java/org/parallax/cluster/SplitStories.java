package org.parallax.cluster;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.model.StorySplit;

/**
 * The splits of a stream, and where each article moved: an article keeps the story it was stored with unless a split
 * moved it, and the last split that moved it decides. Merges apply after (see {@link MergedStories}).
 */
public final class SplitStories {

  private final Map<String, String> movedTo = new HashMap<>();
  private final Map<String, Set<String>> splitFrom = new HashMap<>();

  /** Records a split; later splits move articles again. */
  public void add(StorySplit split) {
    for (String article : split.articles()) {
      movedTo.put(article, split.newStory());
    }
    splitFrom.computeIfAbsent(split.newStory(), k -> new LinkedHashSet<>()).add(split.story());
  }

  /** The story the article {@code articleId}, stored in {@code storedStory}, is in now, before merges. */
  public String storyOf(String articleId, String storedStory) {
    return movedTo.getOrDefault(articleId, storedStory);
  }

  /**
   * The stories whose stored articles may now be in one of {@code stories}: those, and the stories split from them,
   * directly or not.
   */
  public Set<String> sources(List<String> stories) {
    Set<String> out = new LinkedHashSet<>(stories);
    List<String> queue = new java.util.ArrayList<>(stories);
    for (int i = 0; i < queue.size(); i++) {
      for (String from : splitFrom.getOrDefault(queue.get(i), Set.of())) {
        if (out.add(from)) {
          queue.add(from);
        }
      }
    }
    return out;
  }

  /** How many articles moved. */
  public int moved() {
    return movedTo.size();
  }
}
