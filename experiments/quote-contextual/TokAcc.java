package org.parallax.extract.quote;

import java.nio.file.*;
import java.util.*;
import org.parallax.eval.*;

/** Throwaway: token accuracy of the shipped tagger's labels against the gold labels on dev. */
public class TokAcc {
  public static void main(String[] a) throws Exception {
    List<QuoteTrainer.Example> ex = Export.examples(BratDocument.readDirectory(Paths.get(a[0])));
    long ok = 0, n = 0;
    for (QuoteTrainer.Example e : ex) {
      TagInput in = TagInput.of(e.text());
      int[] g = QuoteTrainer.labels(in, e.gold());
      int[] p = AttributionTagger.shipped().labels(in);
      for (int i = 0; i < g.length; i++) { if (g[i] == p[i]) ok++; n++; }
    }
    System.out.printf("token accuracy %.4f over %d tokens%n", ok / (double) n, n);
  }
}
