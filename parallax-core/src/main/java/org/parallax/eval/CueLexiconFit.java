package org.parallax.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parallax.model.Span;
import org.parallax.text.Token;
import org.parallax.text.Tokenizer;

/**
 * Derives a cue lexicon from BRAT training gold: the word forms that lie inside a gold cue often enough, and
 * precisely enough, to be worth a rule. Run on PolNeAR's training part only; never on the part that is scored.
 */
public final class CueLexiconFit {

  /** One word form: how often it stands inside a gold cue, and how often it occurs at all. */
  public record Entry(String word, int inCue, int occurrences) {
    public double precision() {
      return occurrences == 0 ? 0 : inCue / (double) occurrences;
    }
  }

  private CueLexiconFit() {}

  /**
   * The word forms (normalised as {@link Tokenizer#normalise(String)}) inside a gold cue at least {@code minCount}
   * times and in at least {@code minPrecision} of their occurrences, most frequent first.
   */
  public static List<Entry> fit(List<BratDocument> training, int minCount, double minPrecision) {
    Map<String, int[]> counts = new HashMap<>();
    for (BratDocument d : training) {
      String text = d.text();
      List<Span> cues = d.annotations().stream().filter(a -> a.type().equals("Cue"))
          .flatMap(a -> a.segments().stream()).toList();
      for (Token t : Tokenizer.words(text)) {
        Span cp = t.span().toCodePoints(text);
        int[] c = counts.computeIfAbsent(t.norm(), k -> new int[2]);
        c[1]++;
        if (cues.stream().anyMatch(s -> s.contains(cp))) {
          c[0]++;
        }
      }
    }
    return counts.entrySet().stream()
        .map(e -> new Entry(e.getKey(), e.getValue()[0], e.getValue()[1]))
        .filter(e -> e.inCue() >= minCount && e.precision() >= minPrecision)
        .sorted((a, b) -> a.inCue() != b.inCue() ? Integer.compare(b.inCue(), a.inCue()) : a.word().compareTo(b.word()))
        .toList();
  }
}
