package org.parallax.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Span;

/** Attributions of the fitted cue phrases that the tagger left untouched, read on hand-made sentences. */
class UntaggedCuesTest {

  @Test
  void accordingToTakesTheNameAfterItAndTheClauseAfterTheComma() {
    String text = "According to the ministry, the talks will resume next week.";
    Attribution a = only(text, List.of());
    assertEquals("the ministry", of(text, a.source()));
    assertEquals("According to", of(text, a.cue()));
    assertEquals("the talks will resume next week", of(text, a.content()));
    assertFalse(a.direct());
  }

  @Test
  void aVerbPhraseTakesItsSubjectAndTheThatClause() {
    String text = "The mayor points out that the budget had doubled since 2010.";
    Attribution a = only(text, List.of());
    assertEquals("The mayor", of(text, a.source()));
    assertEquals("points out", of(text, a.cue()));
    assertEquals("that the budget had doubled since 2010", of(text, a.content()));
  }

  @Test
  void theExpletiveItIsNoSource() {
    String text = "It is widely expected to pass the Senate before the summer recess.";
    Attribution a = only(text, List.of());
    assertNull(a.source());
    assertEquals("is widely expected", of(text, a.cue()));
    assertEquals("to pass the Senate before the summer recess", of(text, a.content()));
  }

  @Test
  void saidTakesTheNameAfterItWhenNoSubjectStandsBefore() {
    String text = "The plan will fail within a year, said Senator Jones.";
    Attribution a = only(text, List.of());
    assertEquals("Senator Jones", of(text, a.source()));
    assertEquals("said", of(text, a.cue()));
    assertEquals("The plan will fail within a year", of(text, a.content()));
  }

  @Test
  void aPhraseThatIsNoFiniteVerbAddsNothing() {
    for (String text : List.of("She apologized for suggesting that the vote was rigged by the party.",
        "The story was first reported by the local paper on Monday morning.",
        "His announced plans to build a new stadium were dropped last year.")) {
      TagInput in = TagInput.of(text);
      assertTrue(UntaggedCues.add(in, List.of()).isEmpty(), text);
    }
  }

  @Test
  void aCueTheTaggerFoundIsNotFoundTwice() {
    String text = "The mayor points out that the budget had doubled since 2010.";
    Attribution tagged = new Attribution(cp(text, "The mayor"), cp(text, "points"),
        cp(text, "that the budget had doubled since 2010"), "The mayor", false);
    TagInput in = TagInput.of(text);
    assertEquals(List.of(tagged), UntaggedCues.add(in, List.of(tagged)));
  }

  @Test
  void aPhraseInsideADirectQuoteAddsNothing() {
    String text = "“The mayor points out that the budget had doubled,” Smith said.";
    int open = text.indexOf('“');
    int close = text.indexOf('”') + 1;
    Attribution quote = new Attribution(cp(text, "Smith"), cp(text, "said"), new Span(open, close), "Smith", true);
    TagInput in = TagInput.of(text);
    assertEquals(List.of(quote), UntaggedCues.add(in, List.of(quote)));
  }

  @Test
  void theAttributionsComeOrderedByContent() {
    String text = "The mayor points out that the budget had doubled. Critics argued that the figures were wrong.";
    List<Attribution> found = UntaggedCues.add(TagInput.of(text), List.of());
    assertEquals(2, found.size());
    assertEquals("points out", of(text, found.get(0).cue()));
    assertEquals("argued", of(text, found.get(1).cue()));
    assertEquals("Critics", of(text, found.get(1).source()));
  }

  private static Attribution only(String text, List<Attribution> found) {
    List<Attribution> out = UntaggedCues.add(TagInput.of(text), found);
    assertEquals(1, out.size(), () -> text + " gave " + out);
    return out.get(0);
  }

  private static Span cp(String text, String words) {
    int at = text.indexOf(words);
    return new Span(at, at + words.length()).toCodePoints(text);
  }

  private static String of(String text, Span cpSpan) {
    return cpSpan.ofCodePoints(text);
  }
}
