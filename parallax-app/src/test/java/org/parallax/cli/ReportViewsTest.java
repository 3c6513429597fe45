package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.compare.Occurrence;
import org.parallax.compare.ReportedQuote;
import org.parallax.compare.SharedPassage;
import org.parallax.compare.SpeakerQuotes;
import org.parallax.compare.StoryEntity;
import org.parallax.compare.TimelineEntry;
import org.parallax.compare.StoryReport;
import org.parallax.model.Span;
import org.parallax.view.ReportHtml;

/** Article text is untrusted: every view must neutralise markup and terminal escapes in it. */
class ReportViewsTest {

  private static final String HOSTILE = "<script>alert('x')</script> [click](javascript:alert(1)) \u001b[2J\u202Eevil";

  private static StoryReport hostileReport() {
    Occurrence a = new Occurrence("a1", "Outlet <A>", new Span(0, 10), HOSTILE);
    Occurrence b = new Occurrence("b1", "Outlet B", new Span(5, 15), HOSTILE);
    return new StoryReport("1", HOSTILE,
        List.of(new StoryReport.ArticleEntry("a1", "Outlet <A>", LocalDate.of(2023, 6, 18), HOSTILE, null, null)),
        List.of(new SharedPassage(4, List.of("Outlet <A>", "Outlet B"), List.of(a, b))), List.of(a),
        List.of(new StoryEntity("e1", HOSTILE, "PERSON", List.of(HOSTILE, "<b>alias</b>"), List.of("Outlet <A>"),
            List.of(a))),
        List.of(new SpeakerQuotes(HOSTILE, List.of("Outlet <A>"),
            List.of(new ReportedQuote("a1", "Outlet <A>", a, b, true, List.of(HOSTILE))))),
        List.of(new TimelineEntry("2023-06-18", List.of("Outlet <A>"), List.of(a))));
  }

  @Test
  void everySectionOfEveryViewEscapesIt() {
    String html = ReportHtml.render(hostileReport());
    String md = ReportMarkdown.render(hostileReport());
    String text = ReportText.render(hostileReport());
    for (String section : List.of("People, organisations and places", "Who said what", "Timeline")) {
      String htmlPart = html.substring(html.indexOf("<h2>" + section));
      assertFalse(htmlPart.contains("<script>"), htmlPart);
      String mdPart = md.substring(md.indexOf("## " + section));
      assertFalse(mdPart.contains("<script>") || mdPart.contains("[click](javascript"), mdPart);
      String textPart = text.substring(text.indexOf(section));
      assertFalse(textPart.contains("\u001b") || textPart.contains("\u202E"), textPart);
    }
  }

  @Test
  void htmlEscapesArticleText() {
    String html = ReportHtml.render(hostileReport());
    assertFalse(html.contains("<script>"), html);
    assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), html);
    assertTrue(html.contains("Outlet &lt;A&gt;"));
  }

  @Test
  void markdownEscapesLinksAndMarkup() {
    String md = ReportMarkdown.render(hostileReport());
    assertFalse(md.contains("<script>"));
    assertFalse(md.contains("[click](javascript"), md);
    assertTrue(md.contains("\\[click\\]\\(javascript:alert\\(1\\)\\)"), md);
  }

  @Test
  void terminalNeutralisesEveryBidiControl() {
    for (char c : "\u061C\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069".toCharArray()) {
      assertFalse(Terminal.safe("a" + c + "b").contains(String.valueOf(c)), Integer.toHexString(c));
    }
  }

  @Test
  void terminalOutputCarriesNoEscapeSequences() {
    String text = ReportText.render(hostileReport());
    assertFalse(text.contains("\u001b"));
    assertFalse(text.contains("\u202E"));
  }
}
