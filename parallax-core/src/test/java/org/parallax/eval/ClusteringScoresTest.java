package org.parallax.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusteringScoresTest {

  @Test
  void perfectClusteringScoresOne() {
    Map<String, String> gold = Map.of("a", "x", "b", "x", "c", "y");
    ClusteringScores s = ClusteringScores.score(Map.of("a", "1", "b", "1", "c", "2"), gold);
    assertEquals(1.0, s.pairwise().f1(), 1e-12);
    assertEquals(1.0, s.bcubed().f1(), 1e-12);
  }

  @Test
  void matchesHandComputedValues() {
    // Gold {a,b,c} {d,e}; predicted {a,b} {c,d,e}.
    Map<String, String> gold = Map.of("a", "g1", "b", "g1", "c", "g1", "d", "g2", "e", "g2");
    Map<String, String> pred = Map.of("a", "p1", "b", "p1", "c", "p2", "d", "p2", "e", "p2");
    ClusteringScores s = ClusteringScores.score(pred, gold);
    // Predicted pairs: ab, cd, ce, de = 4; true: ab, de = 2; gold pairs: ab, ac, bc, de = 4.
    assertEquals(0.5, s.pairwise().precision(), 1e-12);
    assertEquals(0.5, s.pairwise().recall(), 1e-12);
    // BCubed precision: a,b 1; c 1/3; d,e 2/3 -> (2 + 1/3 + 4/3) / 5 = 11/15.
    assertEquals(11.0 / 15, s.bcubed().precision(), 1e-12);
    // BCubed recall: a,b 2/3; c 1/3; d,e 1 -> (4/3 + 1/3 + 2) / 5 = 11/15.
    assertEquals(11.0 / 15, s.bcubed().recall(), 1e-12);
    assertEquals(5, s.items());
    assertEquals(2, s.predictedClusters());
  }

  @Test
  void itemsWithoutGoldAreNotScoredAndNoOverlapIsAnError() {
    ClusteringScores s = ClusteringScores.score(Map.of("a", "1", "b", "1", "z", "1"), Map.of("a", "x", "b", "x"));
    assertEquals(2, s.items());
    assertEquals(1.0, s.pairwise().precision(), 1e-12);
    assertThrows(IllegalArgumentException.class, () -> ClusteringScores.score(Map.of("q", "1"), Map.of("a", "x")));
  }
}
