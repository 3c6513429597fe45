package org.parallax.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.parallax.embed.SentenceEmbedder;
import org.parallax.extract.entity.WordClassBuilder;
import org.parallax.extract.entity.WordClasses;
import org.parallax.extract.entity.WordClusters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code parallax train word-classes}: flat word classes by k-means over MiniLM word vectors, as shipped. */
@Command(name = "word-classes", mixinStandardHelpOptions = true,
    description = {
      "Builds flat word classes for the name finder: each word of a word-cluster file (in lower case) is embedded",
      "by the MiniLM sentence model as its own text, and the vectors are grouped by seeded spherical k-means once",
      "per class count; the frequent words of --more-from files then take the class of their nearest centroid.",
      "With the settings listed in BENCHMARKS.md it reproduces the shipped word classes."})
final class TrainWordClassesCommand implements Callable<Integer> {

  @Option(names = "--out", required = true, paramLabel = "FILE",
      description = "Where to write the classes (gzipped if the name ends in .gz).")
  Path out;

  @Option(names = "--words", paramLabel = "FILE",
      description = "Word clusters from 'parallax train clusters' whose words to class (default: the shipped ones).")
  Path words;

  @Option(names = "--more-from", arity = "1..*", paramLabel = "FILE",
      description = "JSON Lines article files (.jsonl, .jsonl.gz: 'title' and 'text') whose frequent words are classed"
          + " too, by their nearest class, without moving the classes.")
  List<Path> moreFrom = List.of();

  @Option(names = "--more-min-count", paramLabel = "N",
      description = "Words of --more-from seen at least this often, in lower case (default: ${DEFAULT-VALUE}).")
  int moreMinCount = 5;

  @Option(names = "--classes", split = ",", paramLabel = "K",
      description = "Class counts, one k-means each (default: 64,256,1024).")
  int[] classes = {64, 256, 1024};

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    if (words != null && !Files.isRegularFile(words)) {
      err.println("parallax: no such file: " + words);
      return 1;
    }
    for (Path p : moreFrom) {
      if (!Files.isRegularFile(p)) {
        err.println("parallax: no such file: " + p);
        return 1;
      }
    }
    if (moreMinCount < 1) {
      throw new ParameterException(spec.commandLine(), "--more-min-count must be >= 1, got " + moreMinCount);
    }
    if (Arrays.stream(classes).anyMatch(k -> k < 2)) {
      throw new ParameterException(spec.commandLine(), "--classes must all be >= 2, got " + Arrays.toString(classes));
    }
    long started = System.nanoTime();
    List<String> vocabulary = WordClassBuilder.vocabulary(words == null ? WordClusters.shipped() : TrainNerCommand.readClusters(words));
    if (Arrays.stream(classes).anyMatch(k -> k > vocabulary.size())) {
      throw new ParameterException(spec.commandLine(), "--classes must not exceed the " + vocabulary.size()
          + " words, got " + Arrays.toString(classes));
    }
    WordClassBuilder.Counts counts = new WordClassBuilder.Counts();
    for (Path p : moreFrom) {
      JsonLinesFile.read(p, node -> {
        for (String field : List.of("title", "text")) {
          counts.addText(node.path(field).asText(""));
        }
        return true;
      });
    }
    List<String> more = counts.frequent(moreMinCount, vocabulary);
    err.printf("embedding %,d words%s...%n", vocabulary.size(),
        moreFrom.isEmpty() ? "" : String.format(" and %,d more", more.size()));
    err.flush();
    List<float[]> vectors;
    List<float[]> moreVectors;
    // One worker: batches are fixed by the input order, so the vectors, and the classes, are reproducible.
    try (SentenceEmbedder embedder = new SentenceEmbedder(1)) {
      vectors = embedder.embedAll(vocabulary);
      moreVectors = more.isEmpty() ? List.of() : embedder.embedAll(more);
    }
    err.printf("embedded in %.1f s; k-means for %s classes...%n", (System.nanoTime() - started) / 1e9,
        Arrays.toString(classes));
    err.flush();
    WordClasses result = WordClassBuilder.build(vocabulary, vectors, more, moreVectors, classes);
    try (OutputStream o = GzipFiles.create(out)) {
      result.write(o);
    }
    spec.commandLine().getOut().printf("wrote %s (%,d words, %,d bytes) in %.1f s%n", out, result.size(),
        Files.size(out), (System.nanoTime() - started) / 1e9);
    return 0;
  }
}
