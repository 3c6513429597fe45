package org.parallax.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A name does not take in the hyphenated modifier that stands before it: in "St. Louis-based Mercantile Bancorp
 * Inc." or "Family-controlled Douglas & Lomason" the name is what follows the modifier. A chunk that holds a word
 * such as "Louis-based" or "Family-controlled" before its last word keeps only the words after it; a modifier
 * that ends the chunk ("New York-based") is left as the finder tagged it.
 */
final class LeadingModifiers {

  /** A word ending in a hyphen and a participle or adjective that makes the word before it a modifier. */
  private static final Pattern MODIFIER = Pattern.compile(
      ".+-(based|controlled|owned|led|backed|sponsored|run|listed|registered|funded|financed|held|headquartered)");

  private LeadingModifiers() {}

  /** The chunks of one sentence, each cut after the last modifier it holds before its last word. */
  static List<Chunk> cut(String[] tokens, List<Chunk> chunks) {
    List<Chunk> out = null;
    for (int c = 0; c < chunks.size(); c++) {
      Chunk chunk = chunks.get(c);
      int start = chunk.start();
      for (int k = chunk.start(); k < chunk.end() - 1; k++) {
        if (MODIFIER.matcher(tokens[k]).matches()) {
          start = k + 1;
        }
      }
      if (start != chunk.start()) {
        if (out == null) {
          out = new ArrayList<>(chunks);
        }
        out.set(c, new Chunk(start, chunk.end(), chunk.type()));
      }
    }
    return out == null ? chunks : out;
  }
}
