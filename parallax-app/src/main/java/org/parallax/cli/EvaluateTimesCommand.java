package org.parallax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parallax.eval.ClusteringScores.Prf;
import org.parallax.eval.TimeEvaluation;
import org.parallax.extract.time.TimeExpression;
import org.parallax.extract.time.TimeExpressions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax evaluate times DIR}: the TempEval-3 scores of the time expression tagger on TimeML gold. */
@Command(name = "times", mixinStandardHelpOptions = true,
    description = {
      "Runs the temporal expression tagger on every .tml file under DIR (TimeML,",
      "such as TempEval-3's TBAQ-cleaned), anchored on each document's creation",
      "time, and prints the TempEval-3 measures: strict and relaxed span",
      "precision, recall and F1, value and type accuracy over the relaxed",
      "matches, and value and type F1 (relaxed F1 times the accuracy)."})
final class EvaluateTimesCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "DIR", description = "A directory of TimeML (.tml) files, searched recursively.")
  Path dir;

  @Option(names = "--json", description = "Print the scores as JSON.")
  boolean json;

  @Option(names = "--mismatches", description = "Also list every disagreement with the gold, one per line (TSV: "
      + "document, kind, gold text, type, value, system text, type, value).")
  boolean mismatches;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    TimeEvaluation e;
    long started = System.nanoTime();
    try {
      e = TimeEvaluation.run(dir, TimeExpressions::find);
    } catch (IOException failure) {
      spec.commandLine().getErr().println("parallax: " + failure.getMessage());
      return 1;
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> summary = new LinkedHashMap<>();
      summary.put("dir", dir.toString());
      summary.put("documents", e.documents());
      summary.put("gold", e.gold());
      summary.put("system", e.system());
      summary.put("strict", e.strict());
      summary.put("relaxed", e.relaxed());
      summary.put("valueAccuracy", e.valueAccuracy());
      summary.put("valueF1", e.valueF1());
      summary.put("typeAccuracy", e.typeAccuracy());
      summary.put("typeF1", e.typeF1());
      summary.put("mod", e.mod());
      summary.put("seconds", Math.round(seconds * 100) / 100.0);
      Json.print(out, summary);
    } else {
      out.printf("%s: %d documents, %d gold expressions, %d found (%.1f s)%n", dir, e.documents(), e.gold(),
          e.system(), seconds);
      print(out, "strict span", e.strict());
      print(out, "relaxed span", e.relaxed());
      out.printf("%-13s accuracy %.4f  F1 %.4f%n", "value", e.valueAccuracy(), e.valueF1());
      out.printf("%-13s accuracy %.4f  F1 %.4f%n", "type", e.typeAccuracy(), e.typeF1());
      print(out, "mod (pairs)", e.mod());
    }
    if (mismatches) {
      for (TimeEvaluation.Mismatch m : e.mismatches()) {
        String kind = m.system() == null ? "missed" : m.gold() == null ? "spurious"
            : !m.gold().value().equals(m.system().value()) ? "value" : !m.gold().type().equals(m.system().type())
                ? "type" : !java.util.Objects.equals(m.gold().mod(), m.system().mod()) ? "mod" : "span";
        out.println(m.document() + "\t" + kind + "\t" + cells(m.gold()) + "\t" + cells(m.system()));
      }
    }
    out.flush();
    return 0;
  }

  private static void print(PrintWriter out, String label, Prf prf) {
    out.printf("%-13s P %.4f  R %.4f  F1 %.4f%n", label, prf.precision(), prf.recall(), prf.f1());
  }

  private static String cells(TimeExpression t) {
    return t == null ? "\t\t" : Terminal.safe(t.text().replaceAll("\\s+", " ")) + "\t" + t.type() + "\t" + t.value()
        + (t.mod() == null ? "" : " " + t.mod());
  }
}
