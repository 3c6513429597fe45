package org.parallax.extract.quote;

import org.parallax.model.Span;

/**
 * One attribution: who ({@code source}) said ({@code cue}) what ({@code content}).
 *
 * <p>Spans count Unicode code points into the text the attribution was found in. {@code source} and {@code cue} are
 * null when the text does not state them (a quote paragraph that continues an earlier speaker, a quoted phrase with
 * no reporting verb); {@code content} never is. {@code speaker} is the canonical name of the source when the article
 * makes it clear (a pronoun or a description resolved to the longest form of a name seen in the article), otherwise
 * the source text, or null without a source. {@code direct} is true for verbatim (quoted) content. A quote split
 * around its cue ("A," he said, "B.") or continued across paragraphs gives one attribution per part, all sharing
 * source, cue and speaker.
 */
public record Attribution(Span source, Span cue, Span content, String speaker, boolean direct) {

  public Attribution {
    if (content == null) {
      throw new IllegalArgumentException("An attribution needs a content span, got null");
    }
  }
}
