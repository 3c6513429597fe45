package org.parallax.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.extract.quote.Attribution;
import org.parallax.model.Span;

/** BRAT reading in code points and exact-span scoring, on small hand-made documents. */
class QuoteEvaluationTest {

  // "😀 " takes two code points but three UTF-16 units: offsets below count code points, as BRAT does.
  private static final String TEXT = "😀 “We will win,” Miller said. “And big.”\nTalks ended, sources said.";

  private static final String ANN = String.join("\n",
      "T1\tContent 2 16;30 40\t“We will win,” “And big.”",
      "T2\tSource 17 23\tMiller",
      "T3\tCue 24 28\tsaid",
      "T4\tAttribution 24 28\tsaid",
      "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2",
      "T5\tContent 41 52\tTalks ended",
      "T6\tSource 54 61\tsources",
      "T7\tCue 62 66\tsaid",
      "T8\tDiscard 0 1\t😀",
      "");

  private static BratDocument write(Path dir, String ann) throws IOException {
    Files.createDirectories(dir.resolve("attributions"));
    Files.createDirectories(dir.resolve("text"));
    Files.writeString(dir.resolve("attributions/doc_ab12.ann"), ann, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("text/doc.txt"), TEXT, StandardCharsets.UTF_8);
    return BratDocument.readDirectory(dir).get(0);
  }

  @Test
  void readsPolnearLayoutInCodePoints(@TempDir Path dir) throws IOException {
    BratDocument d = write(dir, ANN);
    assertEquals(0, d.mismatches());
    assertEquals(8, d.annotations().size());
    assertEquals(List.of(new Span(2, 16), new Span(30, 40)), d.annotations().get(0).segments());
    assertEquals("Miller", d.annotations().get(1).segments().get(0).ofCodePoints(d.text()));
  }

  @Test
  void countsAnnotationsWhoseTextDiffersAtTheirOffsets(@TempDir Path dir) throws IOException {
    assertEquals(1, write(dir, ANN.replace("T2\tSource 17 23\tMiller", "T2\tSource 16 22\tMiller")).mismatches());
  }

  @Test
  void offsetPastTheEndNamesFileAndLine(@TempDir Path dir) {
    IOException e = assertThrows(IOException.class, () -> write(dir, "T1\tCue 60 99\tsaid\n"));
    assertTrue(e.getMessage().contains("doc_ab12.ann:1: offset 99 lies past the end of"), e.getMessage());
  }

  @Test
  void exactSpansPerRoleWithDiscontinuousGoldAsPieces(@TempDir Path dir) throws IOException {
    BratDocument d = write(dir, ANN);
    Span miller = new Span(17, 23);
    Span said = new Span(24, 28);
    List<Attribution> predicted = List.of(
        new Attribution(miller, said, new Span(2, 16), "Miller", true),
        new Attribution(miller, said, new Span(30, 40), "Miller", true),
        new Attribution(new Span(54, 61), new Span(62, 66), new Span(41, 53), "sources", false));
    QuoteScores s = QuoteEvaluation.score(d, predicted);
    assertEquals(new QuoteScores.Counts(2, 2, 2), s.source());
    assertEquals(new QuoteScores.Counts(2, 2, 2), s.cue());
    // "Talks ended," with its comma is not the gold "Talks ended": an exact match or nothing.
    assertEquals(new QuoteScores.Counts(3, 3, 2), s.content());
    assertEquals(new QuoteScores.Counts(2, 2, 2), s.directContent());
    assertEquals(2 / 3.0, s.content().precision(), 1e-9);
    assertEquals(0.8, new QuoteScores.Counts(4, 6, 4).f1(), 1e-9);
  }

  @Test
  void piecesOnlyWhiteSpaceSeparatesAreOne() {
    int[] cps = "“A.” “B.”".codePoints().toArray();
    assertEquals(List.of(new Span(0, 9)), QuoteEvaluation.joined(List.of(new Span(5, 9), new Span(0, 4)), cps));
  }

  @Test
  void fittedLexiconKeepsFrequentPreciseCueWords(@TempDir Path dir) throws IOException {
    BratDocument d = write(dir, ANN);
    List<CueLexiconFit.Entry> fit = CueLexiconFit.fit(List.of(d), 2, 0.5);
    assertEquals(List.of(new CueLexiconFit.Entry("said", 2, 2)), fit);
  }
}
