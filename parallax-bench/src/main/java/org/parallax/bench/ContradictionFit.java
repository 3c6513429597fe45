package org.parallax.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.parallax.cluster.AnalysedArticle;
import org.parallax.cluster.ArticleAnalyser;
import org.parallax.cluster.EvidenceClusterer;
import org.parallax.cluster.EvidenceClusterer.Contradictions;
import org.parallax.cluster.ParticularsReader;
import org.parallax.embed.SentenceEmbedder;
import org.parallax.eval.ClusteringScores;
import org.parallax.extract.entity.EntityRecognizer;

/**
 * Fits the contradiction penalties of {@link EvidenceClusterer} by cross-validation over the topics of a labelled
 * stream whose records carry a {@code topic_id} (ECB+): the topics are dealt into folds, each fold is clustered on
 * its own for every penalty on the grid, and each fold is scored with the penalties that did best on the others.
 * The other streams (BASIL) are checks: a penalty that lowers their BCubed F1 below the figure without penalties is
 * not chosen. Prints the cross-validated figure, the figure of the penalties chosen on all topics, and the grid.
 *
 * <pre>java -cp parallax-bench/target/parallax-bench.jar org.parallax.bench.ContradictionFit \
 *     ../shared/data/clustering/ecbplus.dev.jsonl ../shared/data/clustering/basil.dev.jsonl</pre>
 *
 * The grid comes from {@code sweep.persons}, {@code sweep.organisations}, {@code sweep.places},
 * {@code sweep.years}, {@code sweep.measures} and {@code sweep.counts} (comma-separated), the number of folds from
 * {@code fit.folds} (default 5); the rest of the configuration is the default one.
 * {@code fit.embeddings} names a file that keeps the streams' embeddings between runs.
 */
public final class ContradictionFit {

  private ContradictionFit() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: ContradictionFit TOPICAL-STREAM [CHECK-STREAM...]");
      System.exit(2);
    }
    List<ClusterSweep.LabelledStream> streams = read(args, System.getProperty("fit.embeddings"));
    for (ClusterSweep.LabelledStream s : streams) {
      printReadingCost(s);
    }
    ClusterSweep.LabelledStream fitted = streams.get(0);
    List<ClusterSweep.LabelledStream> checks = streams.subList(1, streams.size());
    List<ClusterSweep.LabelledStream> folds = folds(fitted, Integer.getInteger("fit.folds", 5));
    List<Contradictions> grid = ClusterSweep.contradictions();
    if (!grid.contains(Contradictions.NONE)) {
      grid.add(0, Contradictions.NONE);
    }
    EvidenceClusterer.Config base = EvidenceClusterer.Config.DEFAULT;

    Map<Contradictions, List<Map<String, String>>> byFold = new LinkedHashMap<>();
    Map<Contradictions, ClusteringScores> whole = new LinkedHashMap<>();
    Map<Contradictions, double[]> checked = new LinkedHashMap<>();
    for (Contradictions c : grid) {
      EvidenceClusterer.Config config = base.withContradictions(c);
      List<Map<String, String>> predictions = new ArrayList<>();
      for (ClusterSweep.LabelledStream fold : folds) {
        predictions.add(fold.cluster(config));
      }
      byFold.put(c, predictions);
      whole.put(c, ClusteringScores.score(fitted.cluster(config), fitted.gold()));
      double[] f1 = new double[checks.size()];
      for (int i = 0; i < f1.length; i++) {
        f1[i] = checks.get(i).bcubedF1(config);
      }
      checked.put(c, f1);
    }

    Map<String, String> heldOut = new HashMap<>();
    Map<String, String> heldOutWithout = new HashMap<>();
    for (int f = 0; f < folds.size(); f++) {
      Contradictions best = null;
      double bestF1 = -1;
      for (Contradictions c : grid) {
        if (!passesChecks(checked, c)) {
          continue;
        }
        double f1 = ClusteringScores.score(pooled(byFold.get(c), f), fitted.gold()).bcubed().f1();
        if (f1 > bestF1 + 1e-9) {
          bestF1 = f1;
          best = c;
        }
      }
      Map<String, String> fold = byFold.get(best).get(f);
      System.out.printf(Locale.ROOT, "fold %d (%d articles): chosen %s on the other folds (BCubed F1 %.4f);"
              + " held-out BCubed F1 %.4f, without penalties %.4f%n", f + 1, fold.size(), describe(best), bestF1,
          ClusteringScores.score(fold, fitted.gold()).bcubed().f1(),
          ClusteringScores.score(byFold.get(Contradictions.NONE).get(f), fitted.gold()).bcubed().f1());
      tagged(fold, f, heldOut);
      tagged(byFold.get(Contradictions.NONE).get(f), f, heldOutWithout);
    }
    System.out.println("cross-validated (each fold clustered alone, penalties fitted on the other folds):");
    System.out.println("  with penalties    " + line(ClusteringScores.score(heldOut, fitted.gold())));
    System.out.println("  without penalties " + line(ClusteringScores.score(heldOutWithout, fitted.gold())));

    Contradictions best = null;
    for (Contradictions c : grid) {
      if (passesChecks(checked, c) && (best == null
          || whole.get(c).bcubed().f1() > whole.get(best).bcubed().f1() + 1e-9)) {
        best = c;
      }
    }
    System.out.println("all topics in one stream, penalties chosen on all of them: " + describe(best));
    System.out.println("  with penalties    " + line(whole.get(best)) + checkLine(checks, checked.get(best)));
    System.out.println("  without penalties " + line(whole.get(Contradictions.NONE))
        + checkLine(checks, checked.get(Contradictions.NONE)));
    System.out.println("grid (all topics in one stream):");
    for (Contradictions c : grid) {
      System.out.println("  " + describe(c) + "  " + line(whole.get(c)) + checkLine(checks, checked.get(c)));
    }
  }

  /**
   * The analysed streams. With {@code embeddingsFile}, embeddings are read from it when it exists (analysing
   * without the embedder) and written to it otherwise, so that refits skip the embedder, which is most of the time.
   */
  static List<ClusterSweep.LabelledStream> read(String[] specs, String embeddingsFile) throws IOException {
    List<ClusterSweep.LabelledStream> streams = new ArrayList<>();
    Path cache = embeddingsFile == null ? null : Path.of(embeddingsFile);
    if (cache != null && Files.exists(cache)) {
      Map<String, float[]> vectors = new HashMap<>();
      try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(cache)))) {
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
          String id = in.readUTF();
          float[] v = new float[in.readInt()];
          for (int j = 0; j < v.length; j++) {
            v[j] = in.readFloat();
          }
          vectors.put(id, v);
        }
      }
      ArticleAnalyser analyser = new ArticleAnalyser(null, new ParticularsReader(EntityRecognizer.shipped()));
      for (String spec : specs) {
        ClusterSweep.LabelledStream s = ClusterSweep.LabelledStream.read(spec, analyser);
        List<AnalysedArticle> embedded = new ArrayList<>();
        for (AnalysedArticle a : s.articles()) {
          float[] v = vectors.get(s.name() + "/" + a.article().id());
          if (v == null) {
            throw new IllegalArgumentException("The embeddings file " + cache + " has no vector for article "
                + a.article().id() + " of " + s.name() + "; it was written for other streams: delete it or name"
                + " another.");
          }
          embedded.add(analyser.analyse(a.article(), v));
        }
        streams.add(new ClusterSweep.LabelledStream(s.name(), embedded, s.gold(), s.topics()));
      }
      return streams;
    }
    try (SentenceEmbedder embedder = new SentenceEmbedder()) {
      ArticleAnalyser analyser = new ArticleAnalyser(embedder, new ParticularsReader(EntityRecognizer.shipped()));
      for (String spec : specs) {
        streams.add(ClusterSweep.LabelledStream.read(spec, analyser));
      }
    }
    if (cache != null) {
      int n = streams.stream().mapToInt(s -> s.articles().size()).sum();
      try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(cache)))) {
        out.writeInt(n);
        for (ClusterSweep.LabelledStream s : streams) {
          for (AnalysedArticle a : s.articles()) {
            out.writeUTF(s.name() + "/" + a.article().id());
            out.writeInt(a.embedding().length);
            for (float f : a.embedding()) {
              out.writeFloat(f);
            }
          }
        }
      }
    }
    return streams;
  }

  /**
   * The cost of reading particulars per article (the recognizer over the lead, the year scan), after a warm-up
   * pass, against the year scan alone: what contradictions add to the analysis of an article.
   */
  static void printReadingCost(ClusterSweep.LabelledStream stream) {
    ParticularsReader withNames = new ParticularsReader(EntityRecognizer.shipped());
    ParticularsReader yearsOnly = new ParticularsReader(null);
    for (AnalysedArticle a : stream.articles()) {
      withNames.read(a.article());
    }
    long t0 = System.nanoTime();
    for (AnalysedArticle a : stream.articles()) {
      withNames.read(a.article());
    }
    long t1 = System.nanoTime();
    for (AnalysedArticle a : stream.articles()) {
      yearsOnly.read(a.article());
    }
    long t2 = System.nanoTime();
    int n = stream.articles().size();
    System.out.printf(Locale.ROOT, "%s: particulars %.3f ms per article (years alone %.3f ms), %d articles%n",
        stream.name(), (t1 - t0) / 1e6 / n, (t2 - t1) / 1e6 / n, n);
  }

  /** The stream's topics dealt into {@code n} folds in the order of their ids. */
  static List<ClusterSweep.LabelledStream> folds(ClusterSweep.LabelledStream stream, int n) {
    TreeSet<String> topics = new TreeSet<>((a, b) -> {
      boolean numbers = a.matches("\\d+") && b.matches("\\d+");
      return numbers ? Integer.compare(Integer.parseInt(a), Integer.parseInt(b)) : a.compareTo(b);
    });
    topics.addAll(stream.topics().values());
    if (topics.size() < n) {
      throw new IllegalArgumentException("The stream " + stream.name() + " has " + topics.size()
          + " topics, fewer than the " + n + " folds.");
    }
    List<Set<String>> parts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      parts.add(new TreeSet<>());
    }
    int i = 0;
    for (String t : topics) {
      parts.get(i++ % n).add(t);
    }
    List<ClusterSweep.LabelledStream> out = new ArrayList<>();
    for (Set<String> part : parts) {
      out.add(stream.onlyTopics(part));
    }
    return out;
  }

  private static boolean passesChecks(Map<Contradictions, double[]> checked, Contradictions c) {
    double[] without = checked.get(Contradictions.NONE);
    double[] with = checked.get(c);
    for (int i = 0; i < with.length; i++) {
      if (with[i] < without[i] - 1e-9) {
        return false;
      }
    }
    return true;
  }

  /** The predictions of every fold but {@code skipped}, story ids told apart by fold. */
  private static Map<String, String> pooled(List<Map<String, String>> folds, int skipped) {
    Map<String, String> out = new HashMap<>();
    for (int f = 0; f < folds.size(); f++) {
      if (f != skipped) {
        tagged(folds.get(f), f, out);
      }
    }
    return out;
  }

  private static void tagged(Map<String, String> fold, int f, Map<String, String> into) {
    fold.forEach((id, story) -> into.put(id, f + ":" + story));
  }

  private static String describe(Contradictions c) {
    return String.format(Locale.ROOT, "persons %.2f organisations %.2f places %.2f years %.2f measures %.2f"
        + " counts %.2f", c.persons(), c.organisations(), c.places(), c.years(), c.measures(), c.counts());
  }

  private static String line(ClusteringScores s) {
    return String.format(Locale.ROOT, "pairwise P/R/F1 %.4f / %.4f / %.4f  BCubed P/R/F1 %.4f / %.4f / %.4f"
            + "  stories %d", s.pairwise().precision(), s.pairwise().recall(), s.pairwise().f1(),
        s.bcubed().precision(), s.bcubed().recall(), s.bcubed().f1(), s.predictedClusters());
  }

  private static String checkLine(List<ClusterSweep.LabelledStream> checks, double[] f1) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < f1.length; i++) {
      out.append(String.format(Locale.ROOT, "  %s BCubed F1 %.4f", checks.get(i).name(), f1[i]));
    }
    return out.toString();
  }
}
