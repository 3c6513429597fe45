package org.parallax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parallax.eval.BratDocument;
import org.parallax.eval.QuoteEvaluation;
import org.parallax.eval.QuoteScores;
import org.parallax.eval.SentenceQuoteEvaluation;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.function.Function;
import org.parallax.extract.quote.Attribution;
import org.parallax.extract.quote.AttributionTagger;
import org.parallax.extract.quote.Attributions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parallax evaluate quotes DIR}: exact-span P/R/F1 of quote attribution against BRAT gold (PolNeAR). */
@Command(name = "quotes", mixinStandardHelpOptions = true,
    description = {
      "Scores quote attribution on a BRAT directory (PolNeAR layout: DIR/attributions/*.ann, DIR/text/*.txt;",
      "or NAME.ann next to NAME.txt): exact-span precision, recall and F1 for source, cue and content, and for",
      "the content of direct quotes alone. By default the shipped attribution tagger is scored.",
      "With --sentences, DIR is a sentence-level BIO split instead (JSON Lines with tokens and labels, the form of",
      "the published PolNeAR figures): each line is tagged alone and its chunks are scored by exact token bounds."})
final class EvaluateQuotesCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "DIR", description = "A directory of BRAT .ann files and their texts.")
  Path dir;

  @Option(names = "--json", description = "Print the scores as JSON.")
  boolean json;

  @Option(names = "--model", paramLabel = "MODEL", description = "Score this tagger model (from 'train quotes').")
  Path model;

  @Option(names = "--partner", paramLabel = "MODEL",
      description = "With --model: decode with this partner model too (from 'train quotes').")
  Path partner;

  @Option(names = "--partner-weight", paramLabel = "W", defaultValue = "" + AttributionTagger.PARTNER_WEIGHT,
      description = "The partner's weight in [0, 1) against the model's (default: ${DEFAULT-VALUE}).")
  double partnerWeight;

  @Option(names = "--rules", description = "Score the rules alone, without the tagger.")
  boolean rules;

  @Option(names = "--sentences",
      description = "DIR is a sentence-level BIO file (JSON Lines: tokens, labels) scored as the published figures are.")
  boolean sentences;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    List<BratDocument> documents = List.of();
    List<SentenceQuoteEvaluation.Sentence> lines = List.of();
    try {
      if (sentences) {
        lines = SentenceQuoteEvaluation.read(dir);
      } else {
        documents = BratDocument.readDirectory(dir);
      }
    } catch (IOException e) {
      spec.commandLine().getErr().println("parallax: " + e.getMessage());
      return 1;
    }
    if (documents.isEmpty() && lines.isEmpty()) {
      spec.commandLine().getErr().println("parallax: " + dir + (sentences ? ": no lines" : ": no .ann files"));
      return 1;
    }
    Function<String, List<Attribution>> extractor;
    if (rules) {
      extractor = Attributions::find;
    } else if (model != null) {
      try (InputStream in = Files.newInputStream(model);
          InputStream other = partner == null ? null : Files.newInputStream(partner)) {
        AttributionTagger tagger = other == null ? AttributionTagger.read(in)
            : AttributionTagger.read(in, other, partnerWeight);
        extractor = tagger::attributions;
      } catch (IOException | IllegalArgumentException e) {
        spec.commandLine().getErr().println("parallax: cannot read model " + model
            + (partner == null ? "" : " with partner " + partner) + ": " + e.getMessage());
        return 1;
      }
    } else {
      extractor = AttributionTagger::find;
    }
    long started = System.nanoTime();
    QuoteScores scores = sentences ? SentenceQuoteEvaluation.evaluate(lines, extractor)
        : QuoteEvaluation.evaluate(documents, extractor);
    double seconds = (System.nanoTime() - started) / 1e9;
    int mismatches = documents.stream().mapToInt(BratDocument::mismatches).sum();
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("directory", dir.toString());
      m.put(sentences ? "sentences" : "documents", scores.documents());
      m.put("offsetMismatches", mismatches);
      m.put("seconds", Math.round(seconds * 100) / 100.0);
      m.put("source", figures(scores.source()));
      m.put("cue", figures(scores.cue()));
      m.put("content", figures(scores.content()));
      m.put("directContent", figures(scores.directContent()));
      Json.print(out, m);
    } else {
      if (sentences) {
        out.printf("%s: %d sentences (%.1f s), chunks by exact token bounds%n", dir, scores.documents(), seconds);
      } else {
        out.printf("%s: %d documents (%.1f s), %d gold spans whose text differs at their offsets%n", dir,
            scores.documents(), seconds, mismatches);
      }
      out.printf("%-15s %9s %9s %9s %9s %9s %9s%n", "role", "P", "R", "F1", "predicted", "gold", "correct");
      row(out, "source", scores.source());
      row(out, "cue", scores.cue());
      row(out, "content", scores.content());
      row(out, "direct content", scores.directContent());
    }
    return 0;
  }

  private static void row(PrintWriter out, String name, QuoteScores.Counts c) {
    out.printf("%-15s %9.4f %9.4f %9.4f %9d %9d %9d%n", name, c.precision(), c.recall(), c.f1(), c.predicted(),
        c.gold(), c.correct());
  }

  private static Map<String, Object> figures(QuoteScores.Counts c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("precision", round(c.precision()));
    m.put("recall", round(c.recall()));
    m.put("f1", round(c.f1()));
    m.put("predicted", c.predicted());
    m.put("gold", c.gold());
    m.put("correct", c.correct());
    return m;
  }

  private static double round(double x) {
    return Math.round(x * 10000) / 10000.0;
  }
}
