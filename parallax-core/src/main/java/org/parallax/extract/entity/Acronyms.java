package org.parallax.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Acronyms and the names they stand for. A document that defines an acronym in the usual way, a name followed by
 * its initials in parentheses ("the National League for Democracy ( NLD )", after Schwartz and Hearst 2003), gives
 * the acronym the type of the name wherever the finder left it untagged in that document; the name is tagged whole
 * (in place of the finder's chunks inside it, such as "National League"), with its own type, else the acronym's,
 * else that of the finder's chunk that ends it, else as an organisation, which most defined acronyms name. The
 * initials are matched from the last letter back: each letter is the first letter of a capitalised word, and the
 * short words that acronyms leave out ("of", "for", "and", "the") may stand between them.
 */
final class Acronyms {

  /** Longest acronym, in letters. */
  private static final int MAX_LETTERS = 8;

  /** Words an acronym may leave out. */
  private static final Set<String> LEFT_OUT = Set.of(
      "of", "for", "and", "the", "in", "on", "to", "at", "a", "an", "&", "de", "du", "des", "la", "le", "el", "der",
      "und", "y", "e");

  /** The type of a defined acronym that the finder tagged neither as a name nor with its name. */
  private static final String UNTYPED = "ORG";

  private Acronyms() {}

  /**
   * The chunks of each sentence of one document, with its defined acronyms' names tagged whole and their untagged
   * occurrences added, in token order.
   */
  static List<List<Chunk>> apply(List<String[]> sentences, List<List<Chunk>> chunks) {
    Map<String, String> acronymTypes = new LinkedHashMap<>();
    List<List<Chunk>> out = new ArrayList<>(chunks.size());
    for (List<Chunk> sentenceChunks : chunks) {
      out.add(new ArrayList<>(sentenceChunks));
    }
    for (int i = 0; i < sentences.size(); i++) {
      String[] tokens = sentences.get(i);
      for (int open = 1; open + 2 < tokens.length; open++) {
        if (!tokens[open].equals("(") || !tokens[open + 2].equals(")") || !isAcronym(tokens[open + 1])) {
          continue;
        }
        int start = longFormStart(tokens, open, tokens[open + 1]);
        if (start < 0) {
          continue;
        }
        acronymTypes.putIfAbsent(tokens[open + 1], define(out.get(i), start, open));
      }
    }
    if (acronymTypes.isEmpty()) {
      return chunks;
    }
    for (int i = 0; i < sentences.size(); i++) {
      String[] tokens = sentences.get(i);
      for (int k = 0; k < tokens.length; k++) {
        String type = acronymTypes.get(tokens[k]);
        if (type != null && untagged(out.get(i), k, k + 1)) {
          add(out.get(i), new Chunk(k, k + 1, type));
        }
      }
    }
    return out;
  }

  /**
   * The type of the name at [start, end) that the acronym after it stands for, with that name tagged whole in
   * {@code chunks} unless the finder tagged it so or one of its chunks reaches outside it.
   */
  private static String define(List<Chunk> chunks, int start, int end) {
    Chunk name = exact(chunks, start, end);
    if (name != null) {
      return name.type();
    }
    Chunk acronym = exact(chunks, end + 1, end + 2);
    Chunk last = chunks.stream().filter(c -> c.end() == end && c.start() > start).findFirst().orElse(null);
    String type = acronym != null ? acronym.type() : last != null ? last.type() : UNTYPED;
    if (chunks.stream().noneMatch(c -> crosses(c, start, end))) {
      chunks.removeIf(c -> c.start() >= start && c.end() <= end);
      add(chunks, new Chunk(start, end, type));
    }
    return type;
  }

  /** Whether {@code token} looks like an acronym: 2 to 8 capital letters, with an ampersand or digits after one. */
  static boolean isAcronym(String token) {
    int letters = 0;
    for (int k = 0; k < token.length(); k++) {
      char c = token.charAt(k);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      } else if (c != '&' && !(Character.isDigit(c) && k > 0)) {
        return false;
      }
    }
    return letters >= 2 && letters <= MAX_LETTERS && Character.isLetter(token.charAt(0));
  }

  /** Whether {@code name}, a name of two words or more split at white space, is what {@code acronym} spells out. */
  static boolean spellsOut(String acronym, String name) {
    List<String> words = List.of(name.strip().split("\\s+"));
    return words.size() >= 2 && standsFor(acronym, words);
  }

  /** Whether {@code words} (a name, word by word) is what {@code acronym} stands for, every word accounted for. */
  static boolean standsFor(String acronym, List<String> words) {
    String[] tokens = words.toArray(String[]::new);
    return longFormStart(tokens, tokens.length, acronym) == 0;
  }

  /**
   * Where the name that {@code acronym} stands for starts, when it ends right before {@code end}: the first of the
   * words whose initials spell the acronym, read back from {@code end}; -1 when no such words stand there.
   */
  private static int longFormStart(String[] tokens, int end, String acronym) {
    String letters = acronym.replaceAll("[^\\p{L}]", "");
    int letter = letters.length() - 1;
    int word = end - 1;
    while (letter >= 0 && word >= 0) {
      String token = tokens[word];
      if (!token.isEmpty() && Character.isUpperCase(token.charAt(0))
          && Character.toUpperCase(token.charAt(0)) == letters.charAt(letter)) {
        letter--;
        word--;
      } else if (LEFT_OUT.contains(token.toLowerCase(Locale.ROOT)) && word < end - 1) {
        word--;
      } else {
        return -1;
      }
    }
    return letter < 0 ? word + 1 : -1;
  }

  /** The chunk that covers exactly [start, end); null if none. */
  private static Chunk exact(List<Chunk> chunks, int start, int end) {
    return chunks.stream().filter(c -> c.start() == start && c.end() == end).findFirst().orElse(null);
  }

  /** Whether {@code chunk} overlaps [start, end) and reaches outside it. */
  private static boolean crosses(Chunk chunk, int start, int end) {
    return chunk.start() < end && start < chunk.end() && (chunk.start() < start || chunk.end() > end);
  }

  private static boolean untagged(List<Chunk> chunks, int start, int end) {
    for (Chunk c : chunks) {
      if (c.start() < end && start < c.end()) {
        return false;
      }
    }
    return true;
  }

  private static void add(List<Chunk> chunks, Chunk chunk) {
    chunks.add(chunk);
    chunks.sort(Comparator.comparingInt(Chunk::start));
  }
}
