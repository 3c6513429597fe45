package org.parallax.cluster;

import java.util.Set;

/**
 * The particulars that tell one event from a look-alike in the same topic: who it is about, who acts, where, in
 * which year, and the figures it gives. Two articles about a celebrity checking into rehab share most words; they
 * differ in the person named in the lead. Two emergency patches for the same browser differ in the year, and two
 * earthquakes on one island in their magnitude.
 *
 * @param namesRead whether the lead was read for names (they are not for a headline without text, whose
 *     few words name too few actors for an absence to mean anything)
 * @param persons surnames (stemmed, as words are) of the persons the lead names
 * @param organisations the last word (stemmed) of each organisation the lead names
 * @param places the last word (stemmed) of each place the lead names
 * @param years the explicit years (1900–2099) the title and lead write out, whatever the article's length
 * @param figures the figures the title and lead give with their head noun (magnitudes, ages, tolls; see
 *     {@link Figure}), read only for an article with a text, since headlines give figures that drift within one
 *     story (a share price up 2% in one, 2.3% in the next)
 */
public record Particulars(boolean namesRead, Set<String> persons, Set<String> organisations, Set<String> places,
    Set<Integer> years, Set<Figure> figures) {

  /** No particulars known. */
  public static final Particulars NONE = new Particulars(false, Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

  public Particulars {
    persons = Set.copyOf(persons);
    organisations = Set.copyOf(organisations);
    places = Set.copyOf(places);
    years = Set.copyOf(years);
    figures = Set.copyOf(figures);
  }
}
