package org.parallax.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SurnamesTest {

  private static String[] words(String sentence) {
    return sentence.split(" ");
  }

  @Test
  void aPersonsLastOrFirstNameTakenForAPlaceIsAPerson() {
    List<String[]> sentences = List.of(
        words("Director Neil Jordan met Wang Donghai in Dublin ."),
        words("Jordan said Wang had left Jordan ."));
    List<List<Chunk>> chunks = List.of(
        List.of(new Chunk(1, 3, "PER"), new Chunk(4, 6, "PER"), new Chunk(7, 8, "LOC")),
        List.of(new Chunk(0, 1, "LOC"), new Chunk(2, 3, "ORG"), new Chunk(5, 6, "LOC")));
    assertEquals(List.of(
        chunks.get(0),
        List.of(new Chunk(0, 1, "PER"), new Chunk(2, 3, "PER"), new Chunk(5, 6, "PER"))),
        Surnames.retype(sentences, chunks, Set.of()));
  }

  @Test
  void longerNamesAndDocumentsWithoutAFullNameKeepTheirTypes() {
    List<String[]> sentences = List.of(
        words("Houston beat the Houston Astros as Jordan watched ."),
        words("Michael Jordan of Chicago was there ."));
    List<List<Chunk>> withoutFullName = List.of(
        List.of(new Chunk(0, 1, "LOC"), new Chunk(3, 5, "ORG"), new Chunk(6, 7, "LOC")),
        List.of());
    assertEquals(withoutFullName, Surnames.retype(sentences, withoutFullName, Set.of()));
    List<List<Chunk>> withFullName = List.of(
        List.of(new Chunk(0, 1, "LOC"), new Chunk(3, 5, "ORG"), new Chunk(6, 7, "LOC")),
        List.of(new Chunk(0, 2, "PER"), new Chunk(3, 4, "LOC")));
    assertEquals(List.of(
        List.of(new Chunk(0, 1, "LOC"), new Chunk(3, 5, "ORG"), new Chunk(6, 7, "PER")),
        withFullName.get(1)), Surnames.retype(sentences, withFullName, Set.of()));
  }

  @Test
  void aWordTheMiscGazetteerListsKeepsItsType() {
    // "Chinese FMs" misread as a person must not make every "Chinese" of the document a person.
    List<String[]> sentences = List.of(words("US , Chinese FMs hold talks ."), words("Chinese officials said so ."));
    List<List<Chunk>> chunks = List.of(List.of(new Chunk(0, 1, "LOC"), new Chunk(2, 4, "PER")),
        List.of(new Chunk(0, 1, "MISC")));
    assertEquals(chunks, Surnames.retype(sentences, chunks, Set.of("Chinese")));
  }
}
