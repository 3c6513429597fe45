package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.TestData;
import org.parallax.model.Article;

class IngesterTest {

  @TempDir Path dir;
  private final CollectingDestination destination = new CollectingDestination();
  private final Ingester ingester = new Ingester(destination);

  private FileReport ingest(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return ingester.ingestFile(file);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void readsTheSeedsWithTheirSidecars() throws IOException {
    List<FileReport> reports = ingester.ingest(List.of(TestData.seeds()), (r, done, total) -> { });
    assertEquals(2, reports.size(), "sidecars are not articles");
    assertTrue(reports.stream().allMatch(FileReport::ok));
    Article first = destination.articles.get(0);
    assertEquals("Al Mayadeen English", first.outlet());
    assertEquals("US, Chinese FMs hold 'constructive' talks in Beijing: State Dept.", first.title());
    assertEquals(LocalDate.of(2023, 6, 18), first.published());
    assertTrue(first.text().startsWith("Chinese Foreign Minister Qin Gang warns"));
    Article second = destination.articles.get(1);
    assertEquals(LocalDate.of(2023, 6, 19), second.published());
    assertTrue(second.text().startsWith("US Secretary of State Anthony Blinken held"), second.text());
    assertTrue(second.title().startsWith("US Secretary of State Anthony Blinken held"));
    assertEquals(2, destination.commits, "each file is committed before it is reported");
  }

  @Test
  void plainTextDateLineWithoutSidecar() throws IOException {
    FileReport r = ingest("a.txt", utf8("date 2024-02-03\nTitle here\nBody text of the article."));
    assertTrue(r.ok());
    Article a = destination.articles.get(0);
    assertEquals(LocalDate.of(2024, 2, 3), a.published());
    assertEquals("Title here", a.title());
    assertEquals("Body text of the article.", a.text());
    assertEquals("unknown", a.outlet());
    assertEquals("text", r.format());
  }

  @Test
  void emptyAndBinaryFilesFailWithTheirReason() throws IOException {
    FileReport empty = ingest("empty.txt", new byte[0]);
    assertEquals("failed", empty.status());
    assertEquals("empty file", empty.failure().reason());
    byte[] random = new byte[4096];
    new SplittableRandom(7).nextBytes(random);
    random[0] = 0x42;
    FileReport binary = ingest("noise.bin", random);
    assertEquals("failed", binary.status());
    assertEquals("binary content, not a text format Parallax reads", binary.failure().reason());
    assertTrue(binary.failure().getMessage().startsWith(dir.resolve("noise.bin").toString()));
    assertTrue(destination.articles.isEmpty());
  }

  @Test
  void windows1252HtmlDecodesCorrectlyAndRecordsHow() throws IOException {
    String html = "<html><head><title>Caf\u00e9 owners \u201cangry\u201d \u2013 The Courier</title>"
        + "<meta property=\"og:site_name\" content=\"The Courier\">"
        + "<meta property=\"article:published_time\" content=\"2024-03-05T10:00:00+01:00\"></head><body>"
        + "<nav><a href=/>Home</a> <a href=/world>World</a></nav>"
        + "<div class=\"cookie-banner\">We use cookies to improve your experience, accept them all now please.</div>"
        + "<article><h1>Caf\u00e9 owners angry</h1>"
        + "<p>The caf\u00e9 owners of the old town said on Tuesday that the new rules, which take effect in May, "
        + "would cost them \u20ac2,000 a month.</p>"
        + "<p>\u201cWe were not asked,\u201d said Jos\u00e9 Mart\u00ednez, who runs a na\u00efve little bistro.</p>"
        + "</article><aside class=related><p>Read also: something else entirely, with many words in it.</p>"
        + "</aside><footer>Copyright 2024 The Courier, all rights reserved, every single one of them.</footer>"
        + "</body></html>";
    FileReport r = ingest("page.html", html.getBytes(Charset.forName("windows-1252")));
    assertTrue(r.ok(), () -> String.valueOf(r.failure()));
    Article a = destination.articles.get(0);
    assertEquals("html", r.format());
    assertEquals("windows-1252", a.provenance().charset());
    assertEquals("fallback-windows-1252", a.provenance().charsetSource());
    assertTrue(a.text().contains("caf\u00e9 owners"), a.text());
    assertTrue(a.text().contains("\u20ac2,000"), a.text());
    assertTrue(a.text().contains("\u201cWe were not asked,\u201d said Jos\u00e9 Mart\u00ednez"), a.text());
    assertFalse(a.text().contains("cookies"), a.text());
    assertFalse(a.text().contains("Read also"), a.text());
    assertFalse(a.text().contains("Copyright"), a.text());
    assertEquals("The Courier", a.outlet());
    assertEquals(LocalDate.of(2024, 3, 5), a.published());
  }

  @Test
  void htmlMetaCharsetAndJsonLdDate() throws IOException {
    String html = "<!DOCTYPE html><html><head><meta charset=\"iso-8859-1\">"
        + "<link rel=canonical href=\"https://www.example.org/news/1\">"
        + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2022-08-02\","
        + "\"publisher\":{\"name\":\"Example News\"}}</script></head>"
        + "<body><h1>Pelosi lands</h1><p>Na\u00efve reporting about the visit, which lasted most of the day and "
        + "ended late.</p></body></html>";
    FileReport r = ingest("x.htm", html.getBytes(StandardCharsets.ISO_8859_1));
    assertTrue(r.ok());
    Article a = destination.articles.get(0);
    assertEquals("meta", a.provenance().charsetSource());
    assertTrue(a.text().startsWith("Na\u00efve reporting"));
    assertEquals(LocalDate.of(2022, 8, 2), a.published());
    assertEquals("Example News", a.outlet());
    assertEquals("https://www.example.org/news/1", a.url());
    assertEquals("Pelosi lands", a.title());
  }

  @Test
  void hostileHtmlYieldsPlainText() throws IOException {
    String html = "<html><body><p>Officials said <script>alert(1)</script>the <b onmouseover=x()>talks</b> "
        + "went well &lt;img src=x onerror=alert(2)&gt; and would continue.</p></body></html>";
    ingest("evil.html", utf8(html));
    String text = destination.articles.get(0).text();
    assertFalse(text.contains("alert(1)"));
    assertEquals("Officials said the talks went well <img src=x onerror=alert(2)> and would continue.", text);
  }

  @Test
  void jsonLinesPlainAndGzippedWithABadLine() throws IOException {
    String lines = "{\"id\":\"x1\",\"source\":\"Reuters\",\"published\":\"2014-03-10\",\"title\":\"T1\","
        + "\"text\":\"Body one.\",\"url\":\"http://r.com/1\"}\n"
        + "{not json\n"
        + "{\"id\":\"x2\",\"source\":\"AP\",\"title\":\"\",\"text\":\"Body two. More.\",\"url\":null}\n";
    FileReport plain = ingest("a.jsonl", utf8(lines));
    assertEquals("partial", plain.status());
    assertEquals(2, plain.ingested());
    assertEquals("line 2, column 3", plain.skipped().get(0).position().replaceAll("column \\d+", "column 3"));
    FileReport gz = ingest("b.jsonl.gz", gzip(utf8(lines)));
    assertEquals(2, gz.ingested());
    assertEquals("jsonl", gz.format());
    Article a = destination.articles.get(0);
    assertEquals("x1", a.id());
    assertEquals("Reuters", a.outlet());
    assertEquals(LocalDate.of(2014, 3, 10), a.published());
    assertEquals("Body two.", destination.articles.get(1).title(), "a missing title becomes the first sentence");
  }

  @Test
  void jsonLinesSurviveABomBadBytesAndHostileIds() throws IOException {
    byte[] bad = {'{', '"', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'};
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    bytes.writeBytes(utf8("\uFEFF{\"id\":\"b1\",\"title\":\"First\",\"text\":\"One.\"}\r\n"));
    bytes.writeBytes(bad);
    bytes.writeBytes(utf8("{\"id\":\"" + "x".repeat(600) + "\",\"title\":\"Long id\",\"text\":\"Two.\"}\n"));
    bytes.writeBytes(utf8("{\"id\":\"b4\",\"title\":\"Fourth\",\"text\":\"Four.\"}"));
    FileReport r = ingest("mixed.jsonl", bytes.toByteArray());
    assertEquals(List.of("b1", "b4"), destination.articles.stream().map(Article::id).toList());
    assertEquals(2, r.skipped().size());
    assertEquals("line 2", r.skipped().get(0).position());
    assertEquals("not valid UTF-8, as JSON Lines must be", r.skipped().get(0).reason());
    assertEquals("an id longer than 512 characters", r.skipped().get(1).reason());
    assertTrue(r.skipped().get(1).location().endsWith("mixed.jsonl#line3"));
  }

  @Test
  void linesOverTheCapAreSkippedWithoutBeingHeld() throws IOException {
    byte[] input = utf8("short\n" + "y".repeat(5000) + "\nlast");
    LineReader lines = new LineReader(new java.io.ByteArrayInputStream(input), 1000);
    assertEquals("short", new String(lines.next().bytes(), StandardCharsets.UTF_8));
    LineReader.Line big = lines.next();
    assertTrue(big.tooLong());
    assertEquals(0, big.bytes().length);
    LineReader.Line last = lines.next();
    assertEquals(3, last.number());
    assertEquals("last", new String(last.bytes(), StandardCharsets.UTF_8));
    assertNull(lines.next());
  }

  @Test
  void hiddenDirectoriesAndFilesAreNotWalked() throws IOException {
    Path root = Files.createDirectories(dir.resolve("root"));
    Files.createDirectories(root.resolve(".git"));
    Files.writeString(root.resolve(".git/config"), "Not an article\nat all");
    Files.writeString(root.resolve(".hidden.txt"), "Hidden\ntext");
    Files.writeString(root.resolve("visible.txt"), "Visible\ntext");
    List<FileReport> reports = ingester.ingest(List.of(root), (r, d, t) -> { });
    assertEquals(List.of(root.resolve("visible.txt").toString()), reports.stream().map(FileReport::path).toList());
  }

  @Test
  void aWarcRecordWithAnUnsupportedEncodingCostsOnlyThatRecord() throws IOException {
    String brotli = new String(Warcs.response("https://news.example/br", "text/html", "garbage",
        StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1)
        .replace("Content-Type: text/html\r\n", "Content-Type: text/html\r\nContent-Encoding: br\r\n");
    brotli = brotli.replaceFirst("Content-Length: (\\d+)\r\n\r\nHTTP",
        "Content-Length: " + (Integer.parseInt(brotli.replaceAll("(?s).*?Content-Length: (\\d+)\r\n\r\nHTTP.*", "$1"))
            + "Content-Encoding: br\r\n".length()) + "\r\n\r\nHTTP");
    byte[] warc = Warcs.archive(brotli.getBytes(StandardCharsets.ISO_8859_1),
        Warcs.response("https://news.example/ok", "text/html", "<p>A readable page with enough words to count as "
            + "prose.</p>", StandardCharsets.UTF_8));
    FileReport r = ingest("mixed.warc", warc);
    assertEquals(1, r.ingested(), () -> String.valueOf(r.failure()) + r.skipped());
    assertEquals(1, r.skipped().size());
    assertTrue(r.skipped().get(0).reason().startsWith("unreadable HTTP response"), r.skipped().get(0).reason());
  }

  @Test
  void truncatedGzipIsReportedAndKeepsWhatCameBefore() throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      sb.append("{\"id\":\"t").append(i).append("\",\"source\":\"S\",\"title\":\"Title ").append(i)
          .append("\",\"text\":\"Some text that varies ").append(i * 7919).append(".\"}\n");
    }
    byte[] gz = gzip(utf8(sb.toString()));
    FileReport r = ingest("cut.jsonl.gz", Arrays.copyOf(gz, gz.length / 2));
    assertEquals("partial", r.status());
    assertNotNull(r.failure());
    assertTrue(r.failure().reason().startsWith("truncated or corrupt compressed data"), r.failure().reason());
    assertTrue(r.ingested() > 0 && r.ingested() < 2000);
  }

  @Test
  void rssItemsHonourTheirSourceElement() throws IOException {
    String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Aggregator</title>"
        + "<item><title>Talks in Beijing</title><link>https://a.example/1</link>"
        + "<pubDate>Sun, 18 Jun 2023 10:00:00 GMT</pubDate><source url=\"https://reuters.com\">Reuters</source>"
        + "<description>&lt;p&gt;Blinken met Qin Gang for talks that lasted more than five hours.&lt;/p&gt;"
        + "</description></item>"
        + "<item><title>Second</title><link>https://a.example/2</link><description><![CDATA[<p>Plain "
        + "words here, in a paragraph long enough to count as prose.</p>]]></description></item>"
        + "</channel></rss>";
    FileReport r = ingest("feed.xml", utf8(rss));
    assertTrue(r.ok());
    assertEquals("feed", r.format());
    assertEquals(2, r.ingested());
    Article a = destination.articles.get(0);
    assertEquals("Reuters", a.outlet());
    assertEquals("Talks in Beijing", a.title());
    assertEquals(LocalDate.of(2023, 6, 18), a.published());
    assertEquals("Blinken met Qin Gang for talks that lasted more than five hours.", a.text());
    assertEquals("Aggregator", destination.articles.get(1).outlet());
  }

  @Test
  void atomEntries() throws IOException {
    String atom = "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
        + "<title>Example Wire</title><entry><title>Storm hits coast</title>"
        + "<link rel=\"alternate\" href=\"https://w.example/storm\"/><published>2024-01-02T03:04:05Z</published>"
        + "<summary>The storm hit the coast overnight.</summary></entry></feed>";
    FileReport r = ingest("atom.xml", utf8(atom));
    assertTrue(r.ok());
    Article a = destination.articles.get(0);
    assertEquals("Example Wire", a.outlet());
    assertEquals("https://w.example/storm", a.url());
    assertEquals(LocalDate.of(2024, 1, 2), a.published());
    assertEquals("The storm hit the coast overnight.", a.text());
  }

  @Test
  void warcResponsesPlainAndGzipped() throws IOException {
    byte[] warc = Warcs.archive(
        Warcs.response("https://news.example/a", "text/html; charset=windows-1252",
            "<html><head><title>A</title></head><body><p>Caf\u00e9 society gathered on the square for a long "
                + "evening of talk.</p></body></html>", Charset.forName("windows-1252")),
        Warcs.response("https://news.example/b.png", "image/png", "PNGDATA", StandardCharsets.ISO_8859_1));
    FileReport r = ingest("crawl.warc", warc);
    assertTrue(r.ok(), () -> String.valueOf(r.failure()));
    assertEquals("warc", r.format());
    assertEquals(1, r.ingested());
    Article a = destination.articles.get(0);
    assertEquals("https://news.example/a", a.url());
    assertEquals("news.example", a.outlet());
    assertEquals("http-header", a.provenance().charsetSource());
    assertTrue(a.text().startsWith("Caf\u00e9 society"));
    assertEquals(LocalDate.of(2023, 6, 18), a.published(), "capture date when the page gives none");
    FileReport gz = ingest("crawl.warc.gz", gzip(warc));
    assertEquals(1, gz.ingested());
  }

  @Test
  void formatDetectionLooksAtContentNotNames() {
    assertEquals(InputFormat.JSONL, Ingester.detect(utf8("  {\"id\":1}")));
    assertEquals(InputFormat.HTML, Ingester.detect(utf8("<!doctype html><p>x")));
    assertEquals(InputFormat.FEED, Ingester.detect(utf8("<?xml version=\"1.0\"?>\n<rss>")));
    assertEquals(InputFormat.WARC, Ingester.detect(utf8("WARC/1.0\r\n")));
    assertEquals(InputFormat.TEXT, Ingester.detect(utf8("A title\nBody")));
  }

  @Test
  void missingPathsAreReported() throws IOException {
    List<FileReport> reports = ingester.ingest(List.of(dir.resolve("nope")), (r, d, t) -> { });
    assertEquals("no such file or directory", reports.get(0).failure().reason());
    assertNull(reports.get(0).format());
  }

  @Test
  void aFailingStoreStopsTheBatchInsteadOfBeingBlamedOnTheFile() throws IOException {
    Path file = Files.writeString(dir.resolve("ok.txt"), "Title\nText");
    Destination broken = new Destination() {
      @Override
      public Placement add(Article article) throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void commit() {}
    };
    IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
        () -> new Ingester(broken).ingestFile(file));
    assertEquals("disk full", e.getMessage());
  }

  static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }
}
