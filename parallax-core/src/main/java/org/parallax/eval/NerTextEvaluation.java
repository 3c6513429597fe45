package org.parallax.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.parallax.extract.entity.Chunk;
import org.parallax.extract.entity.ConllCorpus;
import org.parallax.extract.entity.EntityRecognizer;
import org.parallax.extract.entity.Iob1;
import org.parallax.extract.entity.Mention;

/**
 * Scores the whole run-time name pipeline ({@link EntityRecognizer#names}: sentence splitting, tokenising, tagging,
 * linking) on CoNLL-2003 gold: each document is detokenised into plain text (no space before closing punctuation
 * and {@code 's}, none after opening brackets, sentences on their own lines), and a found mention is correct when
 * its character span and type equal a gold entity's. Differs from {@link NerEvaluation} only where the run-time
 * tokeniser or sentence splitter cuts the text otherwise than CoNLL did.
 */
public final class NerTextEvaluation {

  private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ";", ":", "!", "?", "'s", "'S", "'", ")", "]",
      "}", "%", "n't");
  private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "{", "$");

  private record Entity(int start, int end, String type) {}

  private NerTextEvaluation() {}

  /** Entity-level scores of {@code recognizer.names} on the detokenised {@code documents}. */
  public static NerEvaluation.Result evaluate(EntityRecognizer recognizer, List<ConllCorpus.Document> documents) {
    Map<String, int[]> counts = new TreeMap<>();
    int tokens = 0;
    for (ConllCorpus.Document document : documents) {
      StringBuilder text = new StringBuilder();
      Set<Entity> gold = new HashSet<>();
      for (ConllCorpus.Sentence sentence : document.sentences()) {
        if (text.length() > 0) {
          text.append('\n');
        }
        int[] starts = new int[sentence.tokens().length];
        int[] ends = new int[starts.length];
        boolean openQuote = false;
        boolean afterOpening = false;
        for (int i = 0; i < starts.length; i++) {
          String token = sentence.tokens()[i];
          boolean quote = token.equals("\"");
          if (!(i == 0 || afterOpening || NO_SPACE_BEFORE.contains(token) || (quote && openQuote))) {
            text.append(' ');
          }
          starts[i] = text.length();
          text.append(token);
          ends[i] = text.length();
          if (quote) {
            openQuote = !openQuote;
          }
          afterOpening = NO_SPACE_AFTER.contains(token) || (quote && openQuote);
        }
        tokens += starts.length;
        for (Chunk c : Iob1.chunks(sentence.tags())) {
          gold.add(new Entity(starts[c.start()], ends[c.end() - 1], c.type()));
          counts.computeIfAbsent(c.type(), t -> new int[3])[0]++;
        }
      }
      String doc = text.toString();
      for (Mention m : recognizer.names(doc)) {
        int start = doc.offsetByCodePoints(0, m.span().start());
        int end = doc.offsetByCodePoints(start, m.span().length());
        Entity found = new Entity(start, end, conllType(m.type()));
        int[] c = counts.computeIfAbsent(found.type(), t -> new int[3]);
        c[1]++;
        if (gold.contains(found)) {
          c[2]++;
        }
      }
    }
    Map<String, NerEvaluation.Score> byType = new TreeMap<>();
    int[] all = new int[3];
    counts.forEach((type, c) -> {
      byType.put(type, new NerEvaluation.Score(type, c[0], c[1], c[2]));
      for (int k = 0; k < 3; k++) {
        all[k] += c[k];
      }
    });
    return new NerEvaluation.Result(new NerEvaluation.Score("ALL", all[0], all[1], all[2]), byType, tokens,
        Double.NaN);
  }

  private static String conllType(String type) {
    return switch (type) {
      case Mention.PERSON -> "PER";
      case Mention.ORGANIZATION -> "ORG";
      case Mention.LOCATION -> "LOC";
      default -> "MISC";
    };
  }
}
