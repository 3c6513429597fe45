package org.parallax.compare;

import java.util.List;

/**
 * Everything one speaker is reported saying across a story's articles.
 *
 * @param speaker the fullest name the articles give the source ("Antony Blinken" for "Blinken" and "he")
 * @param outlets the distinct outlets that report the speaker
 * @param quotes every attribution to the speaker, in article order
 */
public record SpeakerQuotes(String speaker, List<String> outlets, List<ReportedQuote> quotes) {

  public SpeakerQuotes {
    outlets = List.copyOf(outlets);
    quotes = List.copyOf(quotes);
  }
}
