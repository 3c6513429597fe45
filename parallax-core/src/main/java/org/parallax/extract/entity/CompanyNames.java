package org.parallax.extract.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The short forms of a company's name. A document that names a company in full with its legal form ("Magna
 * International Inc", "NationsBank Corp.") goes on to call it by its first words ("Magna", "NationsBank"), which
 * the finder, seeing an unknown capitalised word, often takes for a place. A place or person whose words open such
 * a full name tagged as an organisation in the same document is retyped as an organisation, unless it is a place
 * the model's gazetteer knows (companies are named after places too), and an untagged run of words that is such a
 * short form ("Mercantile" of "Mercantile Bancorp Inc.") is tagged as an organisation.
 */
final class CompanyNames {

  /** Legal forms and the like that end a company's full name, in lower case without a final period. */
  private static final Set<String> LEGAL_FORMS = Set.of(
      "inc", "corp", "co", "ltd", "plc", "llc", "spa", "ag", "sa", "nv", "bv", "ab", "asa", "oyj", "gmbh", "bhd",
      "pty", "limited", "corporation", "company", "incorporated", "group", "holdings");

  private CompanyNames() {}

  /**
   * The chunks of each sentence of one document, the short forms of its companies' full names that were tagged as
   * places or persons retyped, except for the known {@code places} ("China" of "China Southern Airlines Co"), and
   * their untagged occurrences tagged.
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
      tagUntagged(tokens, sentenceChunks, shortForms);
      out.add(sentenceChunks);
    }
    return out;
  }

  /**
   * Tags as organisations, in one sentence's {@code chunks}, the untagged runs of words that are a short form
   * ("Mercantile" of "Mercantile Bancorp Inc."): a run of up to three words ending in a capitalised one, with no
   * untagged capitalised word right before it (unless that word opens the sentence) or after it, where it would be
   * part of a longer name. A short form of one word is left alone when the word is more often written in lower case
   * ("First" of "First Chicago NBD Corp."), by the counts of the shipped word clusters.
   */
  private static void tagUntagged(String[] tokens, List<Chunk> chunks, Set<String> shortForms) {
    boolean[] taken = DocumentConsistency.taken(tokens.length, chunks);
    int before = chunks.size();
    for (int k = 0; k < tokens.length; k++) {
      boolean afterName = k > 1 && !taken[k - 1] && DocumentConsistency.startsUpperCase(tokens[k - 1]);
      if (taken[k] || afterName || !DocumentConsistency.startsUpperCase(tokens[k])) {
        continue;
      }
      for (int end = Math.min(tokens.length, k + 3); end > k; end--) {
        if (isShortForm(tokens, taken, k, end, shortForms)) {
          chunks.add(new Chunk(k, end, "ORG"));
          Arrays.fill(taken, k, end, true);
          k = end - 1;
          break;
        }
      }
    }
    if (chunks.size() > before) {
      chunks.sort(Comparator.comparingInt(Chunk::start));
    }
  }

  private static boolean isShortForm(String[] tokens, boolean[] taken, int start, int end, Set<String> shortForms) {
    for (int j = start; j < end; j++) {
      if (taken[j]) {
        return false;
      }
    }
    boolean longer = end < tokens.length && !taken[end] && DocumentConsistency.startsUpperCase(tokens[end]);
    return !longer && DocumentConsistency.startsUpperCase(tokens[end - 1])
        && shortForms.contains(DocumentConsistency.key(tokens, start, end))
        && (end - start > 1 || !mostlyLowerCase(tokens[start]));
  }

  private static boolean mostlyLowerCase(String word) {
    Map<String, WordClusters.Entry> counts = WordClusters.shipped().entries();
    WordClusters.Entry lower = counts.get(word.toLowerCase(Locale.ROOT));
    WordClusters.Entry asWritten = counts.get(word);
    return lower != null && (asWritten == null || lower.count() >= asWritten.count());
  }

  static boolean isLegalForm(String word) {
    String folded = word.toLowerCase(Locale.ROOT);
    return LEGAL_FORMS.contains(folded.endsWith(".") ? folded.substring(0, folded.length() - 1) : folded);
  }
}
