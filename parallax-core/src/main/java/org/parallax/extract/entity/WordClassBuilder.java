package org.parallax.extract.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parallax.model.Span;
import org.parallax.text.Sentences;

/**
 * Builds {@link WordClasses} from one vector per word: {@link SphericalKMeans} once per granularity over the core
 * words, each run with the same seed; further words, if any, take the class of their most similar centroid, so
 * they do not move the classes. The same words, vectors and settings give the same classes.
 */
public final class WordClassBuilder {

  /** The seed of every k-means run; fixed so that a build can be repeated byte for byte. */
  public static final long SEED = 20031;

  /** Lloyd iterations at most per granularity. */
  public static final int MAX_ITERATIONS = 25;

  private WordClassBuilder() {}

  /**
   * The classes of {@code words} (distinct, in lower case) from their {@code vectors} (unit length, in the same
   * order), one k-means per granularity.
   *
   * @throws IllegalArgumentException if the lists differ in length, a word repeats or is not in lower case, or a
   *     granularity is below 1 or above the number of words
   */
  public static WordClasses build(List<String> words, List<float[]> vectors, int[] granularities) {
    return build(words, vectors, List.of(), List.of(), granularities);
  }

  /**
   * As {@link #build(List, List, int[])}, then each of {@code moreWords} classed by its vector in
   * {@code moreVectors} alone (nearest centroid), listed after the core words.
   */
  public static WordClasses build(List<String> words, List<float[]> vectors, List<String> moreWords,
      List<float[]> moreVectors, int[] granularities) {
    if (words.size() != vectors.size() || moreWords.size() != moreVectors.size()) {
      throw new IllegalArgumentException("words and vectors must be as many, got " + words.size() + " and "
          + vectors.size() + ", " + moreWords.size() + " and " + moreVectors.size());
    }
    float[][] points = vectors.toArray(new float[0][]);
    float[][][] centroids = new float[granularities.length][][];
    for (int g = 0; g < granularities.length; g++) {
      centroids[g] = SphericalKMeans.centroids(points, granularities[g], SEED, MAX_ITERATIONS);
    }
    Map<String, int[]> classes = new LinkedHashMap<>();
    List<String> allWords = new ArrayList<>(words);
    allWords.addAll(moreWords);
    List<float[]> allVectors = new ArrayList<>(vectors);
    allVectors.addAll(moreVectors);
    for (int i = 0; i < allWords.size(); i++) {
      String word = allWords.get(i);
      if (!word.equals(word.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("word must be in lower case, got '" + word + "'");
      }
      int[] own = new int[granularities.length];
      for (int g = 0; g < granularities.length; g++) {
        own[g] = SphericalKMeans.nearest(allVectors.get(i), centroids[g]);
      }
      if (classes.put(word, own) != null) {
        throw new IllegalArgumentException("word '" + word + "' appears twice");
      }
    }
    return new WordClasses(granularities, classes);
  }

  /**
   * The vocabulary of {@code clusters} in lower case, each form once, in the clusters' order (most frequent first).
   */
  public static List<String> vocabulary(WordClusters clusters) {
    return clusters.entries().keySet().stream().map(w -> w.toLowerCase(Locale.ROOT)).distinct().toList();
  }

  /** Counts the lower-case forms of the tokens of texts, tokenised as the name finder tokenises. */
  public static final class Counts {
    private final Map<String, Integer> counts = new HashMap<>();

    /** Counts the tokens of one text. */
    public void addText(String text) {
      for (Span sentence : Sentences.split(text)) {
        for (NerTokenizer.Token token : NerTokenizer.tokens(text, sentence.start(), sentence.end())) {
          counts.merge(token.form().toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
      }
    }

    /**
     * The forms seen at least {@code minCount} times that {@code known} lacks, most frequent first (ties in
     * string order).
     */
    public List<String> frequent(int minCount, Collection<String> known) {
      Set<String> skip = Set.copyOf(known);
      return counts.entrySet().stream()
          .filter(e -> e.getValue() >= minCount && !skip.contains(e.getKey()))
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .map(Map.Entry::getKey)
          .toList();
    }
  }
}
