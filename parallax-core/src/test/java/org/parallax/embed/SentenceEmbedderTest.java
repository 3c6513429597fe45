package org.parallax.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SentenceEmbedderTest {

  private static SentenceEmbedder embedder;

  @BeforeAll
  static void load() {
    embedder = new SentenceEmbedder(2);
  }

  @AfterAll
  static void close() {
    embedder.close();
  }

  private static double dot(float[] a, float[] b) {
    double d = 0;
    for (int i = 0; i < a.length; i++) {
      d += a[i] * b[i];
    }
    return d;
  }

  @Test
  void paraphrasesLieCloserThanUnrelatedSentences() {
    List<float[]> v = embedder.embedAll(List.of(
        "Blinken meets Xi Jinping in Beijing",
        "US secretary of state holds talks with China's president",
        "Heavy rain floods the streets of Lagos"));
    assertEquals(SentenceEmbedder.DIMENSIONS, v.get(0).length);
    assertEquals(1.0, dot(v.get(0), v.get(0)), 1e-4, "unit length");
    assertTrue(dot(v.get(0), v.get(1)) > dot(v.get(0), v.get(2)) + 0.2,
        dot(v.get(0), v.get(1)) + " vs " + dot(v.get(0), v.get(2)));
  }

  @Test
  void batchesKeepInputOrderAndMatchSingleTexts() {
    List<String> texts = List.of("short", "a somewhat longer sentence about the central bank raising rates",
        "", "Qin Gang", "a third, medium-length headline");
    List<float[]> batch = embedder.embedAll(texts);
    for (int i = 0; i < texts.size(); i++) {
      // The quantized model scales activations per batch, so companions move a text's vector a little.
      double similarity = dot(embedder.embed(texts.get(i)), batch.get(i));
      assertTrue(similarity > 0.95, "text " + i + ": " + similarity);
    }
    List<float[]> again = embedder.embedAll(texts);
    for (int i = 0; i < texts.size(); i++) {
      assertEquals(java.util.Arrays.toString(batch.get(i)), java.util.Arrays.toString(again.get(i)),
          "the same batch gives the same vectors");
    }
  }

  @Test
  void longTextsAreTruncatedNotRejected() {
    String longText = "word ".repeat(5_000);
    assertEquals(1.0, dot(embedder.embed(longText), embedder.embed(longText)), 1e-4);
  }
}
