package org.parallax.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parallax.cluster.AnalysedArticle;
import org.parallax.cluster.ArticleAnalyser;
import org.parallax.cluster.EvidenceClusterer;
import org.parallax.cluster.MergedStories;
import org.parallax.eval.ClusteringScores;
import org.parallax.model.StorySplit;

/**
 * Fits {@link EvidenceClusterer.Config} on labelled streams: analyses each stream once (embeddings included), then
 * runs the clusterer over a grid of weights and thresholds and prints BCubed F1 per stream and the worst of them,
 * which is what one configuration for all regimes must maximise. Streams are clustered in memory, without the store's
 * copy detection, so figures differ slightly from {@code parallax cluster}'s.
 *
 * <pre>java -cp parallax-bench/target/parallax-bench.jar org.parallax.bench.ClusterSweep \
 *     ../shared/data/clustering/ecbplus.dev.jsonl ../shared/data/clustering/basil.dev.jsonl \
 *     ../shared/data/scale/uci-news-2014.jsonl.gz@2014-04-30@../shared/data/clustering/uci.labels.2014-03-04.tsv.gz</pre>
 *
 * A stream argument is {@code FILE[@LAST-DAY[@LABELS]]}; system properties {@code sweep.semantic},
 * {@code sweep.lexical}, {@code sweep.names}, {@code sweep.timeScale}, {@code sweep.horizon} and
 * {@code sweep.threshold} and {@code sweep.headlineThreshold} override the grid (comma-separated values);
 * {@code sweep.dense} (dense candidates per article, default 0) and {@code sweep.mergeMargin} (default Infinity:
 * no merges), {@code sweep.persons}, {@code sweep.organisations}, {@code sweep.places}, {@code sweep.years},
 * {@code sweep.measures} and {@code sweep.counts} (contradiction penalties, default 0) and {@code sweep.splitPart}
 * (the fewest members of each part of a story split, default 0: no splits) add to it. {@code fit.embeddings} names
 * a file that keeps the streams' embeddings between runs (see {@link ContradictionFit}).
 */
public final class ClusterSweep {

  private ClusterSweep() {}

  public static void main(String[] args) throws IOException {
    List<LabelledStream> streams = ContradictionFit.read(args, System.getProperty("fit.embeddings"));
    double[] semantic = grid("sweep.semantic", "0.2,0.4,0.6");
    double[] lexical = grid("sweep.lexical", "0.3,0.6");
    double[] names = grid("sweep.names", "0,0.3");
    double[] timeScales = grid("sweep.timeScale", "24,48,96");
    double[] horizons = grid("sweep.horizon", "24,48");
    double[] thresholds = grid("sweep.threshold", "0.3,0.35,0.4,0.45,0.5");
    double[] headlineThresholds = grid("sweep.headlineThreshold", "0.1,0.15,0.2");
    double[] dense = grid("sweep.dense", "0");
    double[] merges = grid("sweep.mergeMargin", "Infinity");
    double[] splitParts = grid("sweep.splitPart", "0");
    List<EvidenceClusterer.Contradictions> contradictions = contradictions();
    for (double sem : semantic) {
      for (double lex : lexical) {
        for (double nam : names) {
          for (double scale : timeScales) {
            for (double horizon : horizons) {
              for (double t : thresholds) {
                for (double h : headlineThresholds) {
                  for (double k : dense) {
                    for (double m : merges) {
                      for (EvidenceClusterer.Contradictions c : contradictions) {
                        for (double part : splitParts) {
                          report(new EvidenceClusterer.Config(sem, lex, nam, t, h, scale, horizon, 50_000, (int) k,
                              m, c, (int) part), streams);
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }

  /** One line: the configuration, BCubed F1 on each stream, and the worst of them. */
  private static void report(EvidenceClusterer.Config c, List<LabelledStream> streams) {
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
        "sem %.2f lex %.2f names %.2f scale %4.0f horizon %3.0f threshold %.2f headline %.2f dense %d margin %.2f"
            + " persons %.2f organisations %.2f places %.2f years %.2f measures %.2f counts %.2f split %d",
        c.semantic(), c.lexical(), c.names(), c.timeScaleHours(), c.horizonHours(), c.threshold(),
        c.headlineThreshold(), c.denseCandidates(), c.mergeMargin(), c.contradictions().persons(),
        c.contradictions().organisations(), c.contradictions().places(), c.contradictions().years(),
        c.contradictions().measures(), c.contradictions().counts(), c.splitPart()));
    double worst = 1;
    for (LabelledStream s : streams) {
      double f1 = s.bcubedF1(c);
      worst = Math.min(worst, f1);
      line.append(String.format(Locale.ROOT, "  %s %.4f", s.name(), f1));
    }
    line.append(String.format(Locale.ROOT, "  worst %.4f", worst));
    System.out.println(line);
  }

  /**
   * The grid of contradiction penalties from {@code sweep.persons}, {@code sweep.organisations},
   * {@code sweep.places}, {@code sweep.years}, {@code sweep.measures} and {@code sweep.counts}.
   */
  static List<EvidenceClusterer.Contradictions> contradictions() {
    List<EvidenceClusterer.Contradictions> out = new ArrayList<>();
    for (double p : grid("sweep.persons", "0")) {
      for (double o : grid("sweep.organisations", "0")) {
        for (double l : grid("sweep.places", "0")) {
          for (double y : grid("sweep.years", "0")) {
            for (double m : grid("sweep.measures", "0")) {
              for (double n : grid("sweep.counts", "0")) {
                out.add(new EvidenceClusterer.Contradictions(p, o, l, y, m, n));
              }
            }
          }
        }
      }
    }
    return out;
  }

  /** A grid of values from a system property (comma-separated), or its default. */
  static double[] grid(String property, String defaults) {
    String[] cells = System.getProperty(property, defaults).split(",");
    double[] values = new double[cells.length];
    for (int i = 0; i < cells.length; i++) {
      values[i] = Double.parseDouble(cells[i].trim());
    }
    return values;
  }

  /** An analysed stream with its gold labels. */
  record LabelledStream(String name, List<AnalysedArticle> articles, Map<String, String> gold,
      Map<String, String> topics) {

    static LabelledStream read(String spec, ArticleAnalyser analyser) throws IOException {
      String[] parts = spec.split("@");
      Path file = Path.of(parts[0]);
      String lastDay = parts.length > 1 ? parts[1] : null;
      Path labels = parts.length > 2 ? Path.of(parts[2]) : null;
      Streams.Labelled stream = Streams.read(file, lastDay);
      Map<String, String> gold = labels != null ? Streams.labels(labels) : stream.gold();
      List<AnalysedArticle> analysed = new ArrayList<>();
      for (int from = 0; from < stream.articles().size(); from += 1024) {
        analysed.addAll(analyser.analyse(stream.articles().subList(from,
            Math.min(stream.articles().size(), from + 1024))));
      }
      String name = file.getFileName().toString().replaceAll("\\..*", "");
      System.err.printf("%s: %d articles analysed%n", name, analysed.size());
      return new LabelledStream(name, analysed, gold, stream.topics());
    }

    double bcubedF1(EvidenceClusterer.Config config) {
      return ClusteringScores.score(cluster(config), gold).bcubed().f1();
    }

    /** The story of each article, clustered in stream order with {@code config}. */
    Map<String, String> cluster(EvidenceClusterer.Config config) {
      EvidenceClusterer clusterer = new EvidenceClusterer(config);
      Map<String, String> predicted = new LinkedHashMap<>();
      MergedStories merged = new MergedStories();
      for (AnalysedArticle a : articles) {
        predicted.putIfAbsent(a.article().id(), clusterer.assign(a));
        clusterer.takeMerges().forEach(merged::add);
        for (StorySplit split : clusterer.takeSplits()) {
          split.articles().forEach(id -> predicted.put(id, split.newStory()));
        }
      }
      predicted.replaceAll((id, story) -> merged.resolve(story));
      return predicted;
    }

    /** The articles of the given topics alone, in stream order. */
    LabelledStream onlyTopics(java.util.Set<String> kept) {
      List<AnalysedArticle> part = new ArrayList<>();
      for (AnalysedArticle a : articles) {
        if (kept.contains(topics.get(a.article().id()))) {
          part.add(a);
        }
      }
      return new LabelledStream(name, part, gold, topics);
    }
  }
}
