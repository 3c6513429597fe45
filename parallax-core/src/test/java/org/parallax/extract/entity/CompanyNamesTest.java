package org.parallax.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CompanyNamesTest {

  private static String[] words(String sentence) {
    return sentence.split(" ");
  }

  @Test
  void theShortFormOfACompanyTakenForAPlaceIsAnOrganisation() {
    List<String[]> sentences = List.of(
        words("Magna International Inc said it would buy Douglas ."),
        words("Magna shares rose in Toronto ."));
    List<List<Chunk>> chunks = List.of(
        List.of(new Chunk(0, 3, "ORG"), new Chunk(6, 7, "PER")),
        List.of(new Chunk(0, 1, "LOC"), new Chunk(4, 5, "LOC")));
    assertEquals(List.of(
        List.of(new Chunk(0, 3, "ORG"), new Chunk(6, 7, "PER")),
        List.of(new Chunk(0, 1, "ORG"), new Chunk(4, 5, "LOC"))), CompanyNames.retype(sentences, chunks, Set.of()));
  }

  @Test
  void aKnownPlaceOrAMiscellaneousNameKeepsItsType() {
    List<String[]> sentences = List.of(
        words("China Southern Airlines Co and Miss Universe Inc agreed ."),
        words("China and Miss Universe gained ."));
    List<List<Chunk>> chunks = List.of(
        List.of(new Chunk(0, 4, "ORG"), new Chunk(5, 8, "ORG")),
        List.of(new Chunk(0, 1, "LOC"), new Chunk(2, 4, "MISC")));
    assertEquals(chunks, CompanyNames.retype(sentences, chunks, Set.of("China")));
  }

  @Test
  void anUntaggedShortFormIsAnOrganisation() {
    List<String[]> sentences = List.of(
        words("Mercantile Bancorp Inc. and First Chicago NBD Corp. reported ."),
        words("Analysts said Mercantile , Mercantile Bank and First Chicago gained ."),
        words("First , Mercantile did not comment ."));
    List<List<Chunk>> chunks = List.of(
        List.of(new Chunk(0, 3, "ORG"), new Chunk(4, 8, "ORG")),
        List.of(),
        List.of());
    assertEquals(List.of(
        chunks.get(0),
        List.of(new Chunk(2, 3, "ORG"), new Chunk(7, 9, "ORG")),
        List.of(new Chunk(2, 3, "ORG"))), CompanyNames.retype(sentences, chunks, Set.of()));
  }

  @Test
  void legalFormsAreReadWithOrWithoutTheirPeriod() {
    assertTrue(CompanyNames.isLegalForm("Corp."));
    assertTrue(CompanyNames.isLegalForm("PLC"));
    assertFalse(CompanyNames.isLegalForm("Bank"));
  }
}
