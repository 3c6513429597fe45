package org.parallax.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Hyphenated modifiers made of a name ("St. Louis-based", "Iranian-backed"). A name does not take in the modifier
 * that stands before it: in "St. Louis-based Mercantile Bancorp Inc." the organisation is what follows, so a chunk
 * that holds such a word before its last word keeps only the words after it. The modifier itself is a
 * miscellaneous name when its first word is capitalised and does not open the sentence ("Family-controlled" at
 * the start of a sentence says nothing), as 57 of the 63 capitalised ones in CoNLL-2003's training part are; that
 * holds for the part cut off a chunk and for a modifier word the finder left untagged.
 */
final class LeadingModifiers {

  /** A word ending in a hyphen and a participle or noun that makes the word before it a modifier. */
  private static final Pattern MODIFIER = Pattern.compile(".+-(based|controlled|owned|led|backed|sponsored|run"
      + "|listed|registered|funded|financed|held|headquartered|born|bound|origin|made)");

  private LeadingModifiers() {}

  /** The chunks of one sentence with its modifiers cut off the names after them and tagged, in token order. */
  static List<Chunk> cut(String[] tokens, List<Chunk> chunks) {
    boolean[] taken = new boolean[tokens.length];
    List<Chunk> out = new ArrayList<>(chunks.size());
    for (Chunk chunk : chunks) {
      int start = chunk.start();
      for (int k = chunk.start(); k < chunk.end() - 1; k++) {
        if (isModifier(tokens[k])) {
          start = k + 1;
        }
      }
      if (start != chunk.start() && named(tokens, chunk.start())) {
        out.add(new Chunk(chunk.start(), start, "MISC"));
      }
      out.add(start == chunk.start() ? chunk : new Chunk(start, chunk.end(), chunk.type()));
      for (int k = chunk.start(); k < chunk.end(); k++) {
        taken[k] = true;
      }
    }
    for (int k = 0; k < tokens.length; k++) {
      if (!taken[k] && isModifier(tokens[k]) && named(tokens, k)) {
        out.add(new Chunk(k, k + 1, "MISC"));
      }
    }
    if (out.equals(chunks)) {
      return chunks;
    }
    out.sort(Comparator.comparingInt(Chunk::start));
    return out;
  }

  private static boolean isModifier(String token) {
    return token.indexOf('-') > 0 && MODIFIER.matcher(token).matches();
  }

  private static boolean named(String[] tokens, int start) {
    return start > 0 && Character.isUpperCase(tokens[start].charAt(0));
  }
}
