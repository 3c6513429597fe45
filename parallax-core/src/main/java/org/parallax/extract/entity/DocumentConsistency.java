package org.parallax.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A second, document-level pass over the name finder's chunks (after Krishnan and Manning 2006): a capitalised
 * word sequence that the finder tagged as a name somewhere in a document, or the last word of a person's name
 * tagged in full, is tagged wherever else it stands untagged in that document, with the type it was given most
 * often there. It is not tagged where a capitalised untagged word follows (it would be part of a longer name). The
 * document's own tagging is the evidence; no list of names is involved.
 *
 * <p>A sentence written in capitals (a headline such as "SOCCER - JAPAN GET LUCKY WIN") is read against the names
 * the sentences in ordinary case were given, compared in capitals: there every word starts with a capital, so
 * neither its case nor its neighbours' tell a name from the words around it, while the body's tagging does.
 */
final class DocumentConsistency {

  /** Longest name, in tokens, looked for again. */
  private static final int MAX_TOKENS = 6;

  private DocumentConsistency() {}

  /** The chunks of each sentence of one document, with the untagged repeats of its names added, in token order. */
  static List<List<Chunk>> apply(List<String[]> sentences, List<List<Chunk>> chunks) {
    Map<String, Map<String, Integer>> typeCounts = new HashMap<>();
    Map<String, Map<String, Integer>> capitalTypeCounts = new HashMap<>();
    boolean[] capitals = new boolean[sentences.size()];
    for (int i = 0; i < sentences.size(); i++) {
      String[] tokens = sentences.get(i);
      capitals[i] = inCapitals(tokens);
      for (Chunk c : chunks.get(i)) {
        if (c.end() - c.start() <= MAX_TOKENS) {
          String key = key(tokens, c.start(), c.end());
          count(typeCounts, key, c.type());
          if (!capitals[i]) {
            count(capitalTypeCounts, key.toUpperCase(Locale.ROOT), c.type());
          }
        }
        if (c.type().equals("PER") && c.end() - c.start() > 1) {
          count(typeCounts, tokens[c.end() - 1], c.type());
        }
      }
    }
    if (typeCounts.isEmpty()) {
      return chunks;
    }
    List<List<Chunk>> out = new ArrayList<>(chunks.size());
    for (int i = 0; i < sentences.size(); i++) {
      String[] tokens = sentences.get(i);
      if (capitals[i]) {
        out.add(capitalRepeats(tokens, chunks.get(i), capitalTypeCounts));
        continue;
      }
      boolean[] taken = taken(tokens.length, chunks.get(i));
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

  private static void count(Map<String, Map<String, Integer>> counts, String key, String type) {
    counts.computeIfAbsent(key, k -> new HashMap<>()).merge(type, 1, Integer::sum);
  }

  /**
   * The chunks of a sentence in capitals with the longest runs added that the document's ordinary-case sentences
   * tagged, compared in capitals. A run may take in the finder's own chunks whole ("PANAMA CITY" over its
   * "CITY"), never a part of one, and an exact chunk keeps its type; a run starts at a word of two letters or more,
   * so that "A" or "I" is no name.
   */
  private static List<Chunk> capitalRepeats(String[] tokens, List<Chunk> chunks,
      Map<String, Map<String, Integer>> capitalTypeCounts) {
    if (capitalTypeCounts.isEmpty()) {
      return chunks;
    }
    Chunk[] owner = new Chunk[tokens.length];
    for (Chunk c : chunks) {
      for (int k = c.start(); k < c.end(); k++) {
        owner[k] = c;
      }
    }
    List<Chunk> out = new ArrayList<>();
    int k = 0;
    while (k < tokens.length) {
      Chunk found = null;
      if (tokens[k].codePoints().filter(Character::isLetter).count() >= 2
          && (owner[k] == null || owner[k].start() == k)) {
        for (int end = Math.min(tokens.length, k + MAX_TOKENS); end > k && found == null; end--) {
          boolean whole = owner[end - 1] == null || owner[end - 1].end() == end;
          boolean same = owner[k] != null && owner[k].end() == end;
          Map<String, Integer> types = whole && !same ? capitalTypeCounts.get(key(tokens, k, end)) : null;
          if (types != null) {
            found = new Chunk(k, end, majority(types));
          }
        }
      }
      if (found != null) {
        out.add(found);
        k = found.end();
      } else if (owner[k] != null) {
        out.add(owner[k]);
        k = owner[k].end();
      } else {
        k++;
      }
    }
    return out;
  }

  /** Whether the sentence has letters and none of them in lower case. */
  static boolean inCapitals(String[] tokens) {
    return WordClusters.isUpperCase(String.join("", tokens));
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

  /** Which of a sentence's {@code length} tokens lie inside one of its {@code chunks}. */
  static boolean[] taken(int length, List<Chunk> chunks) {
    boolean[] taken = new boolean[length];
    for (Chunk c : chunks) {
      java.util.Arrays.fill(taken, c.start(), c.end(), true);
    }
    return taken;
  }

  static boolean startsUpperCase(String token) {
    return !token.isEmpty() && Character.isUpperCase(token.charAt(0));
  }

  /** The words of [start, end) joined by spaces: how a name is looked up within a document. */
  static String key(String[] tokens, int start, int end) {
    return String.join(" ", java.util.Arrays.asList(tokens).subList(start, end));
  }
}
