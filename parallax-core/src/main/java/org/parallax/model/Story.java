package org.parallax.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The articles that report one real-world event, as the store holds them.
 *
 * @param title the title of the story's first article
 * @param articles article ids in the order they arrived
 * @param outlets distinct outlets, in order of first appearance
 * @param first the earliest publication date among the articles, or null when none is known
 * @param last the latest publication date, or null
 */
public record Story(String id, String title, List<String> articles, List<String> outlets, LocalDate first,
    LocalDate last) {

  public Story {
    articles = List.copyOf(articles);
    outlets = List.copyOf(outlets);
  }
}
