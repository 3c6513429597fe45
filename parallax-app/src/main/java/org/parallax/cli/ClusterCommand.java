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

  @Option(names = "--json", description = "Print the scores as JSON.")
  boolean json;

  @Option(names = "--threshold", paramLabel = "COS", defaultValue = "" + TfIdfClusterer.DEFAULT_THRESHOLD,
      description = "Cosine similarity a story must reach to take an article (default: ${DEFAULT-VALUE}).")
  double threshold;

  @Option(names = "--window-days", paramLabel = "DAYS", defaultValue = "" + TfIdfClusterer.DEFAULT_WINDOW_DAYS,
      description = "How far apart in days a story's articles may be (default: ${DEFAULT-VALUE}).")
  int windowDays;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!(threshold > 0 && threshold < 1) || windowDays < 0) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--threshold must lie in (0, 1) and --window-days must not be negative");
    }
    if (!Files.isRegularFile(input)) {
      spec.commandLine().getErr().println("parallax: no such file: " + input);
      return 1;
    }
    Path work = Files.createTempDirectory("parallax-cluster-");
    ClusteringRun.Result result;
    try (ProgressBar progress = new ProgressBar(spec.commandLine().getErr())) {
      result = ClusteringRun.run(input, work, new TfIdfClusterer(threshold, windowDays),
          lines -> progress.update(lines, 0, "lines"));
    } finally {
      deleteTree(work);
    }
    write(result.assignments());
    PrintWriter err = spec.commandLine().getErr();
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
