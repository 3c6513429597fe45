package org.parallax.model;

/**
 * A story absorbed into another when later evidence showed both report one event: from then on the absorbed id
 * resolves to the survivor, and the survivor's articles include the absorbed story's.
 *
 * @param survivor the story that keeps its id
 * @param absorbed the story merged into it
 * @param article the id of the article whose arrival showed the two to be one story
 * @param score the score of the two stories against each other, on the scale of an article's score against a
 *     story
 */
public record StoryMerge(String survivor, String absorbed, String article, double score) {

  public StoryMerge {
    if (survivor == null || absorbed == null || article == null) {
      throw new IllegalArgumentException("A merge needs a survivor, an absorbed story and an article, got: "
          + survivor + ", " + absorbed + ", " + article);
    }
    if (survivor.equals(absorbed)) {
      throw new IllegalArgumentException("A story cannot absorb itself: " + survivor);
    }
  }
}
