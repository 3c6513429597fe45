package org.parallax.ingest;

import java.io.IOException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.parallax.model.Article;
import org.parallax.model.Provenance;

/**
 * Reads RSS 2.0 and Atom feeds: each item or entry is one article. An item's {@code <source>} names its outlet
 * (aggregator feeds carry many outlets); otherwise the feed's title does. Items without text or title are skipped
 * and reported. The XML parser resolves no external entities.
 */
final class FeedReader {

  private FeedReader() {}

  static void read(String location, Decoded decoded, ArticleSink sink) throws IOException {
    Document xml = Jsoup.parse(decoded.text(), "", Parser.xmlParser());
    Element root = xml.selectFirst("rss, feed, rdf|RDF");
    if (root == null) {
      throw new BadInputException(location, null, "an XML document that is neither RSS nor Atom");
    }
    boolean atom = root.tagName().equalsIgnoreCase("feed");
    String feedTitle = childText(atom ? root : firstChild(root, "channel"), "title");
    int n = 0;
    for (Element item : root.getElementsByTag(atom ? "entry" : "item")) {
      n++;
      String position = (atom ? "entry " : "item ") + n;
      try {
        sink.accept(atom ? atomEntry(item, feedTitle, location, position, decoded)
            : rssItem(item, feedTitle, location, position, decoded));
      } catch (BadInputException e) {
        sink.skipped(e);
      }
    }
    if (n == 0) {
      throw new BadInputException(location, null, "the feed holds no items");
    }
  }

  private static Article rssItem(Element item, String feedTitle, String location, String position, Decoded decoded)
      throws BadInputException {
    String link = HtmlExtractor.firstNonBlank(childText(item, "link"), childText(item, "guid"));
    String body = HtmlExtractor.firstNonBlank(childText(item, "content:encoded"), childText(item, "description"));
    String published = HtmlExtractor.firstNonBlank(childText(item, "pubDate"), childText(item, "dc:date"));
    String outlet = HtmlExtractor.firstNonBlank(childText(item, "source"), feedTitle, HtmlExtractor.host(link));
    return article(item, childText(item, "title"), link, body, published, outlet, location, position, decoded);
  }

  private static Article atomEntry(Element entry, String feedTitle, String location, String position,
      Decoded decoded) throws BadInputException {
    String link = null;
    for (Element l : entry.children()) {
      if (l.tagName().equalsIgnoreCase("link") && (l.attr("rel").isEmpty() || l.attr("rel").equals("alternate"))) {
        link = l.attr("href");
        break;
      }
    }
    String body = HtmlExtractor.firstNonBlank(childText(entry, "content"), childText(entry, "summary"));
    String published = HtmlExtractor.firstNonBlank(childText(entry, "published"), childText(entry, "updated"));
    Element source = firstChild(entry, "source");
    String outlet = HtmlExtractor.firstNonBlank(source == null ? null : childText(source, "title"), feedTitle,
        HtmlExtractor.host(link));
    return article(entry, childText(entry, "title"), link, body, published, outlet, location, position, decoded);
  }

  private static Article article(Element item, String title, String link, String body, String published,
      String outlet, String location, String position, Decoded decoded) throws BadInputException {
    String text = body == null ? "" : htmlToText(body);
    String cleanTitle = title == null ? "" : Jsoup.parse(title).text().strip();
    if (text.isBlank() && cleanTitle.isBlank()) {
      throw new BadInputException(location, position, "the item has neither title nor text");
    }
    if (cleanTitle.isBlank()) {
      cleanTitle = PlainTextReader.headline(text);
    }
    // A feed is read when fetched: a date after now is a wrong or scheduled one.
    Dates.Dated date = Dates.believable(Dates.parse(published), Dates.parseDateTime(published),
        java.time.Instant.now(), null);
    String url = link == null || link.isBlank() ? null : link.strip();
    String o = outlet == null || outlet.isBlank() ? "unknown" : outlet.strip();
    Provenance provenance =
        new Provenance(location + "#" + position.replace(" ", ""), InputFormat.FEED.label(), decoded.charset().name(),
            decoded.source());
    return new Article(ArticleIds.derive(url, o, cleanTitle, text), o, url, cleanTitle, date.date(), text,
        provenance, null, null, date.at());
  }

  private static String htmlToText(String html) {
    if (!html.contains("<")) {
      return Parser.unescapeEntities(html, false).strip();
    }
    return HtmlExtractor.extract("<html><body>" + html + "</body></html>", null).text();
  }

  private static Element firstChild(Element parent, String tag) {
    if (parent == null) {
      return null;
    }
    for (Element c : parent.children()) {
      if (c.tagName().equalsIgnoreCase(tag)) {
        return c;
      }
    }
    return null;
  }

  private static String childText(Element parent, String tag) {
    Element c = firstChild(parent, tag);
    if (c == null) {
      return null;
    }
    // Escaped HTML in <description> arrives as text; CDATA arrives as a data node. wholeText keeps both.
    String t = c.wholeText();
    return t.isBlank() ? null : t.strip();
  }

}
