package org.parallax.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.parallax.cluster.EvidenceClusterer;
import org.parallax.cluster.StoryClusterer;
import org.parallax.cluster.TfIdfClusterer;
import org.parallax.eval.ClusteringRun;
import org.parallax.eval.ClusteringScores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parallax cluster INPUT.jsonl}: clusters a stream in a throwaway store and scores it against gold. */
@Command(name = "cluster", mixinStandardHelpOptions = true,
    description = {
      "Clusters a JSON Lines article stream (.gz too) in a throwaway store, in stream order, and writes",
      "id<TAB>story for every input article. With gold labels (an event_id field, or --labels) it prints",
      "pairwise and BCubed precision, recall and F1."})
final class ClusterCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "INPUT", description = "A JSON Lines file, optionally gzipped.")
  Path input;

  @Option(names = "--assignments", required = true, paramLabel = "OUT.tsv",
      description = "Where to write id<TAB>story.")
  Path assignments;

  @Option(names = "--labels", paramLabel = "L.tsv", description = "Gold labels: TSV with a header naming 'id' "
      + "and 'story' (.gz too); wins over event_id fields.")
  Path labels;

  @Option(names = "--until", paramLabel = "YYYY-MM-DD",
      description = "Leave out articles published after this day (a slice of a longer stream).")
  java.time.LocalDate until;

  @Option(names = "--json", description = "Print the scores as JSON.")
  boolean json;

  @Option(names = "--clusterer", paramLabel = "NAME", defaultValue = "evidence",
      description = "evidence (words, names, embeddings and time; the default) or tfidf (the single-pass "
          + "TF-IDF baseline).")
  String clustererName;

  @Option(names = "--threshold", paramLabel = "SCORE",
      description = "Score a story must reach to take an article (default: the clusterer's fitted value).")
  Double threshold;

  @Option(names = "--dense", paramLabel = "K", defaultValue = "0",
      description = "evidence only: also score the K live stories nearest by embedding (default: ${DEFAULT-VALUE}, "
          + "none).")
  int dense;

  @Option(names = "--merge-margin", paramLabel = "MARGIN",
      description = "evidence only: merge two stories an article joins both of when they score at least MARGIN above "
          + "the threshold against each other (default: no merges).")
  Double mergeMargin;

  @Option(names = "--no-contradictions",
      description = "evidence only: do not penalise an article whose lead names another person, place or year than "
          + "a story's, or gives another magnitude, age or count.")
  boolean noContradictions;

  @Option(names = "--no-splits",
      description = "evidence only: do not split a story whose members fall into two groups naming different people "
          + "or places (splits need contradictions: --no-contradictions turns them off too).")
  boolean noSplits;

  @Option(names = "--window-days", paramLabel = "DAYS", defaultValue = "" + TfIdfClusterer.DEFAULT_WINDOW_DAYS,
      description = "tfidf only: how far apart in days a story's articles may be (default: ${DEFAULT-VALUE}).")
  int windowDays;

  private EvidenceClusterer.Config evidenceConfig() {
    EvidenceClusterer.Config config = EvidenceClusterer.Config.DEFAULT.withDenseCandidates(dense);
    if (threshold != null) {
      config = config.withThreshold(threshold);
    }
    if (noContradictions) {
      config = config.withContradictions(EvidenceClusterer.Contradictions.NONE);
    }
    if (noSplits) {
      config = config.withSplitPart(0);
    }
    return mergeMargin == null ? config : config.withMergeMargin(mergeMargin);
  }

  /** Articles between two lines of throughput on standard error. */
  static final int REPORT_EVERY = 50_000;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if ((threshold != null && !(threshold > 0 && threshold < 1)) || windowDays < 0 || dense < 0
        || (mergeMargin != null && !(mergeMargin >= 0))) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--threshold must lie in (0, 1); --window-days, --dense and --merge-margin must not be negative");
    }
    StoryClusterer clusterer = switch (clustererName) {
      case "evidence" -> new EvidenceClusterer(evidenceConfig());
      case "tfidf" -> new TfIdfClusterer(threshold == null ? TfIdfClusterer.DEFAULT_THRESHOLD : threshold,
          windowDays);
      default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--clusterer must be evidence or tfidf, got: " + clustererName);
    };
    if (!Files.isRegularFile(input)) {
      spec.commandLine().getErr().println("parallax: no such file: " + input);
      return 1;
    }
    Path work = Files.createTempDirectory("parallax-cluster-");
    ClusteringRun.Result result;
    PrintWriter err = spec.commandLine().getErr();
    Throughput throughput = new Throughput(err);
    try (ProgressBar progress = new ProgressBar(err)) {
      result = ClusteringRun.run(input, until, work, clusterer, articles -> {
        progress.update(articles, 0, "articles");
        throughput.update(articles);
      });
    } finally {
      deleteTree(work);
    }
    write(result.assignments());
    err.printf("peak resident memory: %s%n", Throughput.peakResidentMemory());
    result.skipped().forEach(s -> err.println("skipped: " + Terminal.safe(s.getMessage())));
    Map<String, String> gold = labels != null ? ClusteringRun.readLabels(labels) : result.gold();
    PrintWriter out = spec.commandLine().getOut();
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("input", input.toString());
    summary.put("articles", result.assignments().size());
    summary.put("stories", result.assignments().values().stream().distinct().count());
    summary.put("seconds", Math.round(result.seconds() * 100) / 100.0);
    ClusteringScores scores = gold.isEmpty() ? null : ClusteringScores.score(result.assignments(), gold);
    summary.put("scores", scores);
    if (json) {
      Json.print(out, summary);
    } else {
      out.printf("%s: %d articles in %d stories (%.1f s); assignments in %s%n", input, result.assignments().size(),
          summary.get("stories"), result.seconds(), assignments);
      if (scores != null) {
        out.printf("scored %d articles: %d predicted stories, %d gold%n", scores.items(),
            scores.predictedClusters(), scores.goldClusters());
        print(out, "pairwise", scores.pairwise());
        print(out, "BCubed", scores.bcubed());
      }
    }
    return result.skipped().isEmpty() ? 0 : 1;
  }

  /** A line on standard error every {@value #REPORT_EVERY} articles: the rate over that stretch and overall. */
  private static final class Throughput {
    final PrintWriter err;
    final long started = System.nanoTime();
    long lastTime = started;
    long lastCount;

    Throughput(PrintWriter err) {
      this.err = err;
    }

    void update(long articles) {
      if (articles / REPORT_EVERY == lastCount / REPORT_EVERY) {
        return;
      }
      long now = System.nanoTime();
      err.printf("%,d articles: %,.0f articles/s over the last %,d, %,.0f/s overall%n", articles,
          (articles - lastCount) / ((now - lastTime) / 1e9), articles - lastCount, articles / ((now - started) / 1e9));
      err.flush();
      lastTime = now;
      lastCount = articles;
    }

    /** The process's peak resident set (VmHWM) where the system tells it, else the JVM's heap in use. */
    static String peakResidentMemory() {
      try {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
          if (line.startsWith("VmHWM:")) {
            long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
            return String.format("%,d MB", kb / 1024);
          }
        }
      } catch (IOException | RuntimeException e) {
        // not Linux: fall back below
      }
      Runtime rt = Runtime.getRuntime();
      return String.format("%,d MB of Java heap in use", (rt.totalMemory() - rt.freeMemory()) >> 20);
    }
  }

  private static void print(PrintWriter out, String name, ClusteringScores.Prf prf) {
    out.printf("%-9s P %.4f  R %.4f  F1 %.4f%n", name, prf.precision(), prf.recall(), prf.f1());
  }

  private void write(Map<String, String> result) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(assignments, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, String> e : result.entrySet()) {
        w.write(e.getKey() + "\t" + e.getValue() + "\n");
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
