package org.parallax.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

/** Sentence-level BIO scoring: detokenising, labels from spans, chunks read as the published scorer reads them. */
class SentenceQuoteEvaluationTest {

  private static final List<String> TOKENS = List.of("``", "We", "'ll", "win", ",", "''", "Miller", "said", ".");
  private static final List<String> GOLD = List.of("B-content", "I-content", "I-content", "I-content", "I-content",
      "I-content", "B-source", "B-cue", "O");

  @Test
  void detokenisesPunctuationCliticsAndQuotes() {
    SentenceQuoteEvaluation.Detokenised d = SentenceQuoteEvaluation.detokenise(TOKENS);
    assertEquals("\u201cWe'll win,\u201d Miller said.", d.text());
    assertArrayEquals(new int[] {0, 1, 3, 7, 10, 11, 13, 20, 24}, d.starts());
    assertArrayEquals(new int[] {1, 3, 6, 10, 11, 12, 19, 24, 25}, d.ends());
    assertEquals("(a) [b] $5", SentenceQuoteEvaluation.detokenise(
        List.of("-LRB-", "a", "-RRB-", "-LSB-", "b", "-RSB-", "$", "5")).text());
  }

  @Test
  void readsChunksAsThePublishedScorer() {
    List<List<int[]>> chunks = SentenceQuoteEvaluation.chunks(
        List.of("B-source", "I-content", "B-cue", "I-cue", "O", "I-cue", "B-content", "I-content"));
    assertEquals(1, chunks.get(0).size());
    assertArrayEquals(new int[] {0, 1}, chunks.get(0).get(0));
    assertEquals(1, chunks.get(1).size(), "an I- label with nothing open opens nothing");
    assertArrayEquals(new int[] {2, 4}, chunks.get(1).get(0));
    assertArrayEquals(new int[] {6, 8}, chunks.get(2).get(0));
  }

  @Test
  void labelsNestedSpansWithTheInnerRoleAndResumesTheContent() {
    // "“We'll win,” Miller said." with a content over the whole quote and, inside it, an attribution with a cue
    // on "win" and its content "We'll": the inner content adds nothing, the inner cue splits the outer content.
    SentenceQuoteEvaluation.Detokenised d = SentenceQuoteEvaluation.detokenise(TOKENS);
    Attribution outer = new Attribution(new Span(13, 19), new Span(20, 24), new Span(0, 12), "Miller", true);
    Attribution inner = new Attribution(null, new Span(7, 10), new Span(1, 6), null, false);
    assertEquals(List.of("B-content", "I-content", "I-content", "B-cue", "B-content", "I-content", "B-source",
        "B-cue", "O"), SentenceQuoteEvaluation.labels(d, List.of(inner, outer)));
  }

  @Test
  void scoresExactChunksPerRole() {
    SentenceQuoteEvaluation.Sentence s = new SentenceQuoteEvaluation.Sentence("doc", TOKENS, GOLD);
    Attribution right = new Attribution(new Span(13, 19), new Span(20, 24), new Span(0, 12), "Miller", true);
    QuoteScores exact = SentenceQuoteEvaluation.evaluate(List.of(s), text -> List.of(right));
    assertEquals(1.0, exact.source().f1());
    assertEquals(1.0, exact.cue().f1());
    assertEquals(1.0, exact.content().f1());
    assertEquals(1.0, exact.directContent().f1());
    // The content without its closing quotation mark is a different chunk.
    Attribution shorter = new Attribution(new Span(13, 19), new Span(20, 24), new Span(0, 11), "Miller", true);
    QuoteScores off = SentenceQuoteEvaluation.evaluate(List.of(s), text -> List.of(shorter));
    assertEquals(new QuoteScores.Counts(1, 1, 0), off.content());
    assertEquals(new QuoteScores.Counts(1, 1, 1), off.source());
    QuoteScores none = SentenceQuoteEvaluation.evaluate(List.of(s), text -> List.of());
    assertEquals(new QuoteScores.Counts(0, 1, 0), none.cue());
  }

  @Test
  void readsJsonLinesAndNamesTheLineOfAMalformedOne(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("valid.txt");
    Files.writeString(file, "{\"tokens\": [\"He\", \"said\"], \"labels\": [\"B-source\", \"B-cue\"], \"id\": \"d\"}\n\n"
        + "{\"tokens\": [\"x\"], \"labels\": []}\n", StandardCharsets.UTF_8);
    IOException e = assertThrows(IOException.class, () -> SentenceQuoteEvaluation.read(file));
    assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    Files.writeString(file, "{\"tokens\": [\"He\", \"said\"], \"labels\": [\"B-source\", \"B-cue\"], \"id\": \"d\"}\n",
        StandardCharsets.UTF_8);
    List<SentenceQuoteEvaluation.Sentence> read = SentenceQuoteEvaluation.read(file);
    assertEquals(1, read.size());
    assertEquals(List.of("He", "said"), read.get(0).tokens());
  }
}
