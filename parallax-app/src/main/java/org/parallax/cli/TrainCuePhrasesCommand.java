package org.parallax.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parallax.eval.BratDocument;
import org.parallax.eval.CueLexiconFit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parallax train cue-phrases}: fits the cue-phrase list of the attribution pipeline, as the shipped one was. */
@Command(name = "cue-phrases", mixinStandardHelpOptions = true,
    description = {
      "Fits the list of cue phrases that finds the attributions the tagger leaves untouched, from a BRAT directory",
      "(PolNeAR layout: DIR/attributions/*.ann, DIR/text/*.txt): the phrases of a few words that are a whole gold cue",
      "often, in several texts and in most of their occurrences. With the default settings and PolNeAR's training",
      "part it reproduces the list shipped in parallax-core byte for byte."})
final class TrainCuePhrasesCommand implements Callable<Integer> {

  @Option(names = "--train", required = true, paramLabel = "DIR", description = "BRAT training directory.")
  Path train;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the list.")
  Path out;

  @Option(names = "--max-words", paramLabel = "N", description = "Longest phrase in words (default: ${DEFAULT-VALUE}).")
  int maxWords = 3;

  @Option(names = "--min-count", paramLabel = "N",
      description = "Least times a phrase is a whole gold cue (default: ${DEFAULT-VALUE}).")
  int minCount = 3;

  @Option(names = "--min-documents", paramLabel = "N",
      description = "Least texts in which it is a cue (default: ${DEFAULT-VALUE}).")
  int minDocuments = 3;

  @Option(names = "--min-precision", paramLabel = "P",
      description = "Least share of its occurrences that are a cue (default: ${DEFAULT-VALUE}).")
  double minPrecision = 0.6;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    if (maxWords < 1 || minCount < 1 || minDocuments < 1 || !(minPrecision >= 0 && minPrecision <= 1)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--max-words, --min-count and --min-documents must be at least 1 and --min-precision between 0 and 1");
    }
    List<BratDocument> documents = TrainQuotesCommand.readTraining(train, err);
    if (documents == null) {
      return 1;
    }
    List<CueLexiconFit.Phrase> phrases =
        CueLexiconFit.fitPhrases(documents, maxWords, minCount, minDocuments, minPrecision);
    StringBuilder text = new StringBuilder();
    text.append(String.format(Locale.ROOT, "# Cue phrases of UntaggedCues (parallax train cue-phrases --max-words %d"
        + " --min-count %d --min-documents %d --min-precision %s),%n", maxWords, minCount, minDocuments,
        minPrecision));
    text.append("# most frequent first; one phrase a line.\n");
    phrases.forEach(p -> text.append(p.words()).append('\n'));
    Files.writeString(out, text, StandardCharsets.UTF_8);
    spec.commandLine().getOut().printf("wrote %d phrases from %d documents to %s%n", phrases.size(),
        documents.size(), out);
    return 0;
  }
}
