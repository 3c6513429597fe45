package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;

/** Publication dates: offsets kept, published before modified, never after the capture or the ingest. */
class PublicationDatesTest {

  private static final String TEXT = "<p>Officials met on Sunday in Beijing for talks that both sides later described"
      + " as candid and constructive, and agreed to meet again.</p>";

  private static Article page(String head, Instant captured) throws IOException {
    String html = "<html><head>" + head + "</head><body>" + TEXT + "</body></html>";
    return HtmlReader.read("page.html", new Decoded(html, StandardCharsets.UTF_8, "declared"), null, captured,
        "html");
  }

  private static String meta(String property, String content) {
    return "<meta property=\"" + property + "\" content=\"" + content + "\">";
  }

  @Test
  void theOutletsOffsetIsKeptAndItsCalendarDateIsTheDate() throws IOException {
    Article a = page(meta("article:published_time", "2023-06-18T23:30:00-04:00"), null);
    assertEquals(OffsetDateTime.parse("2023-06-18T23:30:00-04:00"), a.publishedAt());
    assertEquals("-04:00", a.publishedAt().getOffset().getId());
    // In UTC this is already 19 June; the outlet's readers saw 18 June.
    assertEquals(LocalDate.of(2023, 6, 18), a.published());
  }

  @Test
  void zoneIdsAndRssZoneNamesBecomeOffsets() {
    assertEquals(OffsetDateTime.parse("2023-06-18T10:00:00+08:00"),
        Dates.parseDateTime("2023-06-18T10:00:00+08:00[Asia/Shanghai]"));
    assertEquals(OffsetDateTime.parse("2023-06-18T10:00:00-04:00"),
        Dates.parseDateTime("Sun, 18 Jun 2023 10:00:00 EDT"));
    assertEquals(OffsetDateTime.parse("2023-06-18T10:00:00Z"), Dates.parseDateTime("Sun, 18 Jun 2023 10:00:00 GMT"));
    assertEquals(OffsetDateTime.parse("2023-06-18T10:00:00+02:00"),
        Dates.parseDateTime("Sun, 18 Jun 2023 10:00:00 +0200"));
    assertNull(Dates.parseDateTime("2023-06-18T10:00:00"), "a local time without an offset cannot be placed");
    assertNull(Dates.parseDateTime("2023-06-18"));
    assertNull(Dates.parseDateTime("next Tuesday"));
  }

  @Test
  void thePublishedDateIsPreferredOverTheModifiedDate() throws IOException {
    Article modifiedFirst = page(meta("article:modified_time", "2023-06-20T08:00:00+03:00")
        + meta("article:published_time", "2023-06-18T09:00:00+03:00"), null);
    assertEquals(OffsetDateTime.parse("2023-06-18T09:00:00+03:00"), modifiedFirst.publishedAt());
    Article ld = page("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Talks\","
        + "\"dateModified\":\"2023-06-21T00:00:00Z\",\"datePublished\":\"2023-06-19T06:00:00+08:00\"}</script>", null);
    assertEquals(LocalDate.of(2023, 6, 19), ld.published());
    Article onlyModified = page(meta("article:modified_time", "2023-06-20T08:00:00+03:00"), null);
    assertEquals(LocalDate.of(2023, 6, 20), onlyModified.published(), "the modified date when nothing else dates it");
  }

  @Test
  void aPageTimeAfterTheCaptureIsNotBelieved() throws IOException {
    Instant captured = Instant.parse("2023-06-18T12:00:00Z");
    Article later = page(meta("article:published_time", "2023-06-18T13:00:00Z"), captured);
    assertEquals(LocalDate.of(2023, 6, 18), later.published(), "the capture's date instead");
    assertNull(later.publishedAt());
    Article earlier = page(meta("article:published_time", "2023-06-18T19:00:00+08:00"), captured);
    assertEquals(OffsetDateTime.parse("2023-06-18T19:00:00+08:00"), earlier.publishedAt());
    Article template = page(meta("article:published_time", "2031-01-01"), captured);
    assertEquals(LocalDate.of(2023, 6, 18), template.published());
    // A bare date one day ahead of the capture's UTC date is a zone east of UTC, not a lie.
    assertEquals(LocalDate.of(2023, 6, 19), page(meta("article:published_time", "2023-06-19"), captured).published());
  }

  @Test
  void aDateAfterTheIngestIsNotBelieved() throws IOException {
    OffsetDateTime future = OffsetDateTime.now().plusHours(3);
    Article page = page(meta("article:published_time", future.toString()), null);
    assertNull(page.publishedAt());
    assertNull(page.published(), "a file has no capture date to fall back on");
    assertNull(page(meta("article:published_time", "2999-01-01"), null).published());

    List<Article> items = new ArrayList<>();
    String rss = "<rss version=\"2.0\"><channel><title>Wire</title>"
        + "<item><title>Scheduled</title><description>Embargoed until later.</description>"
        + "<pubDate>Mon, 01 Jan 2999 10:00:00 GMT</pubDate></item>"
        + "<item><title>Talks</title><description>They met.</description>"
        + "<pubDate>Sun, 18 Jun 2023 22:15:00 -0400</pubDate></item></channel></rss>";
    FeedReader.read("feed.xml", new Decoded(rss, StandardCharsets.UTF_8, "declared"), new ArticleSink() {
      @Override
      public void accept(Article article) {
        items.add(article);
      }

      @Override
      public void skipped(BadInputException problem) {
        throw new AssertionError(problem);
      }
    });
    assertNull(items.get(0).published());
    assertEquals(OffsetDateTime.parse("2023-06-18T22:15:00-04:00"), items.get(1).publishedAt());
    assertEquals(LocalDate.of(2023, 6, 18), items.get(1).published());
  }
}
