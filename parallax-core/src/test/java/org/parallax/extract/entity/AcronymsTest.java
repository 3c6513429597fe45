package org.parallax.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AcronymsTest {

  private static String[] words(String sentence) {
    return sentence.split(" ");
  }

  @Test
  void aDefinedAcronymTakesTheTypeOfItsNameWhereverItStandsUntagged() {
    List<String[]> sentences = List.of(
        words("Police detained members of the National League for Democracy ( NLD ) on Friday ."),
        words("The NLD said it would go on ."));
    List<List<Chunk>> chunks = List.of(List.of(new Chunk(5, 9, "ORG")), List.of());
    assertEquals(List.of(
        List.of(new Chunk(5, 9, "ORG"), new Chunk(10, 11, "ORG")),
        List.of(new Chunk(1, 2, "ORG"))), Acronyms.apply(sentences, chunks));
  }

  @Test
  void aTaggedAcronymGivesItsTypeToItsUntaggedName() {
    List<String[]> sentences = List.<String[]>of(words("The Moro National Liberation Front ( MNLF ) signed ."));
    List<List<Chunk>> chunks = List.of(List.of(new Chunk(6, 7, "ORG")));
    assertEquals(List.of(List.of(new Chunk(1, 5, "ORG"), new Chunk(6, 7, "ORG"))),
        Acronyms.apply(sentences, chunks));
  }

  @Test
  void anAcronymDefinedWithNoTypeIsAnOrganisation() {
    List<String[]> sentences = List.<String[]>of(words("the State Law and Order Restoration Council ( SLORC ) ruled"));
    assertEquals(List.of(List.of(new Chunk(1, 7, "ORG"), new Chunk(8, 9, "ORG"))),
        Acronyms.apply(sentences, List.of(List.of())));
  }

  @Test
  void initialsThatDoNotSpellTheAcronymAreLeftAlone() {
    List<String[]> sentences = List.of(
        words("The National Bank of Romania ( BNR ) lifted its rate ."),
        words("Shares rose on Monday ( AP ) ."));
    List<List<Chunk>> chunks = List.of(List.of(new Chunk(1, 5, "ORG")), List.of());
    assertEquals(chunks, Acronyms.apply(sentences, chunks));
  }

  @Test
  void acronymsAreTwoToEightCapitalsWithAnAmpersandOrDigits() {
    assertTrue(Acronyms.isAcronym("NATO"));
    assertTrue(Acronyms.isAcronym("S&P"));
    assertTrue(Acronyms.isAcronym("OPEC2"));
    assertFalse(Acronyms.isAcronym("G7"), "two letters at least");
    assertFalse(Acronyms.isAcronym("A"));
    assertFalse(Acronyms.isAcronym("Nato"));
    assertFalse(Acronyms.isAcronym("7G"));
    assertFalse(Acronyms.isAcronym("ABCDEFGHI"));
    assertTrue(Acronyms.standsFor("S&P", List.of("Standard", "&", "Poor's")));
    assertFalse(Acronyms.standsFor("NLD", List.of("the", "National", "League", "for", "Democracy")),
        "every word accounted for, a left-out word only between initials");
  }
}
