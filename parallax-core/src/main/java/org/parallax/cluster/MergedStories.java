package org.parallax.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parallax.model.StoryMerge;

/**
 * The merges of a stream, and what each story id resolves to: an absorbed story's id resolves to the story that
 * absorbed it, through any chain of later merges.
 */
public final class MergedStories {

  private final Map<String, StoryMerge> absorbedBy = new HashMap<>();
  private final Map<String, List<StoryMerge>> absorbedInto = new HashMap<>();

  /** Records a merge; its absorbed story must not have been absorbed before. */
  public void add(StoryMerge merge) {
    if (absorbedBy.containsKey(merge.absorbed())) {
      throw new IllegalArgumentException("Story " + merge.absorbed() + " was already absorbed into "
          + absorbedBy.get(merge.absorbed()).survivor() + "; cannot absorb it into " + merge.survivor());
    }
    if (resolve(merge.survivor()).equals(merge.absorbed())) {
      throw new IllegalArgumentException("Story " + merge.absorbed() + " cannot absorb " + merge.survivor()
          + ", into which it was merged");
    }
    absorbedBy.put(merge.absorbed(), merge);
    absorbedInto.computeIfAbsent(merge.survivor(), k -> new ArrayList<>()).add(merge);
  }

  /** The id {@code story} goes by now: itself, or the story that absorbed it last. */
  public String resolve(String story) {
    String id = story;
    for (StoryMerge m = absorbedBy.get(id); m != null; m = absorbedBy.get(id)) {
      id = m.survivor();
    }
    return id;
  }

  /** The merge that absorbed {@code story}, or null. */
  public StoryMerge absorption(String story) {
    return absorbedBy.get(story);
  }

  /** The merges {@code story} absorbed directly, oldest first. */
  public List<StoryMerge> absorbed(String story) {
    return List.copyOf(absorbedInto.getOrDefault(story, List.of()));
  }

  /** Every id that resolves to {@code story}, itself first, then those it absorbed, directly or not. */
  public List<String> members(String story) {
    List<String> out = new ArrayList<>();
    out.add(story);
    for (int i = 0; i < out.size(); i++) {
      for (StoryMerge m : absorbedInto.getOrDefault(out.get(i), List.of())) {
        out.add(m.absorbed());
      }
    }
    return out;
  }

  public int size() {
    return absorbedBy.size();
  }
}
