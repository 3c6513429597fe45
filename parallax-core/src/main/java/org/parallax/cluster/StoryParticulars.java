package org.parallax.cluster;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a story's members name in their leads, counted, and how strongly an arriving article's particulars contradict
 * it. A contradiction is a substitution: the article names someone (or a year) the story never mentions, and the
 * story's members name someone the article never mentions; its strength is the share of the story's members that
 * name the one the article leaves out. Figures (a magnitude, an age, a toll) count the same way within one kind,
 * where values that may be one fact told twice agree. A share, not a yes or no, so that a story that once took a
 * look-alike's article still knows whom it is mostly about. Not thread-safe.
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
  /**
   * Per kind of figure and noun, the values members give, out of the members giving one, as for years: most
   * articles give no magnitude, and those that do not have no say in which one the story's is.
   */
  private final Map<Figure.Kind, Map<String, Tally<Double>>> figures = new EnumMap<>(Figure.Kind.class);

  void add(Particulars p) {
    if (p.namesRead()) {
      persons.add(p.persons());
      organisations.add(p.organisations());
      places.add(p.places());
    }
    if (!p.years().isEmpty()) {
      years.add(p.years());
    }
    byNoun(p.figures()).forEach((kind, nouns) -> nouns.forEach((noun, values) -> figureTally(kind, noun).add(values)));
  }

  /** The tally of the values members give for figures of {@code kind} counting {@code noun}, made when first used. */
  private Tally<Double> figureTally(Figure.Kind kind, String noun) {
    return figures.computeIfAbsent(kind, k -> new HashMap<>()).computeIfAbsent(noun, n -> new Tally<>());
  }

  /** The values of {@code given}, by kind and noun. */
  private static Map<Figure.Kind, Map<String, Set<Double>>> byNoun(Set<Figure> given) {
    Map<Figure.Kind, Map<String, Set<Double>>> out = new EnumMap<>(Figure.Kind.class);
    for (Figure f : given) {
      out.computeIfAbsent(f.kind(), k -> new HashMap<>()).computeIfAbsent(f.noun(), n -> new HashSet<>())
          .add(f.value());
    }
    return out;
  }

  void add(StoryParticulars other) {
    persons.add(other.persons);
    organisations.add(other.organisations);
    places.add(other.places);
    years.add(other.years);
    other.figures.forEach((kind, nouns) -> nouns.forEach((noun, tally) -> figureTally(kind, noun).add(tally)));
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
    if (!p.figures().isEmpty() && reach > 0 && (weights.measures() > 0 || weights.counts() > 0)) {
      penalty += reach * figurePenalty(weights, p.figures());
    }
    if (!p.years().isEmpty()) {
      penalty += weights.years() * years.substitution(p.years(), years.counts::containsKey, p.years()::contains);
    }
    return penalty;
  }

  /**
   * Per kind (and noun, for counts) the article gives, the substitution strength among values that agree
   * ({@link Figure.Kind#agrees}): the article gives a value no member's agrees with, while members give one the
   * article's do not agree with; measures (magnitudes, ages) and counts (tolls, percentages, money, other counts)
   * weighted apart.
   */
  private double figurePenalty(EvidenceClusterer.Contradictions weights, Set<Figure> given) {
    double penalty = 0;
    for (Map.Entry<Figure.Kind, Map<String, Set<Double>>> byKind : byNoun(given).entrySet()) {
      Figure.Kind kind = byKind.getKey();
      double weight = kind.hard() ? weights.measures() : weights.counts();
      Map<String, Tally<Double>> tallies = figures.get(kind);
      if (weight == 0 || tallies == null) {
        continue;
      }
      for (Map.Entry<String, Set<Double>> byNoun : byKind.getValue().entrySet()) {
        Tally<Double> tally = tallies.get(byNoun.getKey());
        Set<Double> article = byNoun.getValue();
        if (tally != null) {
          Predicate<Double> inStory = v -> tally.counts.keySet().stream().anyMatch(u -> kind.agrees(u, v));
          Predicate<Double> inArticle = u -> article.stream().anyMatch(v -> kind.agrees(u, v));
          penalty += weight * tally.substitution(article, inStory, inArticle);
        }
      }
    }
    return penalty;
  }
}
