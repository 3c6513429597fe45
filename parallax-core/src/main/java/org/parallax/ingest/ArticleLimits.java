package org.parallax.ingest;

import org.parallax.model.Article;

/**
 * Bounds on the fields of an article that are indexed whole: an id or outlet name longer than a few hundred
 * characters is no id or outlet but broken or hostile input, and the index could not hold it as one term anyway.
 */
public final class ArticleLimits {

  public static final int MAX_ID = 512;
  public static final int MAX_OUTLET = 512;

  private ArticleLimits() {}

  /** The problem with {@code article}, or null when it is within bounds. */
  public static BadInputException check(Article article) {
    String location = article.provenance() == null ? article.id() : article.provenance().location();
    if (article.id().length() > MAX_ID) {
      return new BadInputException(location, null, "an id longer than " + MAX_ID + " characters");
    }
    if (article.outlet().length() > MAX_OUTLET) {
      return new BadInputException(location, null, "an outlet name longer than " + MAX_OUTLET + " characters");
    }
    return null;
  }
}
