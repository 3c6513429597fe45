package org.parallax.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parallax.eval.TimeMlDocument;
import org.parallax.extract.entity.BrownClustering;
import org.parallax.extract.entity.ConllCorpus;
import org.parallax.extract.entity.WordClusters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parallax train clusters}: Brown word clusters from unlabelled text, as the shipped ones were built. */
@Command(name = "clusters", mixinStandardHelpOptions = true,
    description = {
      "Builds Brown word clusters (bit-string paths) from unlabelled text for the name finder. Reads JSON Lines",
      "article files (.jsonl, .jsonl.gz: the 'title' and 'text' fields), plain text (.txt; the two sentence",
      "columns of an MSR paraphrase file), TimeML (.tml: the text without its markup) and CoNLL-2003 files (the",
      "words alone).",
      "With the default settings and the files listed in BENCHMARKS.md it reproduces the shipped clusters."})
final class TrainClustersCommand implements Callable<Integer> {

  @Option(names = "--from", required = true, arity = "1..*", paramLabel = "FILE", description = "Text to learn from.")
  List<Path> from;

  @Option(names = "--out", required = true, paramLabel = "FILE",
      description = "Where to write the clusters (gzipped if the name ends in .gz).")
  Path out;

  @Option(names = "--clusters", paramLabel = "N", description = "Leaf clusters (default: ${DEFAULT-VALUE}).")
  int clusters = 256;

  @Option(names = "--min-count", paramLabel = "N",
      description = "Cluster the words seen at least this often (default: ${DEFAULT-VALUE}).")
  int minCount = 3;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    for (Path p : from) {
      if (!Files.isRegularFile(p)) {
        err.println("parallax: no such file: " + p);
        return 1;
      }
    }
    if (clusters < 2 || minCount < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--clusters must be >= 2 and --min-count >= 1, got " + clusters + " and " + minCount);
    }
    long started = System.nanoTime();
    BrownClustering brown = new BrownClustering();
    for (Path p : from) {
      String name = p.getFileName().toString();
      if (name.endsWith(".jsonl") || name.endsWith(".jsonl.gz")) {
        readArticles(p, brown);
      } else if (name.endsWith(".tml")) {
        brown.addText(TimeMlDocument.read(p).text());
      } else if (name.endsWith(".txt")) {
        readText(p, brown);
      } else {
        for (ConllCorpus.Document document : ConllCorpus.read(p)) {
          document.sentences().forEach(s -> brown.add(s.tokens()));
        }
      }
    }
    int vocabulary = brown.vocabulary(minCount);
    err.printf("%,d tokens read in %.1f s; clustering %,d words seen at least %d times into %d clusters...%n",
        brown.tokens(), (System.nanoTime() - started) / 1e9, vocabulary, minCount, clusters);
    err.flush();
    WordClusters result;
    try (ProgressBar progress = new ProgressBar(err)) {
      result = brown.cluster(clusters, minCount, done -> progress.update(done, vocabulary, "words"));
    }
    try (OutputStream o = GzipFiles.create(out)) {
      result.write(o);
    }
    spec.commandLine().getOut().printf("wrote %s (%,d words, %,d bytes) in %.1f s%n", out, result.size(),
        Files.size(out), (System.nanoTime() - started) / 1e9);
    return 0;
  }

  /** The header line of an MSR paraphrase corpus file: quality, two ids, then the two sentences. */
  static final String MSRP_HEADER = "Quality\t#1 ID\t#2 ID\t#1 String\t#2 String";

  private static void readText(Path path, BrownClustering brown) throws IOException {
    String text = Files.readString(path, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (!text.startsWith(MSRP_HEADER)) {
      brown.addText(text);
      return;
    }
    List<String> lines = text.lines().skip(1).toList();
    for (String line : lines) {
      String[] fields = line.split("\t", -1);
      if (fields.length == 5) {
        brown.addText(fields[3]);
        brown.addText(fields[4]);
      }
    }
  }

  private static void readArticles(Path path, BrownClustering brown) throws IOException {
    JsonLinesFile.read(path, node -> {
      for (String field : List.of("title", "text")) {
        String text = node.path(field).asText("");
        if (!text.isBlank()) {
          brown.addText(text);
        }
      }
      return true;
    });
  }
}
