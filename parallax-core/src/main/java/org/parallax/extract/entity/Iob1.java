package org.parallax.extract.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * Converts between IOB1 tag sequences and {@link Chunk}s with the rules of the CoNLL {@code conlleval} script: a
 * chunk starts at a {@code B-} tag, or at an {@code I-} tag after {@code O} or after a tag of another type.
 */
public final class Iob1 {

  private Iob1() {}

  /** The chunks of one sentence's IOB1 tags ({@code O}, {@code I-PER}, {@code B-LOC}, ...). */
  public static List<Chunk> chunks(String[] tags) {
    List<Chunk> out = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= tags.length; i++) {
      String tag = i < tags.length ? tags[i] : "O";
      String tagType = tag.equals("O") ? null : type(tag, i);
      boolean begins = tagType != null && (tag.startsWith("B-") || !tagType.equals(type));
      if (type != null && (tagType == null || begins)) {
        out.add(new Chunk(start, i, type));
        type = null;
      }
      if (begins) {
        start = i;
        type = tagType;
      }
    }
    return out;
  }

  /** IOB1 tags for {@code length} tokens with the given non-overlapping chunks; B- only where a chunk touches one. */
  public static String[] tags(int length, List<Chunk> chunks) {
    String[] tags = new String[length];
    java.util.Arrays.fill(tags, "O");
    for (Chunk c : chunks) {
      boolean touches = c.start() > 0 && tags[c.start() - 1].endsWith("-" + c.type());
      for (int i = c.start(); i < c.end(); i++) {
        tags[i] = (i == c.start() && touches ? "B-" : "I-") + c.type();
      }
    }
    return tags;
  }

  private static String type(String tag, int position) {
    if (tag.length() < 3 || tag.charAt(1) != '-' || (tag.charAt(0) != 'I' && tag.charAt(0) != 'B')) {
      throw new IllegalArgumentException("Not an IOB1 tag at token " + position + ": '" + tag + "'");
    }
    return tag.substring(2);
  }
}
