package org.parallax.ingest;

import java.io.IOException;
import java.time.LocalDate;
import org.parallax.model.Article;
import org.parallax.model.Provenance;

/** Reads one HTML page as one article (from a file or a WARC response record). */
final class HtmlReader {

  private HtmlReader() {}

  /**
   * The page's date unless it lies after the capture (or, for a file, after tomorrow: time zones), which only a
   * wrong or template date can; then the capture date.
   */
  static LocalDate plausible(LocalDate pageDate, LocalDate captured) {
    LocalDate latest = captured != null ? captured.plusDays(1) : LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1);
    return pageDate != null && !pageDate.isAfter(latest) ? pageDate : captured;
  }

  /**
   * @param location where the page came from, for provenance and errors
   * @param url the page's address where known (a WARC target URI), else null
   * @param fallbackDate a date to use when the page gives none (the WARC capture date), else null
   */
  static Article read(String location, Decoded decoded, String url, LocalDate fallbackDate, String format)
      throws IOException {
    HtmlExtractor.Extracted page = HtmlExtractor.extract(decoded.text(), url);
    if (page.text().isBlank()) {
      throw new BadInputException(location, null, "the HTML page holds no article text");
    }
    String outlet = page.outlet() == null ? "unknown" : page.outlet();
    String title = page.title().isBlank() ? PlainTextReader.headline(page.text()) : page.title();
    LocalDate published = plausible(page.published(), fallbackDate);
    String pageUrl = page.url() == null || page.url().isBlank() ? null : page.url();
    Provenance provenance = new Provenance(location, format, decoded.charset().name(), decoded.source());
    String id = ArticleIds.derive(pageUrl, outlet, title, page.text());
    return new Article(id, outlet, pageUrl, title, published, page.text(), provenance, null, null);
  }
}
