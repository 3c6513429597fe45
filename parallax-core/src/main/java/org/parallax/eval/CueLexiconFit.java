package org.parallax.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

  /**
   * One phrase of consecutive words: how often it is a whole gold cue (a cue segment with exactly its bounds), how
   * often it occurs at all, and in how many documents it is a cue.
   */
  public record Phrase(String words, int asCue, int occurrences, int documents) {
    public double precision() {
      return occurrences == 0 ? 0 : asCue / (double) occurrences;
    }
  }

  /**
   * The phrases of 1 to {@code maxWords} words (normalised as {@link Tokenizer#normalise(String)}, joined by one
   * space, only white space between them in the text) that are a whole gold cue at least {@code minCount} times, in
   * at least {@code minDocuments} texts (documents with the same name before their last "_", PolNeAR's annotator
   * suffix, count once) and in at least {@code minPrecision} of their occurrences; most frequent first. Words with an
   * apostrophe are left out, as the tagger's tokens split them.
   */
  public static List<Phrase> fitPhrases(List<BratDocument> training, int maxWords, int minCount, int minDocuments,
      double minPrecision) {
    if (maxWords < 1) {
      throw new IllegalArgumentException("The parameter 'maxWords' must be at least 1, got " + maxWords);
    }
    Map<String, int[]> counts = new HashMap<>();
    Map<String, Set<String>> texts = new HashMap<>();
    for (BratDocument d : training) {
      String text = d.text();
      int cut = d.name().lastIndexOf('_');
      String textName = cut > 0 ? d.name().substring(0, cut) : d.name();
      Set<Span> cues = new HashSet<>();
      d.annotations().stream().filter(a -> a.type().equals("Cue")).forEach(a -> cues.addAll(a.segments()));
      List<Token> words = Tokenizer.words(text);
      for (int i = 0; i < words.size(); i++) {
        StringBuilder phrase = new StringBuilder();
        for (int k = i; k < words.size() && k - i < maxWords; k++) {
          Token w = words.get(k);
          if (w.norm().indexOf('\'') >= 0 || (k > i && !text.substring(words.get(k - 1).span().end(),
              w.span().start()).isBlank())) {
            break;
          }
          phrase.append(k > i ? " " : "").append(w.norm());
          String key = phrase.toString();
          int[] c = counts.computeIfAbsent(key, x -> new int[2]);
          c[1]++;
          Span cp = new Span(words.get(i).span().start(), w.span().end()).toCodePoints(text);
          if (cues.contains(cp)) {
            c[0]++;
            texts.computeIfAbsent(key, x -> new HashSet<>()).add(textName);
          }
        }
      }
    }
    List<Phrase> out = new ArrayList<>();
    counts.forEach((k, c) -> {
      int documents = texts.getOrDefault(k, Set.of()).size();
      Phrase p = new Phrase(k, c[0], c[1], documents);
      if (p.asCue() >= minCount && documents >= minDocuments && p.precision() >= minPrecision) {
        out.add(p);
      }
    });
    out.sort((a, b) -> a.asCue() != b.asCue() ? Integer.compare(b.asCue(), a.asCue()) : a.words().compareTo(b.words()));
    return out;
  }
}
