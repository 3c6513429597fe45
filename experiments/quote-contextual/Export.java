package org.parallax.extract.quote;

import java.io.*;
import java.nio.file.*;
import java.util.*;
import org.parallax.eval.*;
import org.parallax.extract.entity.WordClasses;

/** Throwaway: per-token inputs and gold labels for a neural tagger experiment. */
public class Export {
  static List<QuoteTrainer.Example> examples(List<BratDocument> docs) {
    List<QuoteTrainer.Example> out = new ArrayList<>();
    for (BratDocument d : docs) {
      List<QuoteTrainer.Gold> gold = new ArrayList<>();
      for (BratDocument.Annotation a : d.annotations())
        if (List.of("Source", "Cue", "Content").contains(a.type())) gold.add(new QuoteTrainer.Gold(a.type(), a.segments()));
      out.add(new QuoteTrainer.Example(d.text(), gold));
    }
    return out;
  }
  public static void main(String[] a) throws Exception {
    List<QuoteTrainer.Example> ex = examples(BratDocument.readDirectory(Paths.get(a[0])));
    WordClasses wc = WordClasses.shipped();
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Paths.get(a[1])))) {
      for (QuoteTrainer.Example e : ex) {
        TagInput in = TagInput.of(e.text());
        int[] gold = QuoteTrainer.labels(in, e.gold());
        for (int i = 0; i < in.size; i++) {
          int[] k = wc.classesOf(in.norm[i]);
          String c = in.cluster[i];
          out.println(String.join("\t", in.norm[i].replace('\t', ' '), in.shape[i], in.cue[i],
              (in.ruleBegins[i] ? "B" : "I") + TagInput.ROLES[in.ruleRole[i]], in.inQuote[i] + "" + TagInput.isQuoteMark(in.text.substring(in.start[i], in.end[i])),
              in.sentenceStart[i] + "" + in.paragraphStart[i], TagFeatures.prefix(c, 4), TagFeatures.prefix(c, 8), c,
              k == null ? "none" : "" + k[0], k == null ? "none" : "" + k[1], k == null ? "none" : "" + k[2], "" + gold[i]));
        }
        out.println();
      }
    }
  }
}
