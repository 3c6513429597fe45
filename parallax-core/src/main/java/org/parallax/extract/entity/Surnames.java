package org.parallax.extract.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A person's single name typed as something else. A document that names a person in full ("Neil Jordan", "Wang
 * Donghai") goes on to call them by one name, the last word in most languages and the first in Chinese, Korean or
 * Hungarian, and the finder, reading that word alone, may take it for a place or a company ("Jordan", "Wang"). A
 * one-word chunk of another type whose word opens or ends a person's full name tagged in the same document is
 * retyped as a person, unless the model's MISC gazetteer lists the word: a nationality or language ("Chinese")
 * stays one beside a misread "Chinese FMs". (The place gazetteer is no such guard: "Jordan" is a country and Neil
 * Jordan's surname.) The document's own tagging is the evidence, after Krishnan and Manning (2006), whose
 * document-level statistics show that a token of a person's name is a person elsewhere in the document too.
 */
final class Surnames {

  private Surnames() {}

  /**
   * The chunks of each sentence of one document, one-word chunks that name a person of the document retyped.
   *
   * @param miscNames the names of the model's MISC gazetteer
   */
  static List<List<Chunk>> retype(List<String[]> sentences, List<List<Chunk>> chunks, Set<String> miscNames) {
    Set<String> names = new HashSet<>();
    for (int i = 0; i < sentences.size(); i++) {
      String[] tokens = sentences.get(i);
      for (Chunk c : chunks.get(i)) {
        if (c.type().equals("PER") && c.end() - c.start() >= 2) {
          names.add(tokens[c.start()]);
          names.add(tokens[c.end() - 1]);
        }
      }
    }
    if (names.isEmpty()) {
      return chunks;
    }
    List<List<Chunk>> out = new ArrayList<>(chunks.size());
    for (int i = 0; i < sentences.size(); i++) {
      String[] tokens = sentences.get(i);
      List<Chunk> sentenceChunks = new ArrayList<>(chunks.get(i));
      sentenceChunks.replaceAll(c -> c.end() - c.start() == 1 && !c.type().equals("PER")
          && names.contains(tokens[c.start()])
          && !miscNames.contains(tokens[c.start()])
          ? new Chunk(c.start(), c.end(), "PER") : c);
      out.add(sentenceChunks);
    }
    return out;
  }
}
