package org.parallax.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.TestData;
import org.parallax.model.Span;

/** The shipped tagger on the seed articles and on small texts. */
class AttributionTaggerTest {

  @Test
  void theTalksQuoteIsMatthewMillersInTheSeed() throws IOException {
    String text = TestData.read("al-mayadeen.txt");
    Attribution a = AttributionTagger.find(text).stream()
        .filter(x -> x.content().ofCodePoints(text).contains("candid, substantive, and constructive"))
        .findFirst().orElseThrow();
    assertEquals("Matthew Miller", a.speaker());
    assertTrue(a.direct());
  }

  @Test
  void aSourceEndingInARelativePronounIsThePronoun() {
    TagInput in = TagInput.of("Mr. Obama, who said it, left.");
    int who = java.util.Arrays.asList(in.norm).indexOf("who");
    int comma = java.util.Arrays.asList(in.norm).indexOf(",");
    AttributionTagger.Piece obamaWho = new AttributionTagger.Piece(AttributionTagger.Piece.SOURCE, 0, who + 1);
    AttributionTagger.Piece pronoun = new AttributionTagger.Piece(AttributionTagger.Piece.SOURCE, who, who + 1);
    assertEquals(pronoun, AttributionTagger.relativePronoun(in, obamaWho));
    assertEquals(pronoun, AttributionTagger.relativePronoun(in, pronoun));
    AttributionTagger.Piece obama = new AttributionTagger.Piece(AttributionTagger.Piece.SOURCE, 0, comma);
    assertEquals(obama, AttributionTagger.relativePronoun(in, obama));
  }

  @Test
  void directQuoteKeepsItsMarksSourceAndCue() {
    String text = "“We will win,” Miller said.";
    List<Attribution> found = AttributionTagger.find(text);
    assertEquals(1, found.size());
    assertEquals("“We will win,”", found.get(0).content().ofCodePoints(text));
    assertEquals("Miller", found.get(0).source().ofCodePoints(text));
    assertEquals("said", found.get(0).cue().ofCodePoints(text));
  }

  @Test
  void aContentOpeningAtAQuotationKeepsTheArticleOrToBeforeIt() {
    String text = "Trump called it a “rant.” He urged them to “go vote.”";
    Span rant = new Span(text.indexOf("“rant"), text.indexOf(" He"));
    Span vote = new Span(text.indexOf("“go"), text.length());
    Span said = new Span(text.indexOf("urged"), text.indexOf(" them"));
    List<Attribution> found = List.of(new Attribution(null, null, rant, null, true),
        new Attribution(null, said, vote, null, true), new Attribution(null, null, said, null, false));
    List<Attribution> widened = AttributionTagger.withLeadingWord(text, found);
    assertEquals("a “rant.”", widened.get(0).content().ofCodePoints(text));
    assertEquals("to “go vote.”", widened.get(1).content().ofCodePoints(text));
    assertEquals(found.get(2), widened.get(2));
  }

  @Test
  void indirectSpeechIsTagged() {
    String text = "The minister said on Monday that the bridge would reopen next year.";
    Attribution a = AttributionTagger.find(text).stream().findFirst().orElseThrow();
    assertEquals("The minister", a.source().ofCodePoints(text));
    assertTrue(a.cue().ofCodePoints(text).startsWith("said"));
    assertTrue(a.content().ofCodePoints(text).endsWith("the bridge would reopen next year"));
    assertTrue(!a.direct());
  }

  @Test
  void nothingInEmptyText() {
    assertEquals(List.of(), AttributionTagger.find(""));
  }

  @Test
  void nullTextIsRefusedByName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AttributionTagger.find(null));
    assertEquals("The parameter 'text' must not be null.", e.getMessage());
  }
}
