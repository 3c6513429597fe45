package org.parallax.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.Parallax;
import org.parallax.TestData;

/** A damaged store is detected and named, never read as garbage. */
class StoreDamageTest {

  @TempDir Path data;

  private void fill() throws IOException {
    try (Parallax p = Parallax.open(data)) {
      p.ingest(List.of(TestData.seeds()), (r, d, t) -> { });
    }
  }

  private Path largest(String glob) throws IOException {
    try (Stream<Path> files = Files.list(data)) {
      return files.filter(f -> f.getFileSystem().getPathMatcher("glob:" + glob).matches(f.getFileName()))
          .max((a, b) -> Long.compare(a.toFile().length(), b.toFile().length())).orElseThrow();
    }
  }

  @Test
  void anIntactStoreChecksClean() throws IOException {
    fill();
    StoreCheck check = ArticleStore.check(data);
    assertTrue(check.clean(), check.problems().toString());
    assertTrue(check.articles() >= 2);
  }

  @Test
  void aFlippedBitIsFoundAndNamed() throws IOException {
    fill();
    Path victim = largest("*.{cfs,fdt}");
    try (RandomAccessFile f = new RandomAccessFile(victim.toFile(), "rw")) {
      long at = f.length() / 2;
      f.seek(at);
      int b = f.read();
      f.seek(at);
      f.write(b ^ 0x10);
    }
    StoreCheck check = ArticleStore.check(data);
    assertFalse(check.clean());
    assertFalse(check.problems().isEmpty());
  }

  @Test
  void aTruncatedCommitGivesATypedErrorOnOpen() throws IOException {
    fill();
    Path segments = largest("segments_*");
    try (RandomAccessFile f = new RandomAccessFile(segments.toFile(), "rw")) {
      f.setLength(f.length() / 2);
    }
    StoreCorruptException e = assertThrows(StoreCorruptException.class, () -> ArticleStore.openReadOnly(data));
    assertTrue(e.getMessage().startsWith("The store in " + data + " is damaged: "), e.getMessage());
    assertTrue(e.getMessage().contains("segments_"), e.getMessage());
    assertThrows(StoreCorruptException.class, () -> ArticleStore.open(data));
    assertFalse(ArticleStore.check(data).clean());
  }
}
