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
      "byte for byte."})
final class TrainQuotesCommand implements Callable<Integer> {

  private static final QuoteTrainer.Settings SHIPPED = QuoteTrainer.Settings.SHIPPED;

  @Option(names = "--train", required = true, paramLabel = "DIR", description = "BRAT training directory.")
  Path train;

  @Option(names = "--out", required = true, paramLabel = "MODEL", description = "Where to write the model.")
  Path out;

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
    err.printf("training on %d documents (%s)...%n", examples.size(), settings);
    err.flush();
    QuoteTrainer.write(QuoteTrainer.train(examples, settings), out);
    spec.commandLine().getOut().printf("wrote %s (%,d bytes) in %.1f s%n", out, Files.size(out),
        (System.nanoTime() - started) / 1e9);
    return 0;
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
