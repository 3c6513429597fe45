package org.parallax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parallax.eval.NerEvaluation;
import org.parallax.eval.NerTextEvaluation;
import org.parallax.extract.entity.ConllCorpus;
import org.parallax.extract.entity.EntityRecognizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax evaluate ner FILE}: entity-level P/R/F1 of the name finder on a CoNLL-2003 file, as conlleval. */
@Command(name = "ner", mixinStandardHelpOptions = true,
    description = {
      "Scores the name finder on a CoNLL-2003 file (e.g. eng.testa) as the conlleval script does: entity-level",
      "precision, recall and F1, overall and per type. With --speed it also times recognition over the texts of",
      "a JSON Lines article file (.gz too) and prints articles per second."})
final class EvaluateNerCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FILE", description = "CoNLL-2003 file with gold IOB1 tags.")
  Path file;

  @Option(names = "--model", paramLabel = "MODEL", description = "A model file (default: the shipped model).")
  Path model;

  @Option(names = "--speed", paramLabel = "ARTICLES.jsonl[.gz]",
      description = "Also time EntityRecognizer.find over the 'text' fields of these articles (one thread).")
  Path speed;

  @Option(names = "--articles", paramLabel = "N", defaultValue = "5000",
      description = "How many articles --speed reads at most (default: ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--from-text", description = "Score the whole run-time pipeline instead: detokenise each document "
      + "into plain text and match found mentions to gold entities by character span and type.")
  boolean fromText;

  @Option(names = "--json", description = "Print the scores as JSON.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    for (Path p : speed == null ? List.of(file) : List.of(file, speed)) {
      if (!Files.isRegularFile(p)) {
        err.println("parallax: no such file: " + p);
        return 1;
      }
    }
    EntityRecognizer recognizer = model == null ? EntityRecognizer.shipped()
        : EntityRecognizer.load(model);
    List<ConllCorpus.Document> documents = ConllCorpus.read(file);
    NerEvaluation.Result result = fromText ? NerTextEvaluation.evaluate(recognizer, documents)
        : NerEvaluation.evaluate(recognizer, documents);
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("file", file.toString());
    summary.put("mode", fromText ? "text" : "tokens");
    summary.put("tokens", result.tokens());
    summary.put("overall", scores(result.overall()));
    Map<String, Object> byType = new LinkedHashMap<>();
    result.byType().values().stream().sorted(java.util.Comparator.comparing(NerEvaluation.Score::type))
        .forEach(s -> byType.put(s.type(), scores(s)));
    summary.put("types", byType);
    if (speed != null) {
      summary.put("speed", speed(recognizer));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Json.print(out, summary);
    } else {
      out.printf(fromText ? "%s: %d tokens, detokenised, scored by character span%n"
          : "%s: %d tokens, token accuracy %.4f%n", file, result.tokens(), result.tokenAccuracy());
      print(out, result.overall());
      result.byType().values().stream().sorted(java.util.Comparator.comparing(NerEvaluation.Score::type))
          .forEach(s -> print(out, s));
      if (speed != null) {
        @SuppressWarnings("unchecked")
        Map<String, Object> s = (Map<String, Object>) summary.get("speed");
        out.printf("speed: %s articles (%s chars, %s mentions) in %s s: %s articles/s%n", s.get("articles"),
            s.get("chars"), s.get("mentions"), s.get("seconds"), s.get("articlesPerSecond"));
      }
    }
    out.flush();
    return 0;
  }

  private Map<String, Object> speed(EntityRecognizer recognizer) throws IOException {
    List<String> texts = readTexts(speed, articles);
    long chars = texts.stream().mapToLong(String::length).sum();
    int warm = Math.min(200, texts.size());
    for (int i = 0; i < warm; i++) {
      recognizer.find(texts.get(i));
    }
    long mentions = 0;
    long started = System.nanoTime();
    for (String text : texts) {
      mentions += recognizer.find(text).size();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("file", speed.toString());
    s.put("articles", texts.size());
    s.put("chars", chars);
    s.put("mentions", mentions);
    s.put("seconds", Math.round(seconds * 100) / 100.0);
    s.put("articlesPerSecond", Math.round(texts.size() / seconds));
    return s;
  }

  private static List<String> readTexts(Path path, int limit) throws IOException {
    List<String> texts = new ArrayList<>();
    JsonLinesFile.read(path, node -> {
      String text = node.path("text").asText("");
      if (!text.isBlank()) {
        texts.add(text);
      }
      return texts.size() < limit;
    });
    return texts;
  }

  private static Map<String, Object> scores(NerEvaluation.Score s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("gold", s.gold());
    m.put("predicted", s.predicted());
    m.put("correct", s.correct());
    m.put("precision", round(s.precision()));
    m.put("recall", round(s.recall()));
    m.put("f1", round(s.f1()));
    return m;
  }

  private static double round(double x) {
    return Math.round(x * 10000) / 10000.0;
  }

  private static void print(PrintWriter out, NerEvaluation.Score s) {
    out.printf("%-5s P %.4f  R %.4f  F1 %.4f  (gold %d, predicted %d, correct %d)%n", s.type(), s.precision(),
        s.recall(), s.f1(), s.gold(), s.predicted(), s.correct());
  }
}
