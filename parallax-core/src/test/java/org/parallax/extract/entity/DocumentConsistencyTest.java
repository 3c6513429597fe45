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
}
