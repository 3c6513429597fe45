package org.parallax.compare;

import java.util.List;

/**
 * Wording that appears verbatim (up to punctuation and case) in articles of more than one outlet.
 *
 * @param words how many words the passage has
 * @param outlets the distinct outlets that carry it
 * @param occurrences one per article that carries it, with its span there
 */
public record SharedPassage(int words, List<String> outlets, List<Occurrence> occurrences) {

  public SharedPassage {
    outlets = List.copyOf(outlets);
    occurrences = List.copyOf(occurrences);
  }

  /** The passage as the first article words it. */
  public String text() {
    return occurrences.get(0).text();
  }
}
