package org.parallax.extract.quote;

import java.nio.file.*;
import java.util.*;
import org.parallax.eval.*;

/** Throwaway: per-token label log-probabilities from a file mixed into the beam. */
public class NnMix {
  static String f(QuoteScores.Counts c) { return String.format("%.4f", c.f1()); }
  public static void main(String[] a) throws Exception {
    List<BratDocument> dev = BratDocument.readDirectory(Paths.get(a[0]));
    List<double[][]> probs = new ArrayList<>();
    List<double[]> cur = new ArrayList<>();
    for (String line : Files.readAllLines(Paths.get(a[1]))) {
      if (line.isEmpty()) { probs.add(cur.toArray(new double[0][])); cur = new ArrayList<>(); continue; }
      cur.add(Arrays.stream(line.split(" ")).mapToDouble(Double::parseDouble).toArray());
    }
    Map<String, double[][]> byText = new HashMap<>();
    for (int d = 0; d < dev.size(); d++) byText.put(dev.get(d).text(), probs.get(d));
    AttributionTagger.extra = in -> { double[][] p = byText.get(in.text); if (p.length != in.size) throw new IllegalStateException(); return p; };
    for (String w : a[2].split(",")) {
      AttributionTagger.extraWeight = Double.parseDouble(w);
      QuoteScores s = QuoteEvaluation.evaluate(dev, AttributionTagger.shipped()::attributions);
      System.out.printf("weight %s: source %s cue %s content %s (P %.4f R %.4f) direct %s%n", w, f(s.source()), f(s.cue()), f(s.content()), s.content().precision(), s.content().recall(), f(s.directContent()));
    }
  }
}
