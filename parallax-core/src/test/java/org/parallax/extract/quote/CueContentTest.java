package org.parallax.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.parallax.extract.quote.AttributionTagger.Piece;

/** The content read for a cue the tagger left without one. */
class CueContentTest {

  @Test
  void contentAfterTheCueStartsAtThatAndStopsBeforeButAndThePeriod() {
    String text = "Clinton told police officials that she did not want the escort, but the NYPD overruled her.";
    TagInput in = TagInput.of(text);
    Piece content = CueContent.of(in, piece(in, 2, text, "told"), piece(in, 1, text, "Clinton"));
    assertEquals("that she did not want the escort", of(in, text, content));
  }

  @Test
  void contentAfterASourceThatFollowsTheCue() {
    String text = "Said the senator the deal would fail within a year.";
    TagInput in = TagInput.of(text);
    Piece content = CueContent.of(in, piece(in, 2, text, "Said"), piece(in, 1, text, "the senator"));
    assertEquals("the deal would fail within a year", of(in, text, content));
  }

  @Test
  void contentBeforeASourceAndCueThatEndTheSentence() {
    String text = "First line. The NYPD overruled that request, the source added.";
    TagInput in = TagInput.of(text);
    Piece content = CueContent.of(in, piece(in, 2, text, "added"), piece(in, 1, text, "the source"));
    assertEquals("The NYPD overruled that request", of(in, text, content));
  }

  @Test
  void noContentWhenTheClauseIsTooShort() {
    String text = "He agreed.";
    TagInput in = TagInput.of(text);
    assertNull(CueContent.of(in, piece(in, 2, text, "agreed"), piece(in, 1, text, "He")));
  }

  @Test
  void anIndirectContentDoesNotOpenWithAComma() {
    String text = "In his view, the president has grown exasperated with the campaign.";
    TagInput in = TagInput.of(text);
    Piece content = new Piece(3, in.tokenAt(text.indexOf(", the")), in.size);
    assertEquals("the president has grown exasperated with the campaign",
        of(in, text, CueContent.trimmed(in, content)));
  }

  @Test
  void anIndirectContentIsTrimmedToItsFirstClause() {
    String text = "He said the plan would work, but critics disagree.";
    TagInput in = TagInput.of(text);
    Piece content = new Piece(3, in.tokenAt(text.indexOf("the plan")), in.size);
    assertEquals("the plan would work", of(in, text, CueContent.trimmed(in, content)));
  }

  @Test
  void aQuotationIsNotTrimmed() {
    String text = "He said “the plan would work, but not now.”";
    TagInput in = TagInput.of(text);
    Piece content = new Piece(3, in.tokenAt(text.indexOf('“')), in.size);
    assertEquals(content, CueContent.trimmed(in, content));
  }

  private static Piece piece(TagInput in, int role, String text, String words) {
    int at = text.indexOf(words);
    return new Piece(role, in.tokenAt(at), in.tokenAt(at + words.length() - 1) + 1);
  }

  private static String of(TagInput in, String text, Piece p) {
    return text.substring(in.start[p.from()], in.end[p.to() - 1]);
  }
}
