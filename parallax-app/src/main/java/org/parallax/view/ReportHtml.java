package org.parallax.view;

import java.util.List;
import java.util.Map;
import org.parallax.compare.Occurrence;
import org.parallax.compare.ReportedQuote;
import org.parallax.compare.SharedPassage;
import org.parallax.compare.SpeakerQuotes;
import org.parallax.compare.StoryEntity;
import org.parallax.compare.StoryReport;
import org.parallax.compare.TimelineEntry;

/**
 * A story report as one self-contained HTML page. Every piece of article text is HTML-escaped; the page loads
 * nothing and runs no script.
 */
public final class ReportHtml {

  private static final String STYLE = "body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;"
      + "padding:0 1rem;color:#222}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;"
      + "padding:.3rem .5rem;text-align:left;vertical-align:top}.span{color:#777;font:12px monospace}"
      + "blockquote{margin:.5rem 0 1rem;padding-left:.8rem;border-left:3px solid #4a7}"
      + "li{margin:.3rem 0}h2{margin-top:2rem}";

  private ReportHtml() {}

  /** The report as a page; every piece of article text is escaped. */
  public static String render(StoryReport r) {
    StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
    sb.append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">");
    sb.append("<title>Story ").append(escape(r.story())).append(": ").append(escape(r.title())).append("</title>");
    sb.append("<style>").append(STYLE).append("</style></head><body>\n");
    sb.append("<h1>Story ").append(escape(r.story())).append(": ").append(escape(r.title())).append("</h1>\n");
    sb.append("<h2>Articles</h2>\n<table><tr><th>outlet</th><th>published</th><th>title</th><th>id</th></tr>\n");
    for (StoryReport.ArticleEntry a : r.articles()) {
      sb.append("<tr><td>").append(escape(a.outlet())).append("</td><td>")
          .append(a.published() == null ? "–" : a.published()).append("</td><td>").append(escape(a.title()))
          .append(a.copyOf() == null ? "" : " <em>(copy of " + escape(a.copyOf()) + ")</em>")
          .append("</td><td class=\"span\">").append(escape(a.id())).append("</td></tr>\n");
    }
    sb.append("</table>\n<h2>Shared by several outlets</h2>\n");
    for (SharedPassage p : r.shared()) {
      sb.append("<blockquote>“").append(escape(p.text())).append("” <span class=\"span\">").append(p.words())
          .append(" words, ").append(p.outlets().size()).append(" outlets</span><ul>");
      for (Occurrence o : p.occurrences()) {
        sb.append("<li>").append(escape(o.outlet())).append(" <span class=\"span\">").append(o.span())
            .append("</span> “").append(escape(o.text())).append("”</li>");
      }
      sb.append("</ul></blockquote>\n");
    }
    sb.append("<h2>People, organisations and places</h2>\n<ul>\n");
    for (StoryEntity e : r.entities()) {
      sb.append("<li><strong>").append(escape(e.name())).append("</strong> <span class=\"span\">")
          .append(escape(e.type())).append(", ").append(e.mentions().size()).append(" mentions, ")
          .append(e.outlets().size()).append(" outlets</span>");
      if (e.variants().size() > 1) {
        sb.append(" — also ").append(escape(String.join(" · ", e.variants().stream()
            .filter(v -> !v.equals(e.name())).toList())));
      }
      sb.append("</li>\n");
    }
    sb.append("</ul>\n<h2>Who said what</h2>\n<ul>\n");
    for (SpeakerQuotes s : r.quotes()) {
      sb.append("<li><strong>").append(escape(s.speaker())).append("</strong> <span class=\"span\">")
          .append(s.outlets().size()).append(" outlets</span><ul>");
      for (ReportedQuote q : s.quotes()) {
        sb.append("<li>").append(escape(q.outlet())).append(" <span class=\"span\">").append(q.span())
            .append("</span> ").append(q.cue() == null ? "" : "<em>" + escape(q.cue().text()) + "</em>: ")
            .append(escape(q.content().text()))
            .append(q.echoedBy().isEmpty() ? "" : " <span class=\"span\">also worded so by "
                + escape(String.join(", ", q.echoedBy())) + "</span>").append("</li>");
      }
      sb.append("</ul></li>\n");
    }
    sb.append("</ul>\n<h2>Timeline</h2>\n<ul>\n");
    for (TimelineEntry t : r.timeline()) {
      sb.append("<li><strong>").append(escape(t.value())).append("</strong> <span class=\"span\">")
          .append(t.outlets().size()).append(" outlets</span><ul>");
      for (Occurrence o : t.occurrences()) {
        sb.append("<li>").append(escape(o.outlet())).append(" <span class=\"span\">").append(o.span())
            .append("</span> “").append(escape(o.text())).append("”</li>");
      }
      sb.append("</ul></li>\n");
    }
    sb.append("</ul>\n");
    for (Map.Entry<String, List<Occurrence>> e : r.uniqueByOutlet().entrySet()) {
      sb.append("<h2>Only in ").append(escape(e.getKey())).append("</h2>\n<ul>\n");
      for (Occurrence o : e.getValue()) {
        sb.append("<li><span class=\"span\">").append(o.span()).append("</span> ").append(escape(o.text()))
            .append("</li>\n");
      }
      sb.append("</ul>\n");
    }
    return sb.append("</body></html>\n").toString();
  }

  /** Escapes the five characters that matter in HTML text and attribute values. */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
