package org.parallax.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LeadingModifiersTest {

  @Test
  void aNameKeepsTheWordsAfterItsModifier() {
    String[] tokens = "St. Louis-based Mercantile Bancorp Inc. bid for Family-controlled Douglas & Lomason .".split(" ");
    assertEquals(List.of(new Chunk(2, 5, "ORG"), new Chunk(8, 11, "ORG")),
        LeadingModifiers.cut(tokens, List.of(new Chunk(0, 5, "ORG"), new Chunk(7, 11, "ORG"))));
  }

  @Test
  void aModifierThatEndsTheChunkOrOrdinaryHyphensAreLeftAlone() {
    String[] tokens = "a New York-based firm and Coca-Cola Co said".split(" ");
    List<Chunk> chunks = List.of(new Chunk(1, 3, "LOC"), new Chunk(5, 7, "ORG"));
    assertEquals(chunks, LeadingModifiers.cut(tokens, chunks));
  }
}
