package org.parallax.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The coreference measures of the CoNLL-2011/2012 reference scorer, as Pradhan et al. (2014) define them: MUC
 * (Vilain et al., 1995), B-cubed (Bagga and Baldwin, 1998), entity-based CEAF (CEAF-e, Luo, 2005) and the CoNLL
 * F1, the mean of the three F1 values.
 *
 * <p>The key (gold) and the response (system) are each a partition of mentions into entities; the two need not
 * hold the same mentions. Singleton entities count in all three measures (in MUC they add nothing, having no
 * links). A mention of the key missing from the response (or the reverse) lowers recall (or precision), as in the
 * reference scorer. Mentions compare with {@code equals}.
 */
public final class CorefScores {

  /** Precision and recall of one measure. */
  public record Score(double precision, double recall) {
    public double f1() {
      return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
  }

  /** The three measures and their mean F1. */
  public record Result(Score muc, Score bcubed, Score ceafe) {
    /** The CoNLL F1: the mean of the MUC, B-cubed and CEAF-e F1 values. */
    public double conllF1() {
      return (muc.f1() + bcubed.f1() + ceafe.f1()) / 3;
    }
  }

  private CorefScores() {}

  /** All three measures of {@code response} against {@code key}. */
  public static <M> Result score(Collection<? extends Collection<M>> key, Collection<? extends Collection<M>> response) {
    List<Set<M>> k = sets(key, "key");
    List<Set<M>> r = sets(response, "response");
    return new Result(muc(k, r), bcubed(k, r), ceafe(k, r));
  }

  /**
   * MUC: recall is the sum over key entities K of |K| minus the number of parts the response cuts K into (a mention
   * absent from the response is a part of its own), over the sum of |K| - 1; precision swaps key and response.
   */
  static <M> Score muc(List<Set<M>> key, List<Set<M>> response) {
    return new Score(mucRecall(response, key), mucRecall(key, response));
  }

  private static <M> double mucRecall(List<Set<M>> key, List<Set<M>> response) {
    Map<M, Integer> entityOf = index(response);
    long numerator = 0;
    long denominator = 0;
    for (Set<M> k : key) {
      Set<Integer> parts = new HashSet<>();
      int absent = 0;
      for (M m : k) {
        Integer e = entityOf.get(m);
        if (e == null) {
          absent++;
        } else {
          parts.add(e);
        }
      }
      numerator += k.size() - (parts.size() + absent);
      denominator += k.size() - 1;
    }
    return denominator == 0 ? 0 : (double) numerator / denominator;
  }

  /**
   * B-cubed: recall is the sum over key entities K and response entities R of |K ∩ R|² / |K|, over the number of
   * key mentions; precision swaps key and response.
   */
  static <M> Score bcubed(List<Set<M>> key, List<Set<M>> response) {
    return new Score(bcubedRecall(response, key), bcubedRecall(key, response));
  }

  private static <M> double bcubedRecall(List<Set<M>> key, List<Set<M>> response) {
    Map<M, Integer> entityOf = index(response);
    double numerator = 0;
    long mentions = 0;
    for (Set<M> k : key) {
      mentions += k.size();
      for (int overlap : overlaps(k, entityOf).values()) {
        numerator += (double) overlap * overlap / k.size();
      }
    }
    return mentions == 0 ? 0 : numerator / mentions;
  }

  /**
   * CEAF-e: the one-to-one alignment of key and response entities that maximises the summed similarity
   * φ4(K, R) = 2 |K ∩ R| / (|K| + |R|) (found with the Kuhn-Munkres algorithm); recall is that sum over the number of
   * key entities, precision over the number of response entities.
   */
  static <M> Score ceafe(List<Set<M>> key, List<Set<M>> response) {
    if (key.isEmpty() || response.isEmpty()) {
      return new Score(0, 0);
    }
    Map<M, Integer> responseOf = index(response);
    // Entities that share no mention never align with profit, so align each connected group on its own.
    List<Map<Integer, Integer>> links = new ArrayList<>();
    for (Set<M> k : key) {
      links.add(overlaps(k, responseOf));
    }
    int[] keyGroup = new int[key.size()];
    int[] responseGroup = new int[response.size()];
    java.util.Arrays.fill(keyGroup, -1);
    java.util.Arrays.fill(responseGroup, -1);
    List<Map<Integer, Integer>> keysOfResponse = new ArrayList<>();
    for (int j = 0; j < response.size(); j++) {
      keysOfResponse.add(new HashMap<>());
    }
    for (int i = 0; i < key.size(); i++) {
      for (Map.Entry<Integer, Integer> e : links.get(i).entrySet()) {
        keysOfResponse.get(e.getKey()).put(i, e.getValue());
      }
    }
    double total = 0;
    int groups = 0;
    for (int start = 0; start < key.size(); start++) {
      if (keyGroup[start] >= 0 || links.get(start).isEmpty()) {
        continue;
      }
      List<Integer> keys = new ArrayList<>();
      List<Integer> responses = new ArrayList<>();
      java.util.ArrayDeque<int[]> queue = new java.util.ArrayDeque<>();
      keyGroup[start] = groups;
      queue.add(new int[] {0, start});
      while (!queue.isEmpty()) {
        int[] node = queue.poll();
        if (node[0] == 0) {
          keys.add(node[1]);
          for (int j : links.get(node[1]).keySet()) {
            if (responseGroup[j] < 0) {
              responseGroup[j] = groups;
              queue.add(new int[] {1, j});
            }
          }
        } else {
          responses.add(node[1]);
          for (int i : keysOfResponse.get(node[1]).keySet()) {
            if (keyGroup[i] < 0) {
              keyGroup[i] = groups;
              queue.add(new int[] {0, i});
            }
          }
        }
      }
      groups++;
      double[][] similarity = new double[keys.size()][responses.size()];
      for (int a = 0; a < keys.size(); a++) {
        Map<Integer, Integer> overlap = links.get(keys.get(a));
        for (int b = 0; b < responses.size(); b++) {
          int common = overlap.getOrDefault(responses.get(b), 0);
          similarity[a][b] = 2.0 * common / (key.get(keys.get(a)).size() + response.get(responses.get(b)).size());
        }
      }
      total += KuhnMunkres.maximumWeight(similarity);
    }
    return new Score(total / response.size(), total / key.size());
  }

  /** For entity {@code k}, the number of its mentions in each entity of the other side, by that entity's index. */
  private static <M> Map<Integer, Integer> overlaps(Set<M> k, Map<M, Integer> entityOf) {
    Map<Integer, Integer> counts = new HashMap<>();
    for (M m : k) {
      Integer e = entityOf.get(m);
      if (e != null) {
        counts.merge(e, 1, Integer::sum);
      }
    }
    return counts;
  }

  private static <M> Map<M, Integer> index(List<Set<M>> entities) {
    Map<M, Integer> entityOf = new HashMap<>();
    for (int i = 0; i < entities.size(); i++) {
      for (M m : entities.get(i)) {
        entityOf.put(m, i);
      }
    }
    return entityOf;
  }

  private static <M> List<Set<M>> sets(Collection<? extends Collection<M>> entities, String parameter) {
    List<Set<M>> out = new ArrayList<>(entities.size());
    Set<M> seen = new HashSet<>();
    for (Collection<M> entity : entities) {
      if (entity.isEmpty()) {
        throw new IllegalArgumentException("The parameter '" + parameter + "' holds an empty entity");
      }
      for (M m : entity) {
        if (!seen.add(m)) {
          throw new IllegalArgumentException("The parameter '" + parameter + "' holds the mention " + m
              + " in two entities (or twice)");
        }
      }
      out.add(Set.copyOf(entity));
    }
    return out;
  }
}
