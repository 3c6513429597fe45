package org.parallax.extract.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.parallax.model.Span;
import org.parallax.text.Sentences;

/**
 * Brown word clustering (Brown et al. 1992) with Liang's bounded active set (Liang 2005): words are taken in order of
 * decreasing frequency, each enters as its own cluster, and whenever there are {@code clusters + 1} clusters the
 * two whose merge loses the least adjacent-cluster mutual information are merged. When every word is in, the last
 * {@code clusters} clusters are merged down to one, and the order of those merges gives each cluster a bit-string
 * path (0 left, 1 right), so that path prefixes name coarser clusters.
 *
 * <p>Feed token sequences with {@link #add(String[])}, then call {@link #cluster(int, int)}. Deterministic: the
 * same sequences and settings give the same paths (ties go to the more frequent word, then to the lower slot).
 * Bigrams count within a sequence only. Runs in about {@code V * clusters²} steps for {@code V} kept words.
 */
public final class BrownClustering {

  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> words = new ArrayList<>();
  private int[] counts = new int[1024];
  private final Map<Long, Integer> bigrams = new HashMap<>();
  private long tokens;

  /** Adds one token sequence (a sentence): its words and its adjacent pairs. */
  public void add(String[] sequence) {
    int previous = -1;
    for (String word : sequence) {
      int id = ids.computeIfAbsent(word, w -> {
        words.add(w);
        return words.size() - 1;
      });
      if (id >= counts.length) {
        counts = Arrays.copyOf(counts, counts.length * 2);
      }
      counts[id]++;
      tokens++;
      if (previous >= 0) {
        bigrams.merge(((long) previous << 32) | id, 1, Integer::sum);
      }
      previous = id;
    }
  }

  /**
   * Adds the sentences of a text, split by {@link Sentences} and tokenised as the name finder tokenises, so that
   * the clusters cover the forms it will look up.
   */
  public void addText(String text) {
    for (Span sentence : Sentences.split(text)) {
      List<NerTokenizer.Token> sentenceTokens = NerTokenizer.tokens(text, sentence.start(), sentence.end());
      if (!sentenceTokens.isEmpty()) {
        add(sentenceTokens.stream().map(NerTokenizer.Token::form).toArray(String[]::new));
      }
    }
  }

  /** How many different words have been seen at least {@code minCount} times. */
  public int vocabulary(int minCount) {
    int v = 0;
    for (int id = 0; id < words.size(); id++) {
      if (counts[id] >= minCount) {
        v++;
      }
    }
    return v;
  }

  /** Tokens added so far. */
  public long tokens() {
    return tokens;
  }

  /**
   * Clusters the words seen at least {@code minCount} times into at most {@code clusters} leaf clusters.
   *
   * @throws IllegalArgumentException if {@code clusters < 2} or {@code minCount < 1}
   */
  public WordClusters cluster(int clusters, int minCount) {
    return cluster(clusters, minCount, done -> { });
  }

  /** As {@link #cluster(int, int)}, telling {@code progress} how many words are in after each one. */
  public WordClusters cluster(int clusters, int minCount, IntConsumer progress) {
    if (clusters < 2) {
      throw new IllegalArgumentException("clusters must be >= 2, got " + clusters);
    }
    if (minCount < 1) {
      throw new IllegalArgumentException("minCount must be >= 1, got " + minCount);
    }
    Integer[] order = new Integer[words.size()];
    int kept = 0;
    for (int id = 0; id < words.size(); id++) {
      if (counts[id] >= minCount) {
        order[kept++] = id;
      }
    }
    order = Arrays.copyOf(order, kept);
    Arrays.sort(order, (a, b) -> counts[a] != counts[b] ? Integer.compare(counts[b], counts[a])
        : words.get(a).compareTo(words.get(b)));
    int[] rank = new int[words.size()];
    Arrays.fill(rank, -1);
    for (int r = 0; r < order.length; r++) {
      rank[order[r]] = r;
    }
    int[][] right = new int[order.length][];
    int[][] left = new int[order.length][];
    neighbours(rank, order.length, right, left);
    int[] frequency = new int[order.length];
    for (int r = 0; r < order.length; r++) {
      frequency[r] = counts[order[r]];
    }
    String[] paths = new Merger(Math.min(clusters, order.length), frequency, right, left).run(progress);
    Map<String, WordClusters.Entry> out = new LinkedHashMap<>();
    for (int r = 0; r < order.length; r++) {
      out.put(words.get(order[r]), new WordClusters.Entry(paths[r], frequency[r]));
    }
    return new WordClusters(out);
  }

  /** Fills, per kept word rank, its right and left neighbours as (rank, count) pairs flattened. */
  private void neighbours(int[] rank, int size, int[][] right, int[][] left) {
    int[] rightSize = new int[size];
    int[] leftSize = new int[size];
    List<long[]> kept = new ArrayList<>();
    for (Map.Entry<Long, Integer> e : bigrams.entrySet()) {
      int a = rank[(int) (e.getKey() >>> 32)];
      int b = rank[(int) (e.getKey() & 0xffffffffL)];
      if (a >= 0 && b >= 0) {
        kept.add(new long[] {a, b, e.getValue()});
        rightSize[a]++;
        leftSize[b]++;
      }
    }
    for (int r = 0; r < size; r++) {
      right[r] = new int[2 * rightSize[r]];
      left[r] = new int[2 * leftSize[r]];
    }
    Arrays.fill(rightSize, 0);
    Arrays.fill(leftSize, 0);
    for (long[] k : kept) {
      int a = (int) k[0];
      int b = (int) k[1];
      int n = (int) k[2];
      right[a][rightSize[a]++] = b;
      right[a][rightSize[a]++] = n;
      left[b][leftSize[b]++] = a;
      left[b][leftSize[b]++] = n;
    }
  }

  /** The merging itself, over {@code slots = clusters + 1} cluster slots. */
  private static final class Merger {
    private final int c;
    private final int slots;
    private final int[] frequency;
    private final int[][] right;
    private final int[][] left;
    private final double total;
    private final double logTotal;
    /** Bigram counts between slots, row to column. */
    private final double[] n;
    /** Unigram counts per slot, and their logarithms. */
    private final double[] n1;
    private final double[] logN1;
    /** log(n1[s] + n1[t]) for slots s < t, at s * slots + t. */
    private final double[] logPair;
    /** q(s, t): the slot pair's term of the mutual information. */
    private final double[] q;
    /** Loss of merging slots s < t, at s * slots + t. */
    private final double[] loss;
    private final boolean[] used;
    /** Cluster of each word rank, or -1 while the word waits. */
    private final int[] clusterOf;
    private final List<List<Integer>> members = new ArrayList<>();
    /** Tree node of each slot during the final merges. */
    private final int[] node;

    Merger(int clusters, int[] frequency, int[][] right, int[][] left) {
      this.c = clusters;
      this.slots = clusters + 1;
      this.frequency = frequency;
      this.right = right;
      this.left = left;
      long sum = 0;
      for (int f : frequency) {
        sum += f;
      }
      this.total = sum;
      this.logTotal = Math.log(sum);
      this.n = new double[slots * slots];
      this.n1 = new double[slots];
      this.logN1 = new double[slots];
      this.logPair = new double[slots * slots];
      this.q = new double[slots * slots];
      this.loss = new double[slots * slots];
      this.used = new boolean[slots];
      this.clusterOf = new int[frequency.length];
      Arrays.fill(clusterOf, -1);
      this.node = new int[slots];
      for (int s = 0; s < slots; s++) {
        members.add(new ArrayList<>());
      }
    }

    String[] run(IntConsumer progress) {
      for (int r = 0; r < frequency.length; r++) {
        progress.accept(r);
        int free = freeSlot();
        enter(r, free);
        if (activeCount() > c) {
          int[] best = bestPair();
          merge(best[0], best[1]);
        }
      }
      return tree();
    }

    private int activeCount() {
      int k = 0;
      for (boolean u : used) {
        if (u) {
          k++;
        }
      }
      return k;
    }

    private int freeSlot() {
      for (int s = 0; s < slots; s++) {
        if (!used[s]) {
          return s;
        }
      }
      throw new IllegalStateException("no free slot");
    }

    /** Puts word rank {@code r} alone in slot {@code b}. */
    private void enter(int r, int b) {
      used[b] = true;
      members.get(b).clear();
      members.get(b).add(r);
      clusterOf[r] = b;
      n1[b] = frequency[r];
      unigramChanged(b);
      for (int s = 0; s < slots; s++) {
        n[b * slots + s] = 0;
        n[s * slots + b] = 0;
      }
      int[] out = right[r];
      for (int i = 0; i < out.length; i += 2) {
        int s = clusterOf[out[i]];
        if (s >= 0) {
          n[b * slots + s] += out[i + 1];
        }
      }
      int[] in = left[r];
      for (int i = 0; i < in.length; i += 2) {
        int s = clusterOf[in[i]];
        if (s >= 0 && s != b) {
          n[s * slots + b] += in[i + 1];
        }
      }
      refreshQ(b);
      addDependences(b);
    }

    /**
     * Adds to every pair's loss that does not involve cluster {@code c} the part that depends on {@code c}, then
     * computes {@code c}'s own losses afresh.
     */
    private void addDependences(int c) {
      for (int s = 0; s < slots; s++) {
        if (!used[s] || s == c) {
          continue;
        }
        for (int t = s + 1; t < slots; t++) {
          if (used[t] && t != c) {
            loss[s * slots + t] += dependence(s, t, c, logPair[s * slots + t]);
          }
        }
      }
      fullLosses(c);
    }

    private void unigramChanged(int a) {
      logN1[a] = Math.log(n1[a]);
      for (int s = 0; s < slots; s++) {
        double log = Math.log(n1[a] + n1[s]);
        logPair[Math.min(a, s) * slots + Math.max(a, s)] = log;
      }
    }

    private void refreshQ(int a) {
      for (int s = 0; s < slots; s++) {
        if (used[s]) {
          q[a * slots + s] = term(n[a * slots + s], logN1[a], logN1[s]);
          q[s * slots + a] = term(n[s * slots + a], logN1[s], logN1[a]);
        } else {
          q[a * slots + s] = 0;
          q[s * slots + a] = 0;
        }
      }
    }

    /**
     * The mutual-information term of a bigram count between clusters whose unigram counts have the logarithms
     * {@code logX} and {@code logY}.
     */
    private double term(double count, double logX, double logY) {
      if (count <= 0) {
        return 0;
      }
      return count / total * (log(count) + logTotal - logX - logY);
    }

    private static final int LOG_TABLE = 1 << 16;
    private static final double[] LOGS = new double[LOG_TABLE];

    static {
      for (int i = 1; i < LOG_TABLE; i++) {
        LOGS[i] = Math.log(i);
      }
    }

    /** Bigram counts are whole numbers, mostly small: their logarithms come from a table. */
    private static double log(double count) {
      return count < LOG_TABLE ? LOGS[(int) count] : Math.log(count);
    }

    /** How much the terms with cluster {@code u} change if {@code s} and {@code t} (log(n1 s + n1 t)) merge. */
    private double dependence(int s, int t, int u, double logSt) {
      return term(n[s * slots + u] + n[t * slots + u], logSt, logN1[u])
          + term(n[u * slots + s] + n[u * slots + t], logN1[u], logSt)
          - q[s * slots + u] - q[u * slots + s] - q[t * slots + u] - q[u * slots + t];
    }

    /** Recomputes the merge loss of slot {@code a} with every other used slot. */
    private void fullLosses(int a) {
      for (int s = 0; s < slots; s++) {
        if (used[s] && s != a) {
          int lo = Math.min(s, a);
          int hi = Math.max(s, a);
          loss[lo * slots + hi] = fullLoss(lo, hi);
        }
      }
    }

    private double fullLoss(int s, int t) {
      double logSt = Math.log(n1[s] + n1[t]);
      double sum = 0;
      for (int u = 0; u < slots; u++) {
        if (used[u] && u != s && u != t) {
          sum += dependence(s, t, u, logSt);
        }
      }
      double self = n[s * slots + s] + n[s * slots + t] + n[t * slots + s] + n[t * slots + t];
      return sum + term(self, logSt, logSt) - q[s * slots + s] - q[t * slots + t] - q[s * slots + t] - q[t * slots + s];
    }

    private int[] bestPair() {
      int bs = -1;
      int bt = -1;
      double best = Double.NEGATIVE_INFINITY;
      for (int s = 0; s < slots; s++) {
        if (!used[s]) {
          continue;
        }
        for (int t = s + 1; t < slots; t++) {
          if (used[t] && loss[s * slots + t] > best) {
            best = loss[s * slots + t];
            bs = s;
            bt = t;
          }
        }
      }
      return new int[] {bs, bt};
    }

    /** Merges slot {@code b} into slot {@code a} and frees {@code b}. */
    private void merge(int a, int b) {
      for (int s = 0; s < slots; s++) {
        if (!used[s] || s == a || s == b) {
          continue;
        }
        for (int t = s + 1; t < slots; t++) {
          if (used[t] && t != a && t != b) {
            double logSt = logPair[s * slots + t];
            loss[s * slots + t] -= dependence(s, t, a, logSt) + dependence(s, t, b, logSt);
          }
        }
      }
      double self = n[a * slots + a] + n[a * slots + b] + n[b * slots + a] + n[b * slots + b];
      for (int s = 0; s < slots; s++) {
        n[a * slots + s] += n[b * slots + s];
        n[s * slots + a] += n[s * slots + b];
      }
      n[a * slots + a] = self;
      n1[a] += n1[b];
      unigramChanged(a);
      used[b] = false;
      for (int s = 0; s < slots; s++) {
        n[b * slots + s] = 0;
        n[s * slots + b] = 0;
      }
      n[a * slots + b] = 0;
      n[b * slots + a] = 0;
      n1[b] = 0;
      for (int r : members.get(b)) {
        clusterOf[r] = a;
      }
      members.get(a).addAll(members.get(b));
      members.get(b).clear();
      refreshQ(a);
      refreshQ(b);
      addDependences(a);
    }

    /** Merges the remaining clusters to one and reads each word's path off the merge tree. */
    private String[] tree() {
      List<int[]> children = new ArrayList<>();
      List<List<Integer>> leaves = new ArrayList<>();
      for (int s = 0; s < slots; s++) {
        node[s] = -1;
        if (used[s]) {
          node[s] = children.size();
          children.add(null);
          leaves.add(List.copyOf(members.get(s)));
        }
      }
      while (activeCount() > 1) {
        int[] best = bestPair();
        int merged = children.size();
        children.add(new int[] {node[best[0]], node[best[1]]});
        leaves.add(List.of());
        merge(best[0], best[1]);
        node[best[0]] = merged;
      }
      String[] paths = new String[frequency.length];
      if (children.isEmpty()) {
        return paths;
      }
      assignPaths(children, leaves, children.size() - 1, "", paths);
      return paths;
    }

    /** Gives the words under tree node {@code at} their paths; the depth is at most the number of clusters. */
    private static void assignPaths(List<int[]> children, List<List<Integer>> leaves, int at, String path,
        String[] paths) {
      int[] kids = children.get(at);
      if (kids == null) {
        for (int r : leaves.get(at)) {
          paths[r] = path.isEmpty() ? "0" : path;
        }
      } else {
        assignPaths(children, leaves, kids[0], path + "0", paths);
        assignPaths(children, leaves, kids[1], path + "1", paths);
      }
    }
  }
}
