package org.parallax.cli;

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
 * A story report as Markdown. Article text is untrusted: HTML is escaped and Markdown punctuation backslashed, so
 * no article can inject links, images or markup into a rendered report.
 */
final class ReportMarkdown {

  private ReportMarkdown() {}

  static String render(StoryReport r) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Story ").append(r.story()).append(": ").append(escape(r.title())).append("\n\n");
    sb.append("## Articles\n\n| outlet | published | title | id |\n|---|---|---|---|\n");
    for (StoryReport.ArticleEntry a : r.articles()) {
      sb.append("| ").append(escape(a.outlet())).append(" | ")
          .append(a.published() == null ? "–" : a.published()).append(" | ").append(escape(a.title()))
          .append(a.copyOf() == null ? "" : " (copy of `" + escape(a.copyOf()) + "`)").append(" | `")
          .append(escape(a.id())).append("` |\n");
    }
    sb.append("\n## Shared by several outlets\n\n");
    if (r.shared().isEmpty()) {
      sb.append("No passage appears in more than one outlet.\n");
    }
    for (SharedPassage p : r.shared()) {
      sb.append("- “").append(escape(p.text())).append("” — ").append(p.words()).append(" words, ")
          .append(p.outlets().size()).append(" outlets\n");
      for (Occurrence o : p.occurrences()) {
        sb.append("  - ").append(escape(o.outlet())).append(" `").append(o.span()).append("`: “")
            .append(escape(o.text())).append("”\n");
      }
    }
    sb.append("\n## People, organisations and places\n\n");
    for (StoryEntity e : r.entities()) {
      sb.append("- **").append(escape(e.name())).append("** (").append(e.type().toLowerCase(java.util.Locale.ROOT))
          .append(", ").append(e.mentions().size()).append(" mentions, ").append(e.outlets().size()).append(" outlets)");
      if (e.variants().size() > 1) {
        sb.append(" — also ").append(escape(String.join(" · ", e.variants().stream()
            .filter(v -> !v.equals(e.name())).toList())));
      }
      sb.append('\n');
    }
    sb.append("\n## Who said what\n\n");
    if (r.quotes().isEmpty()) {
      sb.append("No attributed statement found.\n");
    }
    for (SpeakerQuotes s : r.quotes()) {
      sb.append("- **").append(escape(s.speaker())).append("** — ").append(s.outlets().size()).append(" outlets\n");
      for (ReportedQuote q : s.quotes()) {
        sb.append("  - ").append(escape(q.outlet())).append(" `").append(q.span()).append("` ")
            .append(q.cue() == null ? "" : "_" + escape(q.cue().text()) + "_: ")
            .append(escape(q.content().text()))
            .append(q.echoedBy().isEmpty() ? "" : " (also worded so by " + escape(String.join(", ", q.echoedBy()))
                + ")").append('\n');
      }
    }
    sb.append("\n## Timeline\n\n");
    if (r.timeline().isEmpty()) {
      sb.append("No article names a calendar date.\n");
    }
    for (TimelineEntry t : r.timeline()) {
      sb.append("- **").append(t.value()).append("** — ").append(t.outlets().size()).append(" outlets\n");
      for (Occurrence o : t.occurrences()) {
        sb.append("  - ").append(escape(o.outlet())).append(" `").append(o.span()).append("`: “")
            .append(escape(o.text())).append("”\n");
      }
    }
    for (Map.Entry<String, List<Occurrence>> e : r.uniqueByOutlet().entrySet()) {
      sb.append("\n## Only in ").append(escape(e.getKey())).append("\n\n");
      for (Occurrence o : e.getValue()) {
        sb.append("- `").append(o.span()).append("` ").append(escape(o.text())).append('\n');
      }
    }
    return sb.toString();
  }

  /** Escapes HTML and Markdown syntax in untrusted text, and keeps it on one line. */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (char c : Terminal.safe(text).toCharArray()) {
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '\\', '`', '*', '_', '[', ']', '(', ')', '#', '|', '!', '~' -> sb.append('\\').append(c);
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
