package org.parallax.compare;

import java.util.List;
import org.parallax.model.Span;

/**
 * One attribution in one article of a story, with the outlets whose articles share its wording.
 *
 * @param cue the reporting words ("said", "told reporters"), with their span; null when the article gives none
 * @param content what was said, with its span
 * @param direct true for a verbatim quote
 * @param echoedBy the other outlets whose articles carry a passage of this content verbatim: they quote alike
 */
public record ReportedQuote(String article, String outlet, Occurrence cue, Occurrence content, boolean direct,
    List<String> echoedBy) {

  public ReportedQuote {
    echoedBy = List.copyOf(echoedBy);
  }

  /** The span of the content in its article. */
  public Span span() {
    return content.span();
  }
}
