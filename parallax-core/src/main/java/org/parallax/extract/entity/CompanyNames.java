package org.parallax.extract.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The short forms of a company's name. A document that names a company in full with its legal form ("Magna
 * International Inc", "NationsBank Corp.") goes on to call it by its first words ("Magna", "NationsBank"), which
 * the finder, seeing an unknown capitalised word, often takes for a place. A place or person whose words open such
 * a full name tagged as an organisation in the same document is retyped as an organisation, unless it is a place
 * the model's gazetteer knows (companies are named after places too).
 */
final class CompanyNames {

  /** Legal forms and the like that end a company's full name, in lower case without a final period. */
  private static final Set<String> LEGAL_FORMS = Set.of(
      "inc", "corp", "co", "ltd", "plc", "llc", "spa", "ag", "sa", "nv", "bv", "ab", "asa", "oyj", "gmbh", "bhd",
      "pty", "limited", "corporation", "company", "incorporated", "group", "holdings");

  private CompanyNames() {}

  /**
   * The chunks of each sentence of one document, the short forms of its companies' full names that were tagged as
   * places or persons retyped, except for the known {@code places} ("China" of "China Southern Airlines Co").
   */
  static List<List<Chunk>> retype(List<String[]> sentences, List<List<Chunk>> chunks, Set<String> places) {
    Set<String> shortForms = new HashSet<>();
    for (int i = 0; i < sentences.size(); i++) {
      String[] tokens = sentences.get(i);
      for (Chunk c : chunks.get(i)) {
        if (c.type().equals("ORG") && c.end() - c.start() >= 2 && isLegalForm(tokens[c.end() - 1])) {
          for (int end = c.start() + 1; end < c.end(); end++) {
            shortForms.add(DocumentConsistency.key(tokens, c.start(), end));
          }
        }
      }
    }
    if (shortForms.isEmpty()) {
      return chunks;
    }
    List<List<Chunk>> out = new ArrayList<>(chunks.size());
    for (int i = 0; i < sentences.size(); i++) {
      String[] tokens = sentences.get(i);
      List<Chunk> sentenceChunks = new ArrayList<>(chunks.get(i));
      sentenceChunks.replaceAll(c -> {
        String name = DocumentConsistency.key(tokens, c.start(), c.end());
        boolean retyped = (c.type().equals("LOC") || c.type().equals("PER")) && shortForms.contains(name)
            && !places.contains(name);
        return retyped ? new Chunk(c.start(), c.end(), "ORG") : c;
      });
      out.add(sentenceChunks);
    }
    return out;
  }

  static boolean isLegalForm(String word) {
    String folded = word.toLowerCase(Locale.ROOT);
    return LEGAL_FORMS.contains(folded.endsWith(".") ? folded.substring(0, folded.length() - 1) : folded);
  }
}
