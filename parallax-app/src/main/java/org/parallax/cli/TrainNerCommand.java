package org.parallax.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parallax.extract.entity.ConllCorpus;
import org.parallax.extract.entity.NerTrainer;
import org.parallax.extract.entity.WordClasses;
import org.parallax.extract.entity.WordClusters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parallax train ner}: trains the name finder model from a CoNLL-2003 file, as the shipped one was. */
@Command(name = "ner", mixinStandardHelpOptions = true,
    description = {
      "Trains the name finder from a CoNLL-2003 file (word, POS, chunk, IOB1 tag per line). With the",
      "default settings and eng.train it reproduces the model shipped in parallax-core byte for byte.",
      "Word-cluster and word-class features use the shipped clusters and classes unless --clusters or",
      "--word-classes names others."})
final class TrainNerCommand implements Callable<Integer> {

  private static final NerTrainer.Settings SHIPPED = NerTrainer.Settings.SHIPPED;

  @Option(names = "--train", required = true, paramLabel = "PATH", description = "CoNLL-2003 training file.")
  Path train;

  @Option(names = "--out", required = true, paramLabel = "MODEL", description = "Where to write the model.")
  Path out;

  @Option(names = "--algorithm", paramLabel = "NAME",
      description = "CHAIN (structured perceptron over whole sentences), or an OpenNLP token classifier: "
          + "MAXENT (GIS), MAXENT_QN (L-BFGS) or PERCEPTRON (default: ${DEFAULT-VALUE}).")
  String algorithm = SHIPPED.algorithm();

  @Option(names = "--iterations", paramLabel = "N",
      description = "Training iterations; for CHAIN, passes over the sentences (default: ${DEFAULT-VALUE}).")
  int iterations = SHIPPED.iterations();

  @Option(names = "--cutoff", paramLabel = "N", description = "Drop features seen fewer times (default: ${DEFAULT-VALUE}).")
  int cutoff = SHIPPED.cutoff();

  @Option(names = "--gazetteer-min-docs", paramLabel = "N",
      description = "A training name enters its type's gazetteer from this many documents (default: ${DEFAULT-VALUE}).")
  int gazetteerMinDocs = SHIPPED.gazetteerMinDocs();

  @Option(names = "--clusters", paramLabel = "FILE",
      description = "Word clusters from 'parallax train clusters' (default: the shipped ones).")
  Path clusters;

  @Option(names = "--word-classes", paramLabel = "FILE",
      description = "Word classes from 'parallax train word-classes' (default: the shipped ones).")
  Path wordClassFile;

  @Option(names = "--l1", paramLabel = "COST",
      description = "L1 regularisation cost, MAXENT_QN only; above 0 it zeroes weak features (default: ${DEFAULT-VALUE}).")
  double l1Cost = SHIPPED.l1Cost();

  @Option(names = "--l2", paramLabel = "COST",
      description = "L2 regularisation cost, MAXENT_QN only (default: ${DEFAULT-VALUE}).")
  double l2Cost = SHIPPED.l2Cost();

  @Option(names = "--threads", paramLabel = "N",
      description = "Trainer threads; for CHAIN, perceptrons trained at once (default: ${DEFAULT-VALUE}).")
  int threads = SHIPPED.threads();

  @Option(names = "--seeds", paramLabel = "N",
      description = "CHAIN only: perceptrons trained, each visiting the sentences in its own order, their weights "
          + "summed (default: ${DEFAULT-VALUE}).")
  int seeds = SHIPPED.seeds();

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(train)) {
      err.println("parallax: no such file: " + train);
      return 1;
    }
    NerTrainer.Settings settings;
    try {
      settings = new NerTrainer.Settings(algorithm, iterations, cutoff, gazetteerMinDocs, threads, l1Cost, l2Cost,
          algorithm.equals(NerTrainer.CHAIN) ? seeds : 1);
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    if (clusters != null && !Files.isRegularFile(clusters)) {
      err.println("parallax: no such file: " + clusters);
      return 1;
    }
    if (wordClassFile != null && !Files.isRegularFile(wordClassFile)) {
      err.println("parallax: no such file: " + wordClassFile);
      return 1;
    }
    WordClusters wordClusters = clusters == null ? WordClusters.shipped() : readClusters(clusters);
    WordClasses wordClasses = wordClassFile == null ? WordClasses.shipped() : readClasses(wordClassFile);
    long started = System.nanoTime();
    List<ConllCorpus.Document> documents = ConllCorpus.read(train);
    int sentences = documents.stream().mapToInt(d -> d.sentences().size()).sum();
    err.printf("training on %d documents, %d sentences (%s)...%n", documents.size(), sentences, settings);
    err.flush();
    NerTrainer.train(documents, settings, wordClusters, wordClasses, out);
    spec.commandLine().getOut().printf("wrote %s (%,d bytes) in %.1f s%n", out, Files.size(out),
        (System.nanoTime() - started) / 1e9);
    return 0;
  }

  static WordClusters readClusters(Path file) throws java.io.IOException {
    try (java.io.InputStream in = GzipFiles.open(file)) {
      return WordClusters.read(in);
    } catch (java.io.IOException e) {
      throw new java.io.IOException(file + ": " + e.getMessage(), e);
    }
  }

  private static WordClasses readClasses(Path file) throws java.io.IOException {
    try (java.io.InputStream in = GzipFiles.open(file)) {
      return WordClasses.read(in);
    } catch (java.io.IOException e) {
      throw new java.io.IOException(file + ": " + e.getMessage(), e);
    }
  }
}
