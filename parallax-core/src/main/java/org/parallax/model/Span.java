package org.parallax.model;

/**
 * A half-open range {@code [start, end)} of characters in one article's text.
 *
 * <p>Offsets are Java {@code String} indexes into the stored article text. Spans are validated on construction so
 * that no derived item can point outside what it came from.
 */
public record Span(int start, int end) implements Comparable<Span> {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("A span needs 0 <= start <= end, got [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  /** The covered text of {@code text}. */
  public String of(CharSequence text) {
    return text.subSequence(start, end).toString();
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  @Override
  public int compareTo(Span other) {
    return start != other.start ? Integer.compare(start, other.start) : Integer.compare(end, other.end);
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}
