package org.parallax.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a byte stream into lines at {@code \n} (dropping a preceding {@code \r}) without decoding, so that one
 * line's bad bytes cannot spoil the next, and without holding a line longer than a cap: its bytes are skipped and
 * the line is marked too long.
 */
final class LineReader {

  /** One line: its 1-based number, its bytes (empty when too long) and whether it exceeded the cap. */
  record Line(long number, byte[] bytes, boolean tooLong) {}

  private final InputStream in;
  private final int maxBytes;
  private final byte[] buffer = new byte[1 << 16];
  private int pos;
  private int limit;
  private long number;

  LineReader(InputStream in, int maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
  }

  /** The next line, or null at the end of the stream. */
  Line next() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (pos == limit) {
        limit = in.read(buffer);
        pos = 0;
        if (limit <= 0) {
          limit = 0;
          return any ? finish(line, tooLong) : null;
        }
      }
      any = true;
      int start = pos;
      while (pos < limit && buffer[pos] != '\n') {
        pos++;
      }
      if (!tooLong) {
        line.write(buffer, start, pos - start);
        if (line.size() > maxBytes) {
          tooLong = true;
          line.reset();
        }
      }
      if (pos < limit) {
        pos++;
        return finish(line, tooLong);
      }
    }
  }

  private Line finish(ByteArrayOutputStream line, boolean tooLong) {
    number++;
    byte[] bytes = line.toByteArray();
    int n = bytes.length;
    if (n > 0 && bytes[n - 1] == '\r') {
      bytes = java.util.Arrays.copyOf(bytes, n - 1);
    }
    return new Line(number, bytes, tooLong);
  }
}
