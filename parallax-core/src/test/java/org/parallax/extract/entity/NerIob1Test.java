package org.parallax.extract.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class NerIob1Test {

  @Test
  void chunksFollowConllevalRules() {
    String[] tags = {"I-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG", "I-ORG", "B-MISC", "O", "B-PER"};
    assertEquals(List.of(new Chunk(0, 2, "PER"), new Chunk(3, 4, "LOC"), new Chunk(4, 5, "LOC"),
        new Chunk(5, 7, "ORG"), new Chunk(7, 8, "MISC"), new Chunk(9, 10, "PER")), Iob1.chunks(tags));
  }

  @Test
  void tagsUseBeginOnlyBetweenTouchingChunksOfOneType() {
    List<Chunk> chunks = List.of(new Chunk(0, 1, "LOC"), new Chunk(1, 3, "LOC"), new Chunk(3, 4, "PER"));
    String[] tags = Iob1.tags(5, chunks);
    assertArrayEquals(new String[] {"I-LOC", "B-LOC", "I-LOC", "I-PER", "O"}, tags);
    assertEquals(chunks, Iob1.chunks(tags));
  }

  @Test
  void badTagNamesItsPosition() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Iob1.chunks(new String[] {"O", "X-PER"}));
    assertEquals("Not an IOB1 tag at token 1: 'X-PER'", e.getMessage());
  }
}
