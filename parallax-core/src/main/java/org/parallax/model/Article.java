package org.parallax.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One published text with its outlet, URL, title and publication date.
 *
 * <p>Immutable. {@code text} is the canonical text every span of a derived item points into; {@code copyOf} names
 * the earlier article this one near-duplicates (a wire reprint), or is null; {@code story} is the story the article
 * was assigned to, or null before clustering. {@code publishedAt} is the publication time when the source gives
 * a time of day with its offset, kept in the outlet's own offset, or null; {@code published} is then its calendar
 * date as the outlet wrote it.
 */
public record Article(
    String id,
    String outlet,
    String url,
    String title,
    LocalDate published,
    String text,
    Provenance provenance,
    String copyOf,
    String story,
    OffsetDateTime publishedAt) {

  /** An article whose source gives no time of day. */
  public Article(String id, String outlet, String url, String title, LocalDate published, String text,
      Provenance provenance, String copyOf, String story) {
    this(id, outlet, url, title, published, text, provenance, copyOf, story, null);
  }

  public Article {
    requireText(id, "id");
    requireText(outlet, "outlet");
    if (title == null) {
      throw new IllegalArgumentException("The parameter 'title' must not be null.");
    }
    if (text == null) {
      throw new IllegalArgumentException("The parameter 'text' must not be null.");
    }
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("The parameter '" + name + "' must not be blank.");
    }
  }

  public Article withCopyOf(String original) {
    return new Article(id, outlet, url, title, published, text, provenance, original, story, publishedAt);
  }

  public Article withStory(String storyId) {
    return new Article(id, outlet, url, title, published, text, provenance, copyOf, storyId, publishedAt);
  }

  public boolean isCopy() {
    return copyOf != null;
  }
}
