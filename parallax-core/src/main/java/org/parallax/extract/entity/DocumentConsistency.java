package org.parallax.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A second, document-level pass over the name finder's chunks (after Krishnan and Manning 2006): a capitalised
 * word sequence that the finder tagged as a name somewhere in a document, or the last word of a person's name
 * tagged in full, is tagged wherever else it stands untagged in that document, with the type it was given most
 * often there. It is not tagged where a capitalised untagged word follows (it would be part of a longer name). The
 * document's own tagging is the evidence; no list of names is involved.
 */
final class DocumentConsistency {

  /** Longest name, in tokens, looked for again. */
  private static final int MAX_TOKENS = 6;

  private DocumentConsistency() {}

  /** The chunks of each sentence of one document, with the untagged repeats of its names added, in token order. */
  static List<List<Chunk>> apply(List<String[]> sentences, List<List<Chunk>> chunks) {
    Map<String, Map<String, Integer>> typeCounts = new HashMap<>();
    for (int i = 0; i < sentences.size(); i++) {
      for (Chunk c : chunks.get(i)) {
        if (c.end() - c.start() <= MAX_TOKENS) {
          typeCounts.computeIfAbsent(key(sentences.get(i), c.start(), c.end()), k -> new HashMap<>())
              .merge(c.type(), 1, Integer::sum);
        }
        if (c.type().equals("PER") && c.end() - c.start() > 1) {
          typeCounts.computeIfAbsent(sentences.get(i)[c.end() - 1], k -> new HashMap<>())
              .merge(c.type(), 1, Integer::sum);
        }
      }
    }
    if (typeCounts.isEmpty()) {
      return chunks;
    }
    List<List<Chunk>> out = new ArrayList<>(chunks.size());
    for (int i = 0; i < sentences.size(); i++) {
      String[] tokens = sentences.get(i);
      boolean[] taken = new boolean[tokens.length];
      for (Chunk c : chunks.get(i)) {
        for (int k = c.start(); k < c.end(); k++) {
          taken[k] = true;
        }
      }
      List<Chunk> sentenceChunks = new ArrayList<>(chunks.get(i));
      int k = 0;
      while (k < tokens.length) {
        Chunk found = taken[k] || !startsUpperCase(tokens[k]) ? null : longestRepeat(tokens, taken, k, typeCounts);
        if (found == null) {
          k++;
        } else {
          sentenceChunks.add(found);
          k = found.end();
        }
      }
      if (sentenceChunks.size() > chunks.get(i).size()) {
        sentenceChunks.sort(Comparator.comparingInt(Chunk::start));
      }
      out.add(sentenceChunks);
    }
    return out;
  }

  private static Chunk longestRepeat(String[] tokens, boolean[] taken, int start,
      Map<String, Map<String, Integer>> typeCounts) {
    int end = start;
    while (end < tokens.length && end - start < MAX_TOKENS && !taken[end]) {
      end++;
    }
    for (; end > start; end--) {
      boolean inName = end < tokens.length && startsUpperCase(tokens[end]) && !taken[end];
      Map<String, Integer> types = inName ? null : typeCounts.get(key(tokens, start, end));
      if (types != null) {
        return new Chunk(start, end, majority(types));
      }
    }
    return null;
  }

  /** The most frequent type; ties go to the first in {@link NerTrainer#TYPES} order. */
  private static String majority(Map<String, Integer> types) {
    String best = null;
    for (String type : NerTrainer.TYPES) {
      Integer n = types.get(type);
      if (n != null && (best == null || n > types.get(best))) {
        best = type;
      }
    }
    return best;
  }

  private static boolean startsUpperCase(String token) {
    return !token.isEmpty() && Character.isUpperCase(token.charAt(0));
  }

  private static String key(String[] tokens, int start, int end) {
    return String.join(" ", java.util.Arrays.asList(tokens).subList(start, end));
  }
}
