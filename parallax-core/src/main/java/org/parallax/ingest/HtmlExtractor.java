package org.parallax.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Pulls an article out of an HTML page: the main text without menus, ads, cookie banners and link lists; the title;
 * the publication date (meta tags, JSON-LD, {@code <time>}); the outlet ({@code og:site_name}, JSON-LD publisher, or
 * the host); the canonical URL.
 *
 * <p>The main text is the block-level content of the element whose paragraphs hold the most prose, scored as in
 * Readability: each paragraph's length goes to its parent in full and to its grandparent in half, less what sits in
 * links.
 */
final class HtmlExtractor {

  /** What one page yields. {@code text} is empty when the page holds no prose. */
  record Extracted(String title, String text, LocalDate published, OffsetDateTime publishedAt, String outlet,
      String url) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> BOILERPLATE = Set.of(
      "cookie", "cookies", "consent", "gdpr", "banner", "ad", "ads", "advert", "advertisement", "advertising",
      "promo", "promotion", "sponsor", "sponsored", "newsletter", "subscribe", "subscription", "share", "sharing",
      "social", "related", "recommended", "recommendations", "comments", "comment", "sidebar", "menu", "nav",
      "navbar", "navigation", "breadcrumb", "breadcrumbs", "footer", "popup", "modal", "paywall", "outbrain",
      "taboola", "toolbar", "widget", "skip", "signup", "byline-share", "trending", "most-read", "tags");
  private static final String REMOVE =
      "script, style, noscript, template, iframe, svg, canvas, form, button, input, select, nav, footer, aside, "
          + "dialog, [hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo], "
          + "[role=complementary], [role=dialog], [role=alertdialog]";
  private static final String BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption";

  private HtmlExtractor() {}

  static Extracted extract(String html, String baseUri) {
    Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);
    String url = firstNonBlank(attr(doc, "link[rel=canonical]", "abs:href"), meta(doc, "og:url"), baseUri);
    Map<String, String> ld = jsonLd(doc);
    String title = firstNonBlank(meta(doc, "og:title"), meta(doc, "twitter:title"), ld.get("headline"),
        text(doc.selectFirst("h1")), doc.title());
    // The published date before any other, the modified date only when nothing else dates the page.
    String when = firstNonBlank(
        meta(doc, "article:published_time"), ld.get("datePublished"), meta(doc, "datePublished"),
        meta(doc, "pubdate"), meta(doc, "publishdate"), meta(doc, "publish-date"), meta(doc, "date"),
        meta(doc, "dc.date"), meta(doc, "dc.date.issued"), meta(doc, "sailthru.date"),
        attr(doc, "time[datetime]", "datetime"), meta(doc, "article:modified_time"), ld.get("dateModified"));
    String outlet = firstNonBlank(meta(doc, "og:site_name"), ld.get("publisher"), meta(doc, "application-name"),
        host(url));
    String text = mainText(doc);
    return new Extracted(title == null ? "" : title.strip(), text, Dates.parse(when), Dates.parseDateTime(when),
        outlet, url);
  }

  private static String mainText(Document doc) {
    Element body = doc.body();
    if (body == null) {
      return "";
    }
    body.select(REMOVE).remove();
    for (Element e : body.getAllElements()) {
      if (e != body && e.parent() != null && isBoilerplate(e)) {
        e.remove();
      }
    }
    Element best = bestContainer(body);
    List<String> blocks = new ArrayList<>();
    for (Element block : best.select(BLOCKS)) {
      if (hasBlockAncestorWithin(block, best)) {
        continue;
      }
      String t = block.text().strip();
      if (t.isEmpty() || linkDensity(block) > 0.5) {
        continue;
      }
      if (block.tagName().equals("li") && t.length() < 40) {
        continue;
      }
      blocks.add(t);
    }
    if (blocks.isEmpty()) {
      String t = best.wholeText().replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll("\\s*\\n\\s*", "\n").strip();
      return t;
    }
    return String.join("\n\n", blocks);
  }

  private static boolean hasBlockAncestorWithin(Element block, Element root) {
    for (Element p = block.parent(); p != null && p != root; p = p.parent()) {
      if (p.is(BLOCKS)) {
        return true;
      }
    }
    return false;
  }

  private static Element bestContainer(Element body) {
    Map<Element, Double> score = new HashMap<>();
    for (Element p : body.select("p, pre, blockquote")) {
      String t = p.text();
      if (t.length() < 25) {
        continue;
      }
      double s = (1 + countCommas(t) + Math.min(t.length() / 100.0, 3)) * (1 - linkDensity(p));
      Element parent = p.parent();
      if (parent != null) {
        score.merge(parent, s, Double::sum);
        if (parent.parent() != null) {
          score.merge(parent.parent(), s / 2, Double::sum);
        }
      }
    }
    Element best = body;
    double top = 0;
    for (Map.Entry<Element, Double> e : score.entrySet()) {
      if (e.getValue() > top) {
        top = e.getValue();
        best = e.getKey();
      }
    }
    return best;
  }

  private static int countCommas(String t) {
    int n = 0;
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) == ',') {
        n++;
      }
    }
    return n;
  }

  private static double linkDensity(Element e) {
    int total = e.text().length();
    if (total == 0) {
      return 0;
    }
    int linked = 0;
    for (Element a : e.select("a")) {
      linked += a.text().length();
    }
    return linked / (double) total;
  }

  private static boolean isBoilerplate(Element e) {
    if (e.is("html, body, main, article, p, h1, h2, h3")) {
      return false;
    }
    String marks = (e.id() + " " + e.className()).toLowerCase(Locale.ROOT);
    if (marks.isBlank()) {
      return false;
    }
    for (String token : marks.split("[^a-z0-9]+")) {
      if (BOILERPLATE.contains(token)) {
        return true;
      }
    }
    return false;
  }

  private static String meta(Document doc, String name) {
    for (Element m : doc.select("meta[content]")) {
      String key = firstNonBlank(m.attr("property"), m.attr("name"), m.attr("itemprop"));
      if (key != null && key.equalsIgnoreCase(name) && !m.attr("content").isBlank()) {
        return m.attr("content").strip();
      }
    }
    return null;
  }

  private static String attr(Document doc, String css, String attribute) {
    Element e = doc.selectFirst(css);
    return e == null ? null : e.attr(attribute);
  }

  private static String text(Element e) {
    return e == null ? null : e.text();
  }

  /** {@code headline}, {@code datePublished}, {@code dateModified}, {@code publisher} from JSON-LD blocks. */
  private static Map<String, String> jsonLd(Document doc) {
    Map<String, String> out = new HashMap<>();
    Elements scripts = doc.select("script[type=application/ld+json]");
    for (Element script : scripts) {
      try {
        collect(JSON.readTree(script.data()), out, 0);
      } catch (java.io.IOException | RuntimeException e) {
        // A broken JSON-LD block is common and harmless: the meta tags and the page still speak.
      }
    }
    return out;
  }

  private static void collect(JsonNode node, Map<String, String> out, int depth) {
    if (node == null || depth > 6) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> collect(n, out, depth + 1));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    for (String key : new String[] {"headline", "datePublished", "dateModified"}) {
      if (node.hasNonNull(key) && node.get(key).isTextual()) {
        out.putIfAbsent(key, node.get(key).asText());
      }
    }
    JsonNode publisher = node.get("publisher");
    if (publisher != null && publisher.hasNonNull("name")) {
      out.putIfAbsent("publisher", publisher.get("name").asText());
    }
    collect(node.get("@graph"), out, depth + 1);
  }

  static String host(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      String host = URI.create(url.strip().replace(" ", "%20")).getHost();
      return host == null ? null : host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The first value that is not null or blank, stripped; null when there is none. */
  static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}
