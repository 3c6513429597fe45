package org.parallax.model;

import java.util.List;

/**
 * A story found to hold two events and split in two: the articles listed left it for a new story. From then on
 * they belong to the new story; the rest keep the old id.
 *
 * @param story the story that was split, which keeps its id and its other articles
 * @param newStory the story the leaving articles form
 * @param articles the ids of the articles that moved, in the order they joined
 * @param reason what told the two parts apart, for people reading the record
 */
public record StorySplit(String story, String newStory, List<String> articles, String reason) {

  public StorySplit {
    if (story == null || newStory == null || articles == null || reason == null) {
      throw new IllegalArgumentException("A split needs a story, a new story, articles and a reason, got: "
          + story + ", " + newStory + ", " + articles + ", " + reason);
    }
    if (story.equals(newStory)) {
      throw new IllegalArgumentException("A story cannot split into itself: " + story);
    }
    articles = List.copyOf(articles);
  }
}
