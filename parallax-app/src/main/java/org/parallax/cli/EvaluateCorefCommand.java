package org.parallax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parallax.eval.CorefEvaluation;
import org.parallax.eval.CorefScores;
import org.parallax.eval.EcbPlusDocument;
import org.parallax.extract.entity.EntityCoreference;
import org.parallax.extract.entity.EntityRecognizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax evaluate coref DIR}: cross-document entity coreference scores on ECB+. */
@Command(name = "coref", mixinStandardHelpOptions = true,
    description = {
      "Resolves the human and non-human participant mentions of an ECB+ release",
      "(DIR holds the topic directories and ECBplus_coreference_sentences.csv)",
      "into entities per topic and prints MUC, B-cubed and CEAF-e precision,",
      "recall and F1 and the CoNLL F1 (their mean), singletons included. Only",
      "the validated sentences count unless --all-sentences is given."})
final class EvaluateCorefCommand implements Callable<Integer> {

  enum MentionSource { gold, predicted }

  enum Resolver { names, lemma }

  @Parameters(index = "0", paramLabel = "DIR", description = "The ECB+ directory.")
  Path dir;

  @Option(names = "--mentions", paramLabel = "gold|predicted", defaultValue = "gold",
      description = "Resolve the gold mention spans or the names the recognizer finds (default: ${DEFAULT-VALUE}).")
  MentionSource mentions;

  @Option(names = "--resolver", paramLabel = "names|lemma", defaultValue = "names",
      description = "names: names by canonical form, nominals by head lemma, pronouns to an antecedent; lemma: the "
          + "same-head-lemma baseline (default: ${DEFAULT-VALUE}).")
  Resolver resolver;

  @Option(names = "--all-sentences", description = "Score the mentions of every sentence, not only the validated.")
  boolean allSentences;

  @Option(names = "--json", description = "Print the scores as JSON.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    long started = System.nanoTime();
    List<EcbPlusDocument> documents;
    try {
      documents = EcbPlusDocument.readCorpus(dir, !allSentences);
    } catch (IOException failure) {
      spec.commandLine().getErr().println("parallax: " + failure.getMessage());
      return 1;
    }
    CorefEvaluation.Result r = CorefEvaluation.evaluate(documents,
        mentions == MentionSource.gold ? CorefEvaluation.Mentions.GOLD : CorefEvaluation.Mentions.PREDICTED,
        resolver == Resolver.names ? EntityCoreference.Strategy.NAMES_HEADS_PRONOUNS
            : EntityCoreference.Strategy.SAME_HEAD_LEMMA, EntityRecognizer.shipped());
    double seconds = (System.nanoTime() - started) / 1e9;
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> summary = new LinkedHashMap<>();
      summary.put("dir", dir.toString());
      summary.put("mentions", mentions.name());
      summary.put("resolver", resolver.name());
      summary.put("sentences", allSentences ? "all" : "validated");
      summary.put("topics", r.topics());
      summary.put("documents", r.documents());
      summary.put("goldMentions", r.goldMentions());
      summary.put("goldEntities", r.goldEntities());
      summary.put("responseMentions", r.responseMentions());
      summary.put("responseEntities", r.responseEntities());
      summary.put("muc", scores(r.scores().muc()));
      summary.put("bcubed", scores(r.scores().bcubed()));
      summary.put("ceafe", scores(r.scores().ceafe()));
      summary.put("conllF1", round(r.scores().conllF1()));
      summary.put("seconds", round(seconds));
      Json.print(out, summary);
    } else {
      out.printf("%s: %d topics, %d documents, %s sentences; %d gold mentions in %d entities; %s mentions, %s "
          + "resolver: %d mentions in %d entities (%.1f s)%n", dir, r.topics(), r.documents(),
          allSentences ? "all" : "validated", r.goldMentions(), r.goldEntities(), mentions, resolver,
          r.responseMentions(), r.responseEntities(), seconds);
      print(out, "MUC", r.scores().muc());
      print(out, "B3", r.scores().bcubed());
      print(out, "CEAF-e", r.scores().ceafe());
      out.printf(Locale.ROOT, "%-7s F1 %.4f%n", "CoNLL", r.scores().conllF1());
    }
    out.flush();
    return 0;
  }

  private static Map<String, Object> scores(CorefScores.Score s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("precision", round(s.precision()));
    m.put("recall", round(s.recall()));
    m.put("f1", round(s.f1()));
    return m;
  }

  private static double round(double x) {
    return Math.round(x * 10000) / 10000.0;
  }

  private static void print(PrintWriter out, String measure, CorefScores.Score s) {
    out.printf(Locale.ROOT, "%-7s P %.4f  R %.4f  F1 %.4f%n", measure, s.precision(), s.recall(), s.f1());
  }
}
