package org.parallax.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.Parallax;
import org.parallax.cluster.TfIdfClusterer;

/**
 * Faults at every file operation of an ingest, commits included, and a disk that fills up: each run either fails
 * with an exception or succeeds, and the store left behind always opens, checks clean and holds exactly one of its
 * committed states: all of a file's articles or none.
 */
class FaultInjectionTest {

  private static final int FIRST = 40;
  private static final int SECOND = 25;

  @TempDir Path tmp;

  private List<Path> inputs() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("in"));
    if (!Files.exists(dir.resolve("a.jsonl"))) {
      write(dir.resolve("a.jsonl"), "a", FIRST);
      write(dir.resolve("b.jsonl"), "b", SECOND);
    }
    return List.of(dir.resolve("a.jsonl"), dir.resolve("b.jsonl"));
  }

  private static void write(Path file, String prefix, int n) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append("{\"id\":\"").append(prefix).append(i).append("\",\"source\":\"S").append(i % 3)
          .append("\",\"title\":\"Title ").append(prefix).append(i).append("\",\"text\":\"Words ")
          .append(prefix).append(i).append(" about event ").append(i % 5).append(".\"}\n");
    }
    Files.writeString(file, sb, StandardCharsets.UTF_8);
  }

  /** Runs one ingest over a faulty directory; returns how many operations it made. */
  private int ingestWithFault(Path store, int failAt, long budget) throws IOException {
    FaultyDirectory faulty = new FaultyDirectory(FSDirectory.open(store), failAt, budget);
    Parallax parallax = null;
    try {
      parallax = Parallax.open(ArticleStore.open(faulty, store), new TfIdfClusterer());
      parallax.ingest(inputs(), (r, d, t) -> { });
    } catch (IOException | IllegalStateException e) {
      // The injected fault, or the writer closing itself after it: both expected.
    } finally {
      if (parallax != null) {
        try {
          parallax.close();
        } catch (IOException | IllegalStateException e) {
          // Closing after a fault may fail too; what matters is what is on disk.
        }
      }
    }
    return faulty.operations();
  }

  private static void assertCommittedState(Path store, String context) throws IOException {
    StoreCheck check;
    try {
      check = ArticleStore.check(store);
    } catch (java.io.FileNotFoundException e) {
      return; // The fault struck before the first commit: no store at all is a committed state too.
    }
    assertTrue(check.clean(), context + ": " + check.problems());
    try (ArticleStore reopened = ArticleStore.openReadOnly(store)) {
      int n = reopened.size();
      assertTrue(Set.of(0, FIRST, FIRST + SECOND).contains(n), context + ": " + n + " articles");
    } catch (java.io.FileNotFoundException e) {
      // The fault struck before the first commit: no store at all is a committed state too.
    }
  }

  @Test
  void aFaultAtAnyOperationLeavesACommittedState() throws IOException {
    int total = ingestWithFault(tmp.resolve("probe"), 0, Long.MAX_VALUE);
    assertTrue(total > 10, "an ingest makes " + total + " file operations");
    for (int at = 1; at <= total; at++) {
      Path store = tmp.resolve("fault-" + at);
      ingestWithFault(store, at, Long.MAX_VALUE);
      if (Files.exists(store)) {
        assertCommittedState(store, "fault at operation " + at + " of " + total);
      }
    }
    System.out.println("FaultInjectionTest: a fault injected at each of the " + total + " file operations of an "
        + "ingest; every store left behind was a committed state");
  }

  @Test
  void aFullDiskLeavesACommittedState() throws IOException {
    for (long budget : new long[] {0, 100, 1_000, 4_000, 10_000, 30_000, 100_000}) {
      Path store = tmp.resolve("full-" + budget);
      ingestWithFault(store, 0, budget);
      if (Files.exists(store)) {
        assertCommittedState(store, "disk full after " + budget + " bytes");
      }
    }
  }
}
