package org.parallax.cli;

import java.io.PrintWriter;

/**
 * A progress bar on stderr, redrawn in place at most a few times a second. Silent unless the system property
 * {@code parallax.progress} is {@code true}, which the {@code parallax} launcher sets when stderr is a terminal
 * (Java cannot tell), so logs and pipes stay clean.
 */
final class ProgressBar implements AutoCloseable {

  private static final int WIDTH = 30;
  private final PrintWriter err;
  private final boolean enabled;
  private long lastDraw;
  private boolean drawn;

  ProgressBar(PrintWriter err) {
    this(err, Boolean.getBoolean("parallax.progress"));
  }

  ProgressBar(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  /** Shows {@code done} of {@code total} (total 0 when unknown), with a label. */
  void update(long done, long total, String label) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (drawn && now - lastDraw < 200_000_000L && done != total) {
      return;
    }
    lastDraw = now;
    drawn = true;
    StringBuilder line = new StringBuilder("\r");
    if (total > 0) {
      int filled = (int) (WIDTH * done / Math.max(1, total));
      line.append('[').append("#".repeat(filled)).append(" ".repeat(WIDTH - filled)).append("] ")
          .append(done).append('/').append(total);
    } else {
      line.append(done);
    }
    line.append(' ').append(Terminal.clip(label, 40)).append("\u001b[K");
    err.print(line);
    err.flush();
  }

  /** Erases the bar, so that a line can be printed; the next update draws it again. */
  void clear() {
    if (drawn) {
      err.print("\r\u001b[K");
      err.flush();
      drawn = false;
    }
  }

  @Override
  public void close() {
    clear();
  }
}
