package org.parallax.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.parallax.model.Span;
import org.junit.jupiter.api.Test;

class RuleMergeTest {

  private static final String TEXT = "Holm said in the letter that the advertisement \"unmistakably and wrongfully\" "
      + "suggests that Phoenix supports him.";

  // Holm said in the letter that the advertisement "unmistakably and wrongfully" suggests that Phoenix supports him.
  // 0   5    10  14 18     25   30  34            48                            78       87
  private static final Attribution TAGGED =
      new Attribution(new Span(0, 4), new Span(5, 9), new Span(25, 110), "Holm", false);
  private static final Attribution SCARE_QUOTE =
      new Attribution(null, new Span(78, 86), new Span(48, 77), null, true);

  @Test
  void aPhraseQuotedInsideTaggedIndirectContentLeavesTheTaggedAttributionStanding() {
    assertEquals(List.of(TAGGED), RuleMerge.merge(TEXT, List.of(TAGGED), List.of(SCARE_QUOTE)));
  }

  @Test
  void aQuoteWithoutACueThatATaggedContentRunsIntoLeavesTheTaggedAttributionStanding() {
    String text = "Reid derided Trump as a \"human leech\" on Monday. He said, \"It was a joke.\"";
    Attribution tagged = new Attribution(new Span(0, 4), new Span(5, 12), new Span(13, 37), "Reid", true);
    Attribution phrase = new Attribution(null, null, new Span(24, 37), null, true);
    assertEquals(List.of(tagged), RuleMerge.merge(text, List.of(tagged), List.of(phrase)));
    Attribution afterComma = new Attribution(new Span(49, 51), new Span(52, 56), new Span(49, 74), "Reid", true);
    Attribution quote = new Attribution(null, null, new Span(58, 74), null, true);
    assertEquals(List.of(quote), RuleMerge.merge(text, List.of(afterComma), List.of(quote)));
  }

  @Test
  void aDirectQuoteReplacesTheTaggedAttributionsItOverlaps() {
    Attribution quote = new Attribution(new Span(0, 4), new Span(5, 9), new Span(10, 60), "Holm", true);
    Attribution taggedPiece = new Attribution(new Span(0, 4), new Span(5, 9), new Span(12, 40), "Holm", false);
    Attribution runningOver = new Attribution(null, new Span(62, 66), new Span(30, 80), null, false);
    assertEquals(List.of(quote), RuleMerge.merge(TEXT, List.of(taggedPiece, runningOver), List.of(quote)));
  }
}
