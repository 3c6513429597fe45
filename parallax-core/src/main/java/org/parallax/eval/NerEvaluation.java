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

/**
 * Entity-level precision, recall and F1 of named-entity recognition, computed as the CoNLL {@code conlleval} script
 * does: gold and predicted IOB1 tags are cut into chunks by the same rules ({@link Iob1}), a predicted chunk is
 * correct when a gold chunk has the same start, end and type, and scores are given overall and per type.
 */
public final class NerEvaluation {

  /** Counts and scores for one type, or for all ("ALL"). */
  public record Score(String type, int gold, int predicted, int correct) {

    /** Correct over predicted chunks; 0 when nothing was predicted. */
    public double precision() {
      return predicted == 0 ? 0 : (double) correct / predicted;
    }

    /** Correct over gold chunks; 0 when there is no gold chunk. */
    public double recall() {
      return gold == 0 ? 0 : (double) correct / gold;
    }

    /** The harmonic mean of precision and recall. */
    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /**
   * The result of one evaluation.
   *
   * @param overall the scores over all types
   * @param byType the scores per CoNLL type, sorted by type
   * @param tokens tokens scored
   * @param tokenAccuracy the share of tokens whose predicted IOB1 tag equals the gold tag, as conlleval reports it;
   *     NaN where tokens were not aligned ({@link NerTextEvaluation})
   */
  public record Result(Score overall, Map<String, Score> byType, int tokens, double tokenAccuracy) {
    public Result {
      byType = Map.copyOf(byType);
    }
  }

  private NerEvaluation() {}

  /** Scores {@code recognizer} on the gold {@code documents}, each tagged as one document. */
  public static Result evaluate(EntityRecognizer recognizer, List<ConllCorpus.Document> documents) {
    List<String[]> gold = new ArrayList<>();
    List<String[]> predicted = new ArrayList<>();
    for (ConllCorpus.Document document : documents) {
      List<String[]> tokens = document.sentences().stream().map(ConllCorpus.Sentence::tokens).toList();
      List<List<Chunk>> chunks = recognizer.tagDocument(tokens);
      for (int i = 0; i < tokens.size(); i++) {
        gold.add(document.sentences().get(i).tags());
        predicted.add(Iob1.tags(tokens.get(i).length, chunks.get(i)));
      }
    }
    return score(gold, predicted);
  }

  /** Scores predicted against gold IOB1 tags, sentence by sentence (chunks never cross sentences). */
  public static Result score(List<String[]> gold, List<String[]> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException("gold has " + gold.size() + " sentences, predicted " + predicted.size());
    }
    Map<String, int[]> counts = new TreeMap<>();
    int tokens = 0;
    int sameTags = 0;
    for (int s = 0; s < gold.size(); s++) {
      String[] g = gold.get(s);
      String[] p = predicted.get(s);
      if (g.length != p.length) {
        throw new IllegalArgumentException("sentence " + s + ": gold has " + g.length + " tags, predicted " + p.length);
      }
      for (int i = 0; i < g.length; i++) {
        tokens++;
        if (g[i].equals(p[i])) {
          sameTags++;
        }
      }
      List<Chunk> goldChunks = Iob1.chunks(g);
      Set<Chunk> goldSet = new HashSet<>(goldChunks);
      for (Chunk c : goldChunks) {
        counts.computeIfAbsent(c.type(), t -> new int[3])[0]++;
      }
      for (Chunk c : Iob1.chunks(p)) {
        int[] typeCounts = counts.computeIfAbsent(c.type(), t -> new int[3]);
        typeCounts[1]++;
        if (goldSet.contains(c)) {
          typeCounts[2]++;
        }
      }
    }
    Map<String, Score> byType = new TreeMap<>();
    int[] all = new int[3];
    counts.forEach((type, c) -> {
      byType.put(type, new Score(type, c[0], c[1], c[2]));
      for (int k = 0; k < 3; k++) {
        all[k] += c[k];
      }
    });
    return new Result(new Score("ALL", all[0], all[1], all[2]), byType, tokens,
        tokens == 0 ? 0 : (double) sameTags / tokens);
  }
}
