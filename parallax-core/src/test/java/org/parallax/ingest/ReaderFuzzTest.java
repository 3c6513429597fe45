package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.parallax.model.Article;

/**
 * Random and mutated inputs for every reader: ingesting never throws, every article it yields is well formed, and
 * every problem is a reported {@link BadInputException}. jqwik prints the seed of a failing run.
 */
class ReaderFuzzTest {

  private static final List<byte[]> VALID = List.of(
      utf8("date 2023-06-19\nTalks in Beijing\nBlinken held “candid” talks with Qin Gang on Sunday.\n"),
      utf8("{\"id\":\"a\",\"source\":\"S\",\"published\":\"2014-03-10\",\"title\":\"T\",\"text\":\"Body.\"}\n"
          + "{\"id\":\"b\",\"source\":\"S\",\"title\":\"U\",\"text\":\"Other body text here.\"}\n"),
      utf8("<!doctype html><html><head><meta charset=utf-8><title>T</title>"
          + "<meta property=\"article:published_time\" content=\"2024-01-02\"></head><body><nav>menu</nav>"
          + "<article><p>First paragraph of the story, long enough to be prose.</p><p>Second one, also long.</p>"
          + "</article></body></html>"),
      utf8("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>F</title><item><title>I</title>"
          + "<link>https://x.example/1</link><source url=\"u\">Wire</source><description>&lt;p&gt;Text of the "
          + "item.&lt;/p&gt;</description></item></channel></rss>"),
      utf8("<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>A</title><entry>"
          + "<title>E</title><link href=\"https://a.example/e\"/><summary>Entry text.</summary></entry></feed>"),
      Warcs.response("https://w.example/p", "text/html; charset=utf-8",
          "<html><body><p>Archived page text that is long enough to count.</p></body></html>",
          StandardCharsets.UTF_8));

  private Path dir;

  @BeforeProperty
  void makeDir() throws IOException {
    dir = Files.createTempDirectory("parallax-fuzz");
  }

  @AfterProperty
  void removeDir() throws IOException {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Provide
  Arbitrary<byte[]> mutated() {
    return Arbitraries.integers().between(0, VALID.size() - 1).flatMap(i ->
        Arbitraries.longs().map(seed -> mutate(VALID.get(i), new SplittableRandom(seed))));
  }

  /** Flips, inserts, deletes, truncates or gzips a valid input: the broken files found in the wild. */
  static byte[] mutate(byte[] input, SplittableRandom random) {
    byte[] b = input.clone();
    int edits = 1 + random.nextInt(8);
    for (int e = 0; e < edits && b.length > 0; e++) {
      int at = random.nextInt(b.length);
      switch (random.nextInt(5)) {
        case 0 -> b[at] = (byte) random.nextInt(256);
        case 1 -> b = java.util.Arrays.copyOf(b, at);
        case 2 -> {
          byte[] out = new byte[b.length + 1];
          System.arraycopy(b, 0, out, 0, at);
          out[at] = (byte) "<>\"&{}[]\\\n\r\u0000\u00ff".charAt(random.nextInt(13));
          System.arraycopy(b, at, out, at + 1, b.length - at);
          b = out;
        }
        case 3 -> {
          byte[] out = new byte[b.length - 1];
          System.arraycopy(b, 0, out, 0, at);
          System.arraycopy(b, at + 1, out, at, b.length - at - 1);
          b = out;
        }
        default -> b[at] = (byte) (b[at] ^ (1 << random.nextInt(8)));
      }
    }
    if (random.nextInt(4) == 0) {
      try {
        byte[] gz = IngesterTest.gzip(b);
        return random.nextBoolean() ? gz : java.util.Arrays.copyOf(gz, random.nextInt(gz.length + 1));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
    return b;
  }

  @Property(tries = 400)
  void mutatedInputsAreReadOrReported(@ForAll("mutated") byte[] input) throws IOException {
    assertIngestsCleanly(input);
  }

  @Property(tries = 200)
  void randomBytesAreReadOrReported(@ForAll byte[] input) throws IOException {
    assertIngestsCleanly(input);
  }

  private void assertIngestsCleanly(byte[] input) throws IOException {
    Path file = dir.resolve("input");
    Files.write(file, input);
    CollectingDestination destination = new CollectingDestination();
    FileReport report = new Ingester(destination).ingestFile(file);
    assertNotNull(report.status());
    assertEquals(destination.articles.size(), report.ingested());
    for (Article a : destination.articles) {
      assertTrue(a.id().length() <= ArticleLimits.MAX_ID);
      assertTrue(!a.outlet().isBlank());
      assertNotNull(a.text());
      assertNotNull(a.title());
    }
    if (report.failure() != null) {
      assertTrue(report.failure().getMessage().startsWith(file.toString()), report.failure().getMessage());
    }
  }
}
