package org.parallax.cluster;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a story's members name in their leads, counted, and how strongly an arriving article's particulars contradict
 * it. A contradiction is a substitution: the article names someone (or a year) the story never mentions, and the
 * story's members name someone the article never mentions; its strength is the share of the story's members that
 * name the one the article leaves out. A share, not a yes or no, so that a story that once took a look-alike's
 * article still knows whom it is mostly about. Not thread-safe.
 */
final class StoryParticulars {

  /** How many members name each thing, out of how many were read for it. */
  private static final class Tally<K> {
    final Map<K, Integer> counts = new HashMap<>();
    int members;

    void add(Set<K> named) {
      members++;
      named.forEach(k -> counts.merge(k, 1, Integer::sum));
    }

    void add(Tally<K> other) {
      members += other.members;
      other.counts.forEach((k, c) -> counts.merge(k, c, Integer::sum));
    }

    /**
     * The substitution strength: 0 unless one of {@code named} is unknown to the story ({@code inStory} fails);
     * then the largest share of members naming something that {@code inArticle} does not know.
     */
    double substitution(Set<K> named, Predicate<K> inStory, Predicate<K> inArticle) {
      if (members == 0 || named.stream().allMatch(inStory)) {
        return 0;
      }
      int most = 0;
      for (Map.Entry<K, Integer> e : counts.entrySet()) {
        if (e.getValue() > most && !inArticle.test(e.getKey())) {
          most = e.getValue();
        }
      }
      return most / (double) members;
    }
  }

  private final Tally<String> persons = new Tally<>();
  private final Tally<String> organisations = new Tally<>();
  private final Tally<String> places = new Tally<>();
  private final Tally<Integer> years = new Tally<>();

  void add(Particulars p) {
    if (p.namesRead()) {
      persons.add(p.persons());
      organisations.add(p.organisations());
      places.add(p.places());
    }
    if (!p.years().isEmpty()) {
      years.add(p.years());
    }
  }

  void add(StoryParticulars other) {
    persons.add(other.persons);
    organisations.add(other.organisations);
    places.add(other.places);
    years.add(other.years);
  }

  /**
   * The penalty for what {@code article} contradicts: names are looked up in the words of the story
   * ({@code storyWords}) and of the article, so a name need not be in a lead to be known; years among the years
   * written out.
   */
  double penalty(EvidenceClusterer.Contradictions weights, AnalysedArticle article, Map<String, ?> storyWords,
      double reach) {
    Particulars p = article.particulars();
    double penalty = 0;
    if (p.namesRead() && reach > 0) {
      Predicate<String> inStory = storyWords::containsKey;
      Predicate<String> inArticle = article.terms()::containsKey;
      penalty += reach * (weights.persons() * persons.substitution(p.persons(), inStory, inArticle)
          + weights.organisations() * organisations.substitution(p.organisations(), inStory, inArticle)
          + weights.places() * places.substitution(p.places(), inStory, inArticle));
    }
    if (!p.years().isEmpty()) {
      penalty += weights.years() * years.substitution(p.years(), years.counts::containsKey, p.years()::contains);
    }
    return penalty;
  }
}
