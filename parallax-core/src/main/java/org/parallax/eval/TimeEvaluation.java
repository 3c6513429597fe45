package org.parallax.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.parallax.eval.ClusteringScores.Prf;
import org.parallax.extract.time.TimeExpression;

/**
 * The TempEval-3 measures of temporal expression extraction and normalisation against TimeML gold.
 *
 * <p>Strict span: a system expression counts when a gold one has exactly its span. Relaxed span: when they overlap
 * (each gold and each system expression is used at most once, gold in text order taking the first free overlapping
 * system expression). Value and type accuracy are over the relaxed pairs; value F1 and type F1 are the relaxed F1
 * times those accuracies, as the TempEval-3 scorer reports them. The modifier (TIMEX3 {@code mod}, which TempEval-3
 * does not score) is measured over the relaxed pairs: precision over the pairs where the system gives one,
 * recall over those where the gold does, a modifier counting when it is the same.
 */
public record TimeEvaluation(int documents, int gold, int system, int strictMatches, int relaxedMatches,
    int valueMatches, int typeMatches, Prf strict, Prf relaxed, double valueAccuracy, double valueF1,
    double typeAccuracy, double typeF1, Prf mod, List<Mismatch> mismatches) {

  /**
   * One disagreement: a gold expression with no system partner ({@code system} null), a system expression with no
   * gold partner ({@code gold} null), or a pair whose value, type, modifier or exact span differ.
   */
  public record Mismatch(String document, TimeExpression gold, TimeExpression system) {}

  public TimeEvaluation {
    mismatches = List.copyOf(mismatches);
  }

  /** Reads every {@code *.tml} file under {@code dir} (sorted by path) and scores {@code system} on them. */
  public static TimeEvaluation run(Path dir, BiFunction<String, LocalDate, List<TimeExpression>> system)
      throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException(dir + ": not a directory");
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(p -> p.getFileName().toString().endsWith(".tml")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IOException(dir + ": no .tml files");
    }
    List<TimeMlDocument> docs = new ArrayList<>();
    for (Path f : files) {
      docs.add(TimeMlDocument.read(f));
    }
    return score(docs, system);
  }

  /** Scores {@code system}, given each document's text and creation date, against the documents' gold. */
  public static TimeEvaluation score(List<TimeMlDocument> documents,
      BiFunction<String, LocalDate, List<TimeExpression>> system) {
    int gold = 0;
    int found = 0;
    int strict = 0;
    int relaxed = 0;
    int values = 0;
    int types = 0;
    int systemMods = 0;
    int goldMods = 0;
    int sameMods = 0;
    List<Mismatch> mismatches = new ArrayList<>();
    for (TimeMlDocument doc : documents) {
      List<TimeExpression> predicted = system.apply(doc.text(), doc.created());
      gold += doc.gold().size();
      found += predicted.size();
      boolean[] used = new boolean[predicted.size()];
      for (TimeExpression g : doc.gold()) {
        int partner = -1;
        for (int i = 0; i < predicted.size() && partner < 0; i++) {
          if (!used[i] && predicted.get(i).span().equals(g.span())) {
            partner = i;
          }
        }
        for (int i = 0; i < predicted.size() && partner < 0; i++) {
          if (!used[i] && predicted.get(i).span().overlaps(g.span())) {
            partner = i;
          }
        }
        if (partner < 0) {
          mismatches.add(new Mismatch(doc.id(), g, null));
          continue;
        }
        used[partner] = true;
        TimeExpression s = predicted.get(partner);
        relaxed++;
        boolean sameSpan = s.span().equals(g.span());
        boolean sameValue = s.value().equals(g.value());
        boolean sameType = s.type().equals(g.type());
        strict += sameSpan ? 1 : 0;
        values += sameValue ? 1 : 0;
        types += sameType ? 1 : 0;
        systemMods += s.mod() != null ? 1 : 0;
        goldMods += g.mod() != null ? 1 : 0;
        sameMods += g.mod() != null && g.mod().equals(s.mod()) ? 1 : 0;
        if (!sameSpan || !sameValue || !sameType || !java.util.Objects.equals(g.mod(), s.mod())) {
          mismatches.add(new Mismatch(doc.id(), g, s));
        }
      }
      for (int i = 0; i < predicted.size(); i++) {
        if (!used[i]) {
          mismatches.add(new Mismatch(doc.id(), null, predicted.get(i)));
        }
      }
    }
    Prf strictPrf = Prf.of(ratio(strict, found), ratio(strict, gold));
    Prf relaxedPrf = Prf.of(ratio(relaxed, found), ratio(relaxed, gold));
    double valueAccuracy = ratio(values, relaxed);
    double typeAccuracy = ratio(types, relaxed);
    return new TimeEvaluation(documents.size(), gold, found, strict, relaxed, values, types, strictPrf, relaxedPrf,
        valueAccuracy, relaxedPrf.f1() * valueAccuracy, typeAccuracy, relaxedPrf.f1() * typeAccuracy,
        Prf.of(ratio(sameMods, systemMods), ratio(sameMods, goldMods)), mismatches);
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? 0 : part / (double) whole;
  }
}
