package org.parallax.ingest;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.parallax.model.Article;
import org.parallax.model.Provenance;

/** Reads one HTML page as one article (from a file or a WARC response record). */
final class HtmlReader {

  private HtmlReader() {}

  /**
   * @param location where the page came from, for provenance and errors
   * @param url the page's address where known (a WARC target URI), else null
   * @param captured when a crawler captured the page (a WARC record), else null: the page was just read. A page
   *     date after it is not believed, and the capture's date stands in for a missing one
   */
  static Article read(String location, Decoded decoded, String url, Instant captured, String format)
      throws IOException {
    HtmlExtractor.Extracted page = HtmlExtractor.extract(decoded.text(), url);
    if (page.text().isBlank()) {
      throw new BadInputException(location, null, "the HTML page holds no article text");
    }
    String outlet = page.outlet() == null ? "unknown" : page.outlet();
    String title = page.title().isBlank() ? PlainTextReader.headline(page.text()) : page.title();
    Dates.Dated published = captured == null
        ? Dates.believable(page.published(), page.publishedAt(), Instant.now(), null)
        : Dates.believable(page.published(), page.publishedAt(), captured,
            LocalDate.ofInstant(captured, ZoneOffset.UTC));
    String pageUrl = page.url() == null || page.url().isBlank() ? null : page.url();
    Provenance provenance = new Provenance(location, format, decoded.charset().name(), decoded.source());
    String id = ArticleIds.derive(pageUrl, outlet, title, page.text());
    return new Article(id, outlet, pageUrl, title, published.date(), page.text(), provenance, null, null,
        published.at());
  }
}
