package org.parallax.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TokenVectorsTest {

  private static TokenVectors vectors;

  @BeforeAll
  static void load() {
    vectors = new TokenVectors();
  }

  @AfterAll
  static void close() {
    vectors.close();
  }

  private static double dot(float[] a, float[] b) {
    double d = 0;
    for (int i = 0; i < a.length; i++) {
      d += a[i] * b[i];
    }
    return d;
  }

  /** The index of the word in {@code in} whose vector lies nearest {@code v}. */
  private static int nearest(float[] v, float[][] in) {
    int best = -1;
    double bestDot = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < in.length; i++) {
      double d = dot(v, in[i]);
      if (d > bestDot) {
        bestDot = d;
        best = i;
      }
    }
    return best;
  }

  @Test
  void oneUnitVectorPerWord() {
    List<String> words = List.of("Officials", "were", "frustrated", ",", "she", "said", ".");
    float[][] v = vectors.of(words);
    assertEquals(words.size(), v.length);
    for (float[] x : v) {
      assertEquals(SentenceEmbedder.DIMENSIONS, x.length);
      assertEquals(1.0, dot(x, x), 1e-4, "unit length");
    }
    assertEquals(0, vectors.of(List.of()).length);
  }

  @Test
  void vectorsAlignWithTheirWords() {
    // Each word of one sentence lies nearest the same word in another sentence, not a neighbour: a vector shifted
    // by one word piece (a split word, a dropped [CLS]) would fail this.
    List<String> first = List.of("The", "unemployment", "rate", "in", "Germany", "rose", "sharply", ".");
    List<String> second = List.of("Germany", "saw", "unemployment", "rise", "sharply", "last", "year", ".");
    float[][] a = vectors.of(first);
    float[][] b = vectors.of(second);
    assertEquals(0, nearest(a[4], b), "Germany");
    assertEquals(2, nearest(a[1], b), "unemployment");
    assertEquals(4, nearest(a[6], b), "sharply");
  }

  @Test
  void longTextsAreReadInWindowsThatCoverEveryWord() {
    List<String> sentence = List.of("The", "minister", "said", "on", "Monday", "that", "taxes", "would", "rise", ".");
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      words.addAll(sentence);
    }
    float[][] v = vectors.of(words);
    assertEquals(600, v.length);
    float[][] alone = vectors.of(sentence);
    // Far past the first window, each word still carries its own vector.
    for (int i = 0; i < sentence.size(); i++) {
      assertEquals(1.0, dot(v[500 + i], v[500 + i]), 1e-4);
      assertEquals(i, nearest(v[500 + i], alone), "word " + i + " of the repeated sentence");
    }
  }

  @Test
  void eachPieceIsReadFromAWindowThatHoldsIt() {
    for (int pieces : new int[] {1, 254, 255, 500, 1000}) {
      int windows = pieces <= 254 ? 1 : 1 + (pieces - 254 + 191) / 192;
      for (int p = 0; p < pieces; p++) {
        int w = TokenVectors.window(p, pieces, windows);
        assertTrue(w * 192 <= p && p < w * 192 + 254, "piece " + p + " of " + pieces + " in window " + w);
      }
    }
  }

  @Test
  void rejectsNull() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> vectors.of(null));
    assertEquals("The parameter 'words' must not be null.", e.getMessage());
  }
}
