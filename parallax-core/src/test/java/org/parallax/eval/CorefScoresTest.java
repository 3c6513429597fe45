package org.parallax.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CorefScoresTest {

  private static final double EPS = 1e-9;

  /**
   * The worked example of Pradhan et al. (2014): key {a b c} {d e f g}, response {a b} {c d} {f g h i}; e is missing
   * from the response, h and i from the key. Hand-worked values:
   * MUC R = ((3-2) + (4-3)) / (2 + 3) = 2/5, P = ((2-1) + (2-2) + (4-3)) / (1 + 1 + 3) = 2/5;
   * B3 R = (4/3 + 1/3 + 1/4 + 4/4) / 7 = 5/12, P = (4/2 + 1/2 + 1/2 + 4/4) / 8 = 1/2;
   * CEAF-e best alignment {a b c}-{a b} (2*2/5 = 0.8) and {d e f g}-{f g h i} (2*2/8 = 0.5): R = 1.3/2, P = 1.3/3.
   */
  @Test
  void pradhanExample() {
    CorefScores.Result r = CorefScores.score(
        List.of(List.of("a", "b", "c"), List.of("d", "e", "f", "g")),
        List.of(List.of("a", "b"), List.of("c", "d"), List.of("f", "g", "h", "i")));
    assertEquals(0.4, r.muc().recall(), EPS);
    assertEquals(0.4, r.muc().precision(), EPS);
    assertEquals(5.0 / 12, r.bcubed().recall(), EPS);
    assertEquals(0.5, r.bcubed().precision(), EPS);
    assertEquals(5.0 / 11, r.bcubed().f1(), EPS);
    assertEquals(0.65, r.ceafe().recall(), EPS);
    assertEquals(1.3 / 3, r.ceafe().precision(), EPS);
    assertEquals(0.52, r.ceafe().f1(), EPS);
    assertEquals((0.4 + 5.0 / 11 + 0.52) / 3, r.conllF1(), EPS);
  }

  /**
   * Singletons count: key {a b} {c} {d}, response {a} {b} {c d}. MUC sees only links: R = (2-2)/1 = 0,
   * P = (2-2)/1 = 0. B3 R = (1/2 + 1/2 + 1 + 1) / 4 = 3/4, P = (1 + 1 + 1/2 + 1/2) / 4 = 3/4. CEAF-e: {a b}-{a}
   * 2/3, {c}-{c d} 2/3, then {d} and {b} share nothing: R = (4/3) / 3 = 4/9, P = (4/3) / 3 = 4/9.
   */
  @Test
  void singletonsCountInBcubedAndCeaf() {
    CorefScores.Result r = CorefScores.score(List.of(List.of("a", "b"), List.of("c"), List.of("d")),
        List.of(List.of("a"), List.of("b"), List.of("c", "d")));
    assertEquals(0, r.muc().f1(), EPS);
    assertEquals(0.75, r.bcubed().recall(), EPS);
    assertEquals(0.75, r.bcubed().precision(), EPS);
    assertEquals(4.0 / 9, r.ceafe().recall(), EPS);
    assertEquals(4.0 / 9, r.ceafe().precision(), EPS);
  }

  @Test
  void identicalPartitionsScoreOne() {
    List<List<Integer>> key = List.of(List.of(1, 2, 3), List.of(4, 5), List.of(6));
    CorefScores.Result r = CorefScores.score(key, key);
    assertEquals(1, r.muc().f1(), EPS);
    assertEquals(1, r.bcubed().f1(), EPS);
    assertEquals(1, r.ceafe().f1(), EPS);
    assertEquals(1, r.conllF1(), EPS);
  }

  @Test
  void aMentionInTwoEntitiesIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CorefScores.score(List.of(List.of("a"), List.of("a")), List.of(List.of("a"))));
    assertEquals("The parameter 'key' holds the mention a in two entities (or twice)", e.getMessage());
  }

  /** Greedy would take 0.9 and then 0; the best assignment takes both 0.8s. */
  @Test
  void kuhnMunkresBeatsGreedy() {
    assertEquals(1.6, KuhnMunkres.maximumWeight(new double[][] {{0.9, 0.8}, {0.8, 0}}), EPS);
    assertEquals(1.6, KuhnMunkres.maximumWeight(new double[][] {{0.9, 0.8}, {0.8, 0}, {0.1, 0.1}}), EPS);
    assertEquals(0.7, KuhnMunkres.maximumWeight(new double[][] {{0.2, 0.7, 0.1}}), EPS);
    assertEquals(0, KuhnMunkres.maximumWeight(new double[0][0]), EPS);
  }
}
