package org.parallax.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LeadingModifiersTest {

  private static String[] words(String sentence) {
    return sentence.split(" ");
  }

  @Test
  void aNameKeepsTheWordsAfterItsModifierAndTheModifierIsMiscellaneous() {
    String[] tokens = words("Shares of St. Louis-based Mercantile Bancorp Inc. rose .");
    assertEquals(List.of(new Chunk(2, 4, "MISC"), new Chunk(4, 7, "ORG")),
        LeadingModifiers.cut(tokens, List.of(new Chunk(2, 7, "ORG"))));
  }

  @Test
  void aModifierOpeningTheSentenceIsCutOffButNotTagged() {
    String[] tokens = words("Family-controlled Douglas & Lomason had revenue .");
    assertEquals(List.of(new Chunk(1, 4, "ORG")), LeadingModifiers.cut(tokens, List.of(new Chunk(0, 4, "ORG"))));
  }

  @Test
  void anUntaggedCapitalisedModifierIsMiscellaneous() {
    String[] tokens = words("the Vienna-based agency and a state-owned firm");
    assertEquals(List.of(new Chunk(1, 2, "MISC")), LeadingModifiers.cut(tokens, List.of()));
  }

  @Test
  void aModifierThatEndsTheChunkOrOrdinaryHyphensAreLeftAlone() {
    String[] tokens = words("a New York-based firm and Coca-Cola Co said");
    List<Chunk> chunks = List.of(new Chunk(1, 3, "LOC"), new Chunk(5, 7, "ORG"));
    assertEquals(chunks, LeadingModifiers.cut(tokens, chunks));
  }
}
