package org.parallax.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.parallax.model.Span;

/**
 * Formats highlighter passages as plain text plus match spans, so that every front end escapes and marks matches
 * its own way and no markup from article text leaks through.
 */
final class SnippetFormatter extends PassageFormatter {

  /** A snippet and its highlighted spans, in code points of the snippet. */
  record Snippet(String text, List<Span> highlights) {}

  @Override
  public Object format(Passage[] passages, String content) {
    StringBuilder out = new StringBuilder();
    List<Span> highlights = new ArrayList<>();
    for (Passage passage : passages) {
      if (out.length() > 0) {
        out.append(" … ");
      }
      int base = out.length() - passage.getStartOffset();
      int last = passage.getStartOffset();
      for (int i = 0; i < passage.getNumMatches(); i++) {
        int start = passage.getMatchStarts()[i];
        int end = passage.getMatchEnds()[i];
        if (start < last) {
          continue;
        }
        highlights.add(new Span(base + start, base + end));
        last = end;
      }
      out.append(content, passage.getStartOffset(), passage.getEndOffset());
    }
    String text = out.toString().replace('\n', ' ');
    return new Snippet(text, highlights.stream().map(h -> h.toCodePoints(text)).toList());
  }
}
