package org.parallax.eval;

import java.util.HashMap;
import java.util.Map;

/**
 * Pairwise and BCubed precision, recall and F1 of a clustering against gold labels.
 *
 * <p>Pairwise (Miranda et al. 2018): over pairs of items in the same cluster. BCubed (Bagga and Baldwin 1998; Amigó
 * et al. 2009): per item, the share of its predicted cluster that is in its gold cluster (precision) and of its gold
 * cluster that is in its predicted one (recall), averaged over items. Only items with both a prediction and a gold
 * label are scored.
 */
public record ClusteringScores(int items, int predictedClusters, int goldClusters, Prf pairwise, Prf bcubed) {

  /** Precision, recall and their harmonic mean. */
  public record Prf(double precision, double recall, double f1) {
    static Prf of(double p, double r) {
      return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
  }

  /** Scores {@code predicted} (item to cluster) against {@code gold} (item to cluster). */
  public static ClusteringScores score(Map<String, String> predicted, Map<String, String> gold) {
    Map<String, Integer> predSize = new HashMap<>();
    Map<String, Integer> goldSize = new HashMap<>();
    Map<String, Integer> cell = new HashMap<>();
    int n = 0;
    for (Map.Entry<String, String> e : predicted.entrySet()) {
      String g = gold.get(e.getKey());
      if (g == null) {
        continue;
      }
      n++;
      predSize.merge(e.getValue(), 1, Integer::sum);
      goldSize.merge(g, 1, Integer::sum);
      cell.merge(e.getValue() + "\u0000" + g, 1, Integer::sum);
    }
    if (n == 0) {
      throw new IllegalArgumentException("No predicted item has a gold label: check that the ids match.");
    }
    double truePairs = 0;
    for (int c : cell.values()) {
      truePairs += pairs(c);
    }
    double predPairs = predSize.values().stream().mapToDouble(ClusteringScores::pairs).sum();
    double goldPairs = goldSize.values().stream().mapToDouble(ClusteringScores::pairs).sum();
    Prf pairwise = Prf.of(predPairs == 0 ? 1 : truePairs / predPairs, goldPairs == 0 ? 1 : truePairs / goldPairs);

    // Every item in a cell shares its predicted and gold cluster with exactly the cell's members.
    double p = 0;
    double r = 0;
    for (Map.Entry<String, Integer> e : cell.entrySet()) {
      String[] keys = e.getKey().split("\u0000", 2);
      int c = e.getValue();
      p += c * (c / (double) predSize.get(keys[0]));
      r += c * (c / (double) goldSize.get(keys[1]));
    }
    Prf bcubed = Prf.of(p / n, r / n);
    return new ClusteringScores(n, predSize.size(), goldSize.size(), pairwise, bcubed);
  }

  private static double pairs(int size) {
    return size * (size - 1) / 2.0;
  }
}
