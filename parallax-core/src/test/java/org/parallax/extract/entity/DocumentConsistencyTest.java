package org.parallax.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentConsistencyTest {

  private static String[] words(String sentence) {
    return sentence.split(" ");
  }

  @Test
  void untaggedRepeatsTakeTheDocumentsMajorityType() {
    List<String[]> sentences = List.of(
        words("Hapoel Haifa beat Maccabi in Haifa ."),
        words("Haifa was rainy ; Hapoel Haifa won ."),
        words("They played in Haifa again ."));
    List<List<Chunk>> chunks = List.of(
        List.of(new Chunk(0, 2, "ORG"), new Chunk(5, 6, "LOC")),
        List.of(new Chunk(0, 1, "LOC")),
        List.of());
    assertEquals(List.of(
        List.of(new Chunk(0, 2, "ORG"), new Chunk(5, 6, "LOC")),
        List.of(new Chunk(0, 1, "LOC"), new Chunk(4, 6, "ORG")),
        List.of(new Chunk(3, 4, "LOC"))), DocumentConsistency.apply(sentences, chunks));
  }

  @Test
  void surnamesOfPersonsNamedInFull() {
    List<String[]> sentences = List.of(words("John Smith arrived ."), words("Smith said Smith Barney agreed ."));
    List<List<Chunk>> chunks = List.of(List.of(new Chunk(0, 2, "PER")), List.of());
    assertEquals(List.of(List.of(new Chunk(0, 2, "PER")), List.of(new Chunk(0, 1, "PER"))),
        DocumentConsistency.apply(sentences, chunks),
        "not within the longer untagged name Smith Barney");
  }

  @Test
  void lowerCaseWordsAreLeftAlone() {
    List<String[]> sentences = List.<String[]>of(words("Apple sold apple juice ."));
    List<List<Chunk>> chunks = List.of(List.of(new Chunk(0, 1, "ORG")));
    assertEquals(chunks, DocumentConsistency.apply(sentences, chunks));
  }

  @Test
  void aHeadlineInCapitalsTakesTheNamesOfTheBody() {
    List<String[]> sentences = List.of(
        words("SOCCER - JAPAN GET LUCKY WIN IN A PANAMA CITY DERBY ."),
        words("Japan beat China in Panama City on Friday ."));
    List<List<Chunk>> chunks = List.of(
        List.of(new Chunk(9, 10, "LOC")),
        List.of(new Chunk(0, 1, "LOC"), new Chunk(2, 3, "LOC"), new Chunk(4, 6, "LOC")));
    assertEquals(List.of(new Chunk(2, 3, "LOC"), new Chunk(8, 10, "LOC")),
        DocumentConsistency.apply(sentences, chunks).get(0),
        "JAPAN found as Japan; PANAMA CITY taking in the finder's CITY; A, a one-letter word, left alone");
  }

  @Test
  void aChunkInCapitalsKeepsItsTypeAndIsNeverCut() {
    List<String[]> sentences = List.of(
        words("ROTOR FANS LOCKED OUT OF NEW YORK STADIUM ."),
        words("Rotor fans and York fans met in New York ."));
    List<List<Chunk>> chunks = List.of(
        List.of(new Chunk(0, 1, "PER"), new Chunk(5, 8, "LOC")),
        List.of(new Chunk(0, 1, "ORG"), new Chunk(3, 4, "ORG"), new Chunk(7, 9, "LOC")));
    assertEquals(chunks.get(0), DocumentConsistency.apply(sentences, chunks).get(0),
        "ROTOR keeps the finder's type; NEW YORK is inside the finder's NEW YORK STADIUM");
  }

  @Test
  void capitalsAreReadAgainstOrdinaryCaseOnly() {
    List<String[]> sentences = List.of(words("NATO AND BONN AGREE ."), words("BONN TALKS END ."));
    List<List<Chunk>> chunks = List.of(List.of(new Chunk(0, 1, "ORG"), new Chunk(2, 3, "LOC")), List.of());
    assertEquals(chunks, DocumentConsistency.apply(sentences, chunks),
        "a sentence in capitals is no evidence for another: the finder's guesses there are the least sure");
  }

  @Test
  void capitalsAreRecognised() {
    assertEquals(true, DocumentConsistency.inCapitals(words("GOLF - BRITISH MASTERS 1996-08-30 .")));
    assertEquals(false, DocumentConsistency.inCapitals(words("GOLF - British Masters .")));
    assertEquals(false, DocumentConsistency.inCapitals(words("1996-08-30 .")));
  }
}
