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

/** A story report for the terminal. All article text passes through {@link Terminal#safe}. */
final class ReportText {

  private static final int MAX_SHARED = 25;

  private ReportText() {}

  static String render(StoryReport r) {
    StringBuilder sb = new StringBuilder();
    long outlets = r.articles().stream().map(StoryReport.ArticleEntry::outlet).distinct().count();
    sb.append("Story ").append(r.story()).append(": ").append(Terminal.safe(r.title())).append('\n');
    sb.append(r.articles().size()).append(" articles from ").append(outlets).append(" outlets\n\n");
    sb.append("Articles\n");
    for (StoryReport.ArticleEntry a : r.articles()) {
      sb.append(String.format("  %-24s %-10s %s%s%n", Terminal.clip(a.outlet(), 24),
          a.published() == null ? "-" : a.published(), Terminal.clip(a.title(), 80),
          a.copyOf() == null ? "" : "  (copy of " + Terminal.safe(a.copyOf()) + ")"));
      sb.append("  ").append(" ".repeat(35)).append("id ").append(Terminal.safe(a.id())).append('\n');
    }
    sb.append("\nShared by several outlets (").append(r.shared().size()).append(" passages)\n");
    int shown = 0;
    for (SharedPassage p : r.shared()) {
      if (shown++ == MAX_SHARED) {
        sb.append("  … ").append(r.shared().size() - MAX_SHARED).append(" more (see --json)\n");
        break;
      }
      sb.append("  \"").append(Terminal.safe(p.text())).append("\"  (").append(p.words()).append(" words, ")
          .append(p.outlets().size()).append(" outlets)\n");
      for (Occurrence o : p.occurrences()) {
        sb.append("      ").append(Terminal.clip(o.outlet(), 24)).append(' ').append(o.span()).append(": \"")
            .append(Terminal.safe(o.text())).append("\"\n");
      }
    }
    sb.append("\nPeople, organisations and places (").append(r.entities().size()).append(")\n");
    for (StoryEntity e : r.entities()) {
      sb.append(String.format("  %-4s %-12s %s  (%d mentions, %d outlets)%n", e.id(), e.type(),
          Terminal.clip(e.name(), 40), e.mentions().size(), e.outlets().size()));
      if (e.variants().size() > 1) {
        sb.append("                    also: ").append(Terminal.safe(String.join(" · ", e.variants().stream()
            .filter(v -> !v.equals(e.name())).toList()))).append('\n');
      }
    }
    sb.append("\nWho said what (").append(r.quotes().size()).append(" speakers)\n");
    for (SpeakerQuotes s : r.quotes()) {
      sb.append("  ").append(Terminal.safe(s.speaker())).append("  (").append(s.outlets().size()).append(" outlets)\n");
      for (ReportedQuote q : s.quotes()) {
        sb.append("      ").append(Terminal.clip(q.outlet(), 24)).append(' ').append(q.span()).append(' ')
            .append(q.cue() == null ? "" : Terminal.safe(q.cue().text()) + ": ")
            .append(Terminal.safe(q.content().text()))
            .append(q.echoedBy().isEmpty() ? "" : "  [also worded so by " + Terminal.safe(String.join(", ",
                q.echoedBy())) + "]").append('\n');
      }
    }
    sb.append("\nTimeline (").append(r.timeline().size()).append(" dates)\n");
    for (TimelineEntry t : r.timeline()) {
      sb.append(String.format("  %-16s %d outlet%s%n", t.value(), t.outlets().size(), t.outlets().size() == 1 ? "" : "s"));
      for (Occurrence o : t.occurrences()) {
        sb.append("      ").append(Terminal.clip(o.outlet(), 24)).append(' ').append(o.span()).append(": \"")
            .append(Terminal.safe(o.text())).append("\"\n");
      }
    }
    for (Map.Entry<String, List<Occurrence>> e : r.uniqueByOutlet().entrySet()) {
      sb.append("\nOnly in ").append(Terminal.safe(e.getKey())).append(" (").append(e.getValue().size())
          .append(" sentences)\n");
      for (Occurrence o : e.getValue()) {
        sb.append("  ").append(o.span()).append(' ').append(Terminal.safe(o.text())).append('\n');
      }
    }
    return sb.toString();
  }
}
