package org.parallax.model;

/**
 * A half-open range {@code [start, end)} of one article's text.
 *
 * <p>Inside a stage, offsets are Java {@code String} (UTF-16) indexes, as tokenizers produce them. What Parallax
 * hands out (reports, JSON) counts Unicode code points, so that any language can slice the text with them; stages
 * convert with {@link #toCodePoints(String)}. The two differ only after characters outside the Basic Multilingual
 * Plane, such as emoji. Spans are validated on construction so that no item can point backwards.
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

  /** The covered text of {@code text}, for a span of {@code String} indexes. */
  public String of(CharSequence text) {
    return text.subSequence(start, end).toString();
  }

  /** This span of {@code String} indexes into {@code text}, counted in code points instead. */
  public Span toCodePoints(String text) {
    int cpStart = text.codePointCount(0, start);
    return new Span(cpStart, cpStart + text.codePointCount(start, end));
  }

  /** The covered text of {@code text}, for a span of code points. */
  public String ofCodePoints(String text) {
    int from = text.offsetByCodePoints(0, start);
    return text.substring(from, text.offsetByCodePoints(from, end - start));
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
