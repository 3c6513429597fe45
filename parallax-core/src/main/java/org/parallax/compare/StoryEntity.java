package org.parallax.compare;

import java.util.List;

/**
 * One person, organisation, place or other named thing across a story's articles, under all its names.
 *
 * @param id the entity's id within the report ({@code e1} is the entity named by the most outlets)
 * @param name its fullest name (the first of a person's reconciled variants, in order of the articles)
 * @param type PERSON, ORGANIZATION, LOCATION or MISC
 * @param variants every form the articles give it ("Antony J. Blinken", "Anthony Blinken", "Blinken")
 * @param outlets the distinct outlets that name it
 * @param mentions every mention, with its span in its article
 */
public record StoryEntity(String id, String name, String type, List<String> variants, List<String> outlets,
    List<Occurrence> mentions) {

  public StoryEntity {
    variants = List.copyOf(variants);
    outlets = List.copyOf(outlets);
    mentions = List.copyOf(mentions);
  }
}
