package org.parallax.extract.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.Context;
import org.junit.jupiter.api.Test;

class ZeroWeightsTest {

  private static final String[] OUTCOMES = {"other", "person-start", "location-start"};

  @Test
  void droppingTheZeroWeightsKeepsEveryProbability() {
    QNModel dense = new QNModel(new Context[] {
        new Context(new int[] {0, 1, 2}, new double[] {0.5, 0, -1.25}),
        new Context(new int[] {0, 1, 2}, new double[] {0, 0, 0}),
        new Context(new int[] {0, 1, 2}, new double[] {0, 2.0, 0})},
        new String[] {"w=Rome", "w=the", "cap"}, OUTCOMES);
    QNModel sparse = ZeroWeights.dropped(dense);
    assertEquals(9, ZeroWeights.weights(dense));
    assertEquals(3, ZeroWeights.weights(sparse));
    for (String[] context : new String[][] {{"w=Rome"}, {"w=the", "cap"}, {"w=Rome", "cap", "unseen"}, {}}) {
      assertArrayEquals(dense.eval(context), sparse.eval(context), 1e-15, String.join(" ", context));
    }
    assertEquals(Set.of("w=Rome", "cap"), ((Map<?, ?>) sparse.getDataStructures()[1]).keySet(),
        "a feature with no weight left is dropped");
  }
}
