package org.parallax.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Span;

/** Fitting cue words and cue phrases on hand-made gold. */
class CueLexiconFitTest {

  @Test
  void aPhraseCountsWhereItIsAWholeCueAndEverywhereItOccurs() {
    List<BratDocument> docs = List.of(
        doc("a_1", "Smith pointed out that taxes rose. Jones pointed out the window.", "pointed out"),
        doc("b_1", "Lee pointed out that costs fell.", "pointed out"),
        doc("b_2", "Lee pointed out that costs fell.", "pointed out"));
    List<CueLexiconFit.Phrase> phrases = CueLexiconFit.fitPhrases(docs, 3, 2, 2, 0.5);
    assertEquals(List.of(new CueLexiconFit.Phrase("pointed out", 3, 4, 2)), phrases);
  }

  @Test
  void thresholdsLeaveOutRarePhrasesAndThoseOfOneText() {
    List<BratDocument> docs = List.of(
        doc("a_1", "Smith pointed out that taxes rose. Jones pointed out the window.", "pointed out"),
        doc("a_2", "Smith pointed out that taxes rose.", "pointed out"));
    assertEquals(List.of(), CueLexiconFit.fitPhrases(docs, 3, 1, 2, 0.5));
    assertEquals(List.of(), CueLexiconFit.fitPhrases(docs, 3, 1, 1, 0.9));
    assertEquals(1, CueLexiconFit.fitPhrases(docs, 3, 1, 1, 0.6).size());
  }

  @Test
  void wordsAcrossPunctuationAreNoPhrase() {
    List<BratDocument> docs = List.of(doc("a_1", "He pointed, out of breath, at the sign.", "pointed, out"));
    assertEquals(List.of(), CueLexiconFit.fitPhrases(docs, 3, 1, 1, 0.1));
  }

  @Test
  void maxWordsMustBePositive() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CueLexiconFit.fitPhrases(List.of(), 0, 1, 1, 0.5));
    assertEquals("The parameter 'maxWords' must be at least 1, got 0", e.getMessage());
  }

  /** A document whose every occurrence of {@code cue} that is followed by " that" is a gold cue. */
  private static BratDocument doc(String name, String text, String cue) {
    List<BratDocument.Annotation> gold = new ArrayList<>();
    for (int at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + 1)) {
      if (text.startsWith(" that", at + cue.length()) || cue.contains(",")) {
        gold.add(new BratDocument.Annotation("T" + gold.size(), "Cue", List.of(new Span(at, at + cue.length()))));
      }
    }
    return new BratDocument(name, text, gold, 0);
  }
}
