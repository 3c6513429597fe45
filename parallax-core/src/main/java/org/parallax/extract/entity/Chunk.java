package org.parallax.extract.entity;

/**
 * A typed run of tokens {@code [start, end)} in one sentence, the unit CoNLL scores.
 *
 * @param type a CoNLL type: PER, ORG, LOC or MISC
 */
public record Chunk(int start, int end, String type) {

  public Chunk {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("A chunk needs 0 <= start < end, got [" + start + ", " + end + ")");
    }
  }
}
