package org.parallax.extract.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChainPerceptronTest {

  // Tags: 0 outside, 1 opens a name, 2 continues it (only after 1 or 2). Features: 0 "the", 1 "New", 2 "York",
  // 3 "city", 4 "big".
  private static final int TAGS = 3;

  private static boolean[] allowed() {
    boolean[] allowed = new boolean[(TAGS + 1) * TAGS];
    for (int p = 0; p <= TAGS; p++) {
      for (int t = 0; t < TAGS; t++) {
        allowed[p * TAGS + t] = t != 2 || p == 1 || p == 2;
      }
    }
    return allowed;
  }

  private static int[][] sentence(int... words) {
    int[][] x = new int[words.length][];
    for (int i = 0; i < words.length; i++) {
      x[i] = new int[] {words[i]};
    }
    return x;
  }

  @Test
  void learnsTagsThatDependOnTheNeighbouringTag() {
    // "York" continues a name after "New" and opens one alone; only the transitions can tell the two apart.
    List<int[][]> sentences = List.of(sentence(1, 2), sentence(0, 2), sentence(2, 3), sentence(4, 1, 2, 3));
    List<int[]> gold = List.of(new int[] {1, 2}, new int[] {0, 1}, new int[] {1, 0}, new int[] {0, 1, 2, 0});
    ChainPerceptron chain = ChainPerceptron.train(5, TAGS, allowed(), new boolean[] {true, true, true}, sentences,
        gold, 10, 1);
    for (int s = 0; s < sentences.size(); s++) {
      assertArrayEquals(gold.get(s), chain.decode(sentences.get(s)));
    }
    assertArrayEquals(new int[] {0, 1, 2, 0}, chain.decode(sentence(0, 1, 2, 3)));
    // Summing two runs' weights keeps their decisions here, and unknown feature ids are ignored.
    ChainPerceptron twice = chain.plus(ChainPerceptron.train(5, TAGS, allowed(), new boolean[] {true, true, true},
        sentences, gold, 10, 2));
    assertArrayEquals(new int[] {0, 1, 2, 0}, twice.decode(new int[][] {{0}, {1, 99}, {2, -1}, {3}}));
  }

  @Test
  void neverDecodesADisallowedSequence() {
    // Weights that want tag 2 everywhere: the start row and tag 0 forbid it, so the best allowed path opens with 1.
    float[] emission = {0, 0, 5};
    boolean[] allowed = allowed();
    ChainPerceptron chain = new ChainPerceptron(TAGS, emission, new float[(TAGS + 1) * TAGS], allowed,
        new boolean[] {true, false, true});
    assertArrayEquals(new int[] {1, 2, 2}, chain.decode(new int[][] {{0}, {0}, {0}}));
    // No tag may end the sentence: an error, not a made-up sequence.
    ChainPerceptron stuck = new ChainPerceptron(TAGS, emission, new float[(TAGS + 1) * TAGS], allowed,
        new boolean[] {false, false, false});
    assertThrows(IllegalStateException.class, () -> stuck.decode(new int[][] {{0}}));
  }
}
