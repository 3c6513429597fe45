package org.parallax.bench;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import org.carrot2.clustering.Cluster;
import org.carrot2.clustering.ClusteringAlgorithm;
import org.carrot2.clustering.Document;
import org.carrot2.clustering.kmeans.BisectingKMeansClusteringAlgorithm;
import org.carrot2.clustering.lingo.LingoClusteringAlgorithm;
import org.carrot2.language.LanguageComponents;
import org.parallax.model.Article;

/**
 * A Carrot2 clusterer facing a news stream the only way a batch clusterer can: one batch per publication day (all
 * undated articles together), each batch told its true number of gold stories.
 *
 * <p>Every article gets a cluster: one that Carrot2 leaves out (Lingo's "other topics") becomes a singleton, and one
 * that Carrot2 puts in several clusters keeps the first. A batch that Carrot2 fails on is counted and left as
 * singletons. Carrot2 keeps a dense term-document matrix of at most {@code maximumMatrixSize} cells (37,500 by
 * default: 250 terms for a page of 150 search results, but only 4 terms for a day of 7,000 headlines), so each
 * batch's budget is raised to keep {@code terms} terms, and never fewer terms than clusters asked for; {@code terms}
 * of 0 keeps Carrot2's own budget.
 */
final class Carrot2Peer {

  /** The Carrot2 algorithms compared. */
  enum Algorithm {
    LINGO("Carrot2 Lingo (k = true count)"),
    KMEANS("Carrot2 bisecting k-means (k = true count)");

    final String title;

    Algorithm(String title) {
      this.title = title;
    }
  }

  /** Carrot2's default term-document matrix budget, in cells. */
  static final int STOCK_MATRIX_CELLS = 37_500;

  /** Lingo's bounds on {@code desiredClusterCount}. */
  private static final int LINGO_MIN = 2;
  private static final int LINGO_MAX = 100;

  /**
   * @param assignments article id to cluster, for every distinct article id
   * @param batches batches clustered
   * @param failures batches Carrot2 failed on (left as singletons)
   * @param slowest the slowest batch: its day, size, gold count and seconds
   */
  record Outcome(Map<String, String> assignments, int batches, int failures, String slowest) {}

  private final Algorithm algorithm;
  private final int terms;

  Carrot2Peer(Algorithm algorithm, int terms) {
    if (terms < 0) {
      throw new IllegalArgumentException("The parameter 'terms' must not be negative, got: " + terms);
    }
    this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
    this.terms = terms;
  }

  /** Clusters {@code articles} day by day, telling each day its number of distinct labels in {@code gold}. */
  Outcome cluster(List<Article> articles, Map<String, String> gold) throws IOException {
    LanguageComponents english = LanguageComponents.loader().limitToLanguages("English").load().language("English");
    Map<LocalDate, List<Doc>> days = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (Article a : articles) {
      if (seen.add(a.id())) {
        days.computeIfAbsent(a.published(), d -> new ArrayList<>()).add(new Doc(a.id(), a.title(), a.text()));
      }
    }
    Map<String, String> assignments = new HashMap<>();
    int batch = 0;
    int failures = 0;
    double slowestSeconds = -1;
    String slowest = "none";
    for (Map.Entry<LocalDate, List<Doc>> day : days.entrySet()) {
      List<Doc> docs = day.getValue();
      int k = (int) docs.stream().map(d -> gold.get(d.id())).filter(Objects::nonNull).distinct().count();
      long started = System.nanoTime();
      int clusters = 0;
      if (docs.size() > 1) {
        try {
          clusters = assign(configure(k, docs.size()).cluster(docs.stream(), english), "c" + batch + ".", assignments);
        } catch (RuntimeException e) {
          failures++;
          System.err.printf("%s %s: Carrot2 failed, the day stays as singletons: %s%n", algorithm, day.getKey(), e);
        }
      }
      for (Doc d : docs) {
        assignments.putIfAbsent(d.id(), "s." + d.id());
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      String summary = String.format(Locale.ROOT, "%s: %d docs, k %d -> %d clusters, %.1f s",
          day.getKey() == null ? "undated" : day.getKey(), docs.size(), k, clusters, seconds);
      System.err.printf("%s %s%n", algorithm, summary);
      if (seconds > slowestSeconds) {
        slowestSeconds = seconds;
        slowest = summary;
      }
      batch++;
    }
    return new Outcome(assignments, batch, failures, slowest);
  }

  /** A fresh algorithm set up for a batch of {@code n} documents and {@code k} gold stories. */
  private ClusteringAlgorithm configure(int k, int n) {
    int cells = matrixCells(k, n);
    if (algorithm == Algorithm.LINGO) {
      LingoClusteringAlgorithm lingo = new LingoClusteringAlgorithm();
      lingo.desiredClusterCount.set(lingoDesiredCount(k, n));
      lingo.matrixBuilder.maximumMatrixSize.set(cells);
      return lingo;
    }
    BisectingKMeansClusteringAlgorithm kmeans = new BisectingKMeansClusteringAlgorithm();
    kmeans.clusterCount.set(Math.max(2, k));
    kmeans.matrixBuilder.maximumMatrixSize.set(cells);
    return kmeans;
  }

  private int matrixCells(int k, int n) {
    if (terms == 0) {
      return STOCK_MATRIX_CELLS;
    }
    return (int) Math.min(Integer.MAX_VALUE, Math.max(STOCK_MATRIX_CELLS, (long) n * Math.max(terms, k)));
  }

  /**
   * Lingo does not take a cluster count: it reduces the matrix to rank {@code min(n, desired / 10 * sqrt(n))}
   * ({@code desired} between 2 and 100, calibrated on 100 documents), so this is the smallest {@code desired} whose
   * rank reaches {@code k}.
   */
  static int lingoDesiredCount(int k, int n) {
    for (int desired = LINGO_MIN; desired < LINGO_MAX; desired++) {
      if (Math.min(n, (int) (desired / 10.0 * Math.sqrt(n))) >= k) {
        return desired;
      }
    }
    return LINGO_MAX;
  }

  /** Gives each document of {@code clusters} its first cluster; returns the number of non-empty clusters. */
  private static int assign(List<Cluster<Doc>> clusters, String prefix, Map<String, String> assignments) {
    int used = 0;
    for (int i = 0; i < clusters.size(); i++) {
      boolean any = false;
      for (Doc d : clusters.get(i).getDocuments()) {
        any |= assignments.putIfAbsent(d.id(), prefix + i) == null;
      }
      used += any ? 1 : 0;
    }
    return used;
  }

  /** An article as Carrot2 sees it: a title and, when there is one, a body. */
  record Doc(String id, String title, String content) implements Document {
    @Override
    public void visitFields(BiConsumer<String, String> fields) {
      fields.accept("title", title);
      if (!content.isBlank()) {
        fields.accept("content", content);
      }
    }
  }
}
