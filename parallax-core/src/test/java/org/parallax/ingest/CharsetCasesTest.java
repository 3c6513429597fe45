package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parallax.model.Article;

/**
 * Charset cases met in real pages, archives and feeds. Each must come out right, with the rule that chose the
 * charset recorded, and never with U+FFFD where the bytes had a reading.
 */
class CharsetCasesTest {

  @TempDir Path dir;

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static byte[] page(String meta, String body, Charset charset) {
    return ("<html><head>" + meta + "<title>" + body + "</title></head><body><p>" + body + " — and more words to "
        + "make a paragraph of prose.</p></body></html>").getBytes(charset);
  }

  static Stream<Arguments> cases() {
    Charset cp1252 = Charset.forName("windows-1252");
    String filler = "<script>" + "var x = 1;\n".repeat(600) + "</script>";
    return Stream.of(
        Arguments.of("BOM disagrees with meta: the BOM wins",
            concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                page("<meta charset=windows-1252>", "Zoë’s café", StandardCharsets.UTF_8)),
            null, "Zoë’s café", "bom"),
        Arguments.of("meta charset after 5 KB of script",
            page(filler + "<meta charset=koi8-r>", "Привет мир", Charset.forName("KOI8-R")),
            null, "Привет мир", "meta"),
        Arguments.of("gbk spelled as gb2312",
            page("<meta http-equiv=Content-Type content=\"text/html; charset=GB2312\">", "北京会谈",
                Charset.forName("GBK")), null, "北京会谈", "meta"),
        Arguments.of("gbk spelled x-gbk, quoted oddly",
            page("<meta content='text/html;charset=\"x-gbk\"' http-equiv='content-type'>", "外交部长",
                Charset.forName("GBK")), null, "外交部长", "meta"),
        Arguments.of("a lying HTTP header: Latin-1 claimed, UTF-8 sent",
            page("", "Qin Gang’s “core interests”", StandardCharsets.UTF_8),
            "iso-8859-1", "Qin Gang’s “core interests”", "utf-8-valid"),
        Arguments.of("ISO-8859-8-I (logical Hebrew)",
            page("<meta charset=\"ISO-8859-8-I\">", "שלום עולם", Charset.forName("ISO-8859-8")),
            null, "שלום עולם", "meta"),
        Arguments.of("Windows-1252 smart quotes, undeclared",
            page("", "“Candid” – and ‘constructive’", cp1252), null, "“Candid” – and ‘constructive’",
            "fallback-windows-1252"),
        Arguments.of("Shift_JIS declared",
            page("<meta charset=Shift_JIS>", "東京の会談", Charset.forName("Shift_JIS")), null, "東京の会談", "meta"),
        Arguments.of("EUC-KR declared",
            page("<meta charset=euc-kr>", "서울 회담", Charset.forName("EUC-KR")), null, "서울 회담", "meta"),
        Arguments.of("UTF-16 declared without a BOM is really UTF-8",
            page("<meta charset=utf-16>", "naïve résumé", StandardCharsets.UTF_8), null, "naïve résumé", "meta"),
        Arguments.of("UTF-8 with one stray Latin-1 byte",
            concat(page("", "Beijing’s talks", StandardCharsets.UTF_8), "café".getBytes(StandardCharsets.ISO_8859_1)),
            null, "Beijing’s talks", "utf-8-repaired-windows-1252"),
        Arguments.of("windows-1251 declared by HTTP header",
            page("", "Москва", Charset.forName("windows-1251")), "windows-1251", "Москва", "http-header"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void decodesRightAndSaysHow(String name, byte[] bytes, String header, String expected, String source)
      throws BadInputException {
    Decoded d = TextDecoder.decode(bytes, header, true, name);
    assertTrue(d.text().contains(expected), () -> name + ": " + d.text().substring(0, Math.min(300, d.text().length())));
    assertFalse(d.text().contains("\uFFFD"), name);
    assertEquals(source, d.source(), name);
  }

  @org.junit.jupiter.api.Test
  void aFeedMixingEncodingsKeepsEveryTitleReadable() throws IOException {
    byte[] feed = concat(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Mixed</title>"
            .getBytes(StandardCharsets.UTF_8),
        "<item><title>Zoë’s report</title><description>UTF-8 item.</description></item>"
            .getBytes(StandardCharsets.UTF_8),
        "<item><title>Caf\u00e9 owners</title><description>Latin-1 item.</description></item>"
            .getBytes(StandardCharsets.ISO_8859_1),
        "</channel></rss>".getBytes(StandardCharsets.UTF_8));
    CollectingDestination destination = new CollectingDestination();
    FileReport r = new Ingester(destination).ingestFile(Files.write(dir.resolve("mixed.xml"), feed));
    assertTrue(r.ok(), () -> String.valueOf(r.failure()));
    assertEquals("Zoë’s report", destination.articles.get(0).title());
    assertEquals("Café owners", destination.articles.get(1).title());
    for (Article a : destination.articles) {
      assertFalse(a.title().contains("\uFFFD"));
      assertEquals("utf-8-repaired-windows-1252", a.provenance().charsetSource());
    }
  }
}
