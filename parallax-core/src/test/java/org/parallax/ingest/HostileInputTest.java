package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs built to exhaust stack, memory or patience: each is read or reported, in bounded time and space. */
class HostileInputTest {

  @TempDir Path dir;
  private final CollectingDestination destination = new CollectingDestination();

  private FileReport ingest(String name, byte[] bytes) throws IOException {
    return new Ingester(destination).ingestFile(Files.write(dir.resolve(name), bytes));
  }

  @Test
  void deeplyNestedHtmlUnderASmallStack() throws IOException {
    StringBuilder html = new StringBuilder("<html><body>");
    html.append("<div>".repeat(100_000)).append("<p>Deep inside, a paragraph long enough to be prose.</p>");
    html.append("</div>".repeat(100_000)).append("</body></html>");
    FileReport r = ingest("deep.html", html.toString().getBytes(StandardCharsets.UTF_8));
    assertTrue(r.ok() || r.failure() != null);
  }

  @Test
  void tenThousandParagraphs() throws IOException {
    StringBuilder html = new StringBuilder("<html><body><article>");
    for (int i = 0; i < 10_000; i++) {
      html.append("<p>Paragraph ").append(i).append(", with a clause, and another, to look like prose.</p>");
    }
    FileReport r = ingest("long.html", html.append("</article></body></html>").toString()
        .getBytes(StandardCharsets.UTF_8));
    assertTrue(r.ok());
    assertTrue(destination.articles.get(0).text().contains("Paragraph 9999,"));
  }

  @Test
  void aGzipBombOfTextIsCutAtTheLimit() throws IOException {
    FileReport r = ingest("bomb.txt.gz", gzipOf('a', 200L << 20));
    assertEquals("larger than 64 MiB", r.failure().reason());
  }

  @Test
  void aGzipBombOfOneJsonLineIsSkippedWithoutHoldingIt() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out)) {
      gz.write("{\"id\":\"x\",\"text\":\"".getBytes(StandardCharsets.UTF_8));
      byte[] chunk = "a".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 100; i++) {
        gz.write(chunk);
      }
      gz.write("\"}\n{\"id\":\"y\",\"title\":\"After\",\"text\":\"Still read.\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    FileReport r = ingest("bomb.jsonl.gz", out.toByteArray());
    assertEquals(1, r.ingested());
    assertEquals("a line longer than 16 MiB", r.skipped().get(0).reason());
    assertEquals("y", destination.articles.get(0).id());
  }

  @Test
  void zerosInAGzipAreBinary() throws IOException {
    FileReport r = ingest("zeros.gz", gzipOf('\0', 50L << 20));
    assertEquals("binary content, not a text format Parallax reads", r.failure().reason());
  }

  private static byte[] gzipOf(char c, long size) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] chunk = new byte[1 << 20];
    java.util.Arrays.fill(chunk, (byte) c);
    try (OutputStream gz = new GZIPOutputStream(out)) {
      for (long written = 0; written < size; written += chunk.length) {
        gz.write(chunk);
      }
    }
    return out.toByteArray();
  }
}
