package org.parallax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.parallax.eval.BratDocument;
import org.parallax.extract.quote.QuoteTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parallax train quotes}: trains the attribution tagger from BRAT documents, as the shipped one was. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
    description = {
      "Trains the attribution tagger from a BRAT directory (PolNeAR layout: DIR/attributions/*.ann, DIR/text/*.txt).",
      "With the default settings and PolNeAR's training part it reproduces the model shipped in parallax-core",
      "byte for byte; with --stack-out it trains the second stage as well (stacked: from the first stage's",
      "cross-validated labels on the training texts), and the defaults reproduce the shipped second stage too."})
final class TrainQuotesCommand implements Callable<Integer> {

  private static final QuoteTrainer.Settings SHIPPED = QuoteTrainer.Settings.SHIPPED;

  @Option(names = "--train", required = true, paramLabel = "DIR", description = "BRAT training directory.")
  Path train;

  @Option(names = "--out", paramLabel = "MODEL", description = "Where to write the (first-stage) model.")
  Path out;

  @Option(names = "--stack-out", paramLabel = "MODEL",
      description = "Where to write the second-stage model, trained on the first stage's cross-validated labels.")
  Path stackOut;

  @Option(names = "--folds", paramLabel = "K",
      description = "Folds of the training documents for the second stage's labels (default: ${DEFAULT-VALUE}).")
  int folds = 4;

  @Option(names = "--fold-labels", paramLabel = "FILE", description = {
      "Keep the cross-validated first-stage labels in FILE: read from it when it exists (it must come from the same",
      "training directory and settings), else computed and written there."})
  Path foldLabels;

  @Option(names = "--algorithm", paramLabel = "NAME", description = "MAXENT, MAXENT_QN or PERCEPTRON (default: ${DEFAULT-VALUE}).")
  String algorithm = SHIPPED.algorithm();

  @Option(names = "--iterations", paramLabel = "N", description = "Training iterations (default: ${DEFAULT-VALUE}).")
  int iterations = SHIPPED.iterations();

  @Option(names = "--cutoff", paramLabel = "N", description = "Drop features seen fewer times (default: ${DEFAULT-VALUE}).")
  int cutoff = SHIPPED.cutoff();

  @Option(names = "--l1", paramLabel = "COST", description = "MAXENT_QN's L1 cost (default: ${DEFAULT-VALUE}).")
  double l1 = SHIPPED.l1();

  @Option(names = "--l2", paramLabel = "COST", description = "MAXENT_QN's L2 cost (default: ${DEFAULT-VALUE}).")
  double l2 = SHIPPED.l2();

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    QuoteTrainer.Settings settings;
    try {
      settings = new QuoteTrainer.Settings(algorithm, iterations, cutoff, l1, l2);
      if (out == null && stackOut == null) {
        throw new IllegalArgumentException("give --out, --stack-out or both");
      }
      if (folds < 2) {
        throw new IllegalArgumentException("--folds must be >= 2, got " + folds);
      }
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    long started = System.nanoTime();
    List<BratDocument> documents = readTraining(train, err);
    if (documents == null) {
      return 1;
    }
    List<QuoteTrainer.Example> examples = new ArrayList<>();
    for (BratDocument d : documents) {
      List<QuoteTrainer.Gold> gold = new ArrayList<>();
      for (BratDocument.Annotation a : d.annotations()) {
        if (List.of("Source", "Cue", "Content").contains(a.type())) {
          gold.add(new QuoteTrainer.Gold(a.type(), a.segments()));
        }
      }
      examples.add(new QuoteTrainer.Example(d.text(), gold));
    }
    if (out != null) {
      err.printf("training on %d documents (%s)...%n", examples.size(), settings);
      err.flush();
      QuoteTrainer.write(QuoteTrainer.train(examples, settings), out);
      wrote(out, started);
    }
    if (stackOut != null) {
      List<QuoteTrainer.Example> all = examples;
      List<org.parallax.extract.quote.AttributionTagger.Tagged> first;
      if (foldLabels != null && Files.exists(foldLabels)) {
        first = QuoteTrainer.readLabellings(foldLabels);
        if (first.size() != examples.size()) {
          err.printf("parallax: %s holds %d labellings for %d documents%n", foldLabels, first.size(),
              examples.size());
          return 1;
        }
      } else {
        first = QuoteTrainer.crossValidated(examples, settings, folds, f -> {
          err.printf("fold %d of %d: training on the other folds (%s)...%n", f + 1, folds, settings);
          err.flush();
        });
        if (foldLabels != null) {
          QuoteTrainer.writeLabellings(first, foldLabels);
          wrote(foldLabels, started);
        }
      }
      err.printf("training the second stage on %d documents (%s)...%n", all.size(), settings);
      err.flush();
      QuoteTrainer.write(QuoteTrainer.trainStack(all, first, settings), stackOut);
      wrote(stackOut, started);
    }
    return 0;
  }

  private void wrote(Path file, long started) throws IOException {
    spec.commandLine().getOut().printf("wrote %s (%,d bytes) in %.1f s%n", file, Files.size(file),
        (System.nanoTime() - started) / 1e9);
    spec.commandLine().getOut().flush();
  }

  /** The BRAT documents of {@code train}, or null, with the reason said on {@code err}, when there are none. */
  static List<BratDocument> readTraining(Path train, PrintWriter err) {
    if (!Files.isDirectory(train)) {
      err.println("parallax: no such directory: " + train);
      return null;
    }
    try {
      List<BratDocument> documents = BratDocument.readDirectory(train);
      if (documents.isEmpty()) {
        err.println("parallax: " + train + ": no .ann files");
        return null;
      }
      return documents;
    } catch (IOException e) {
      err.println("parallax: " + e.getMessage());
      return null;
    }
  }
}
