package org.parallax.extract.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SphericalKMeansTest {

  private static float[] unit(double... xs) {
    double norm = 0;
    for (double x : xs) {
      norm += x * x;
    }
    float[] v = new float[xs.length];
    for (int i = 0; i < xs.length; i++) {
      v[i] = (float) (xs[i] / Math.sqrt(norm));
    }
    return v;
  }

  /** Three tight bundles of directions, around the three axes, interleaved. */
  private static float[][] bundles() {
    return new float[][] {
        unit(1, 0.1, 0), unit(0, 1, 0.1), unit(0.1, 0, 1),
        unit(1, 0, 0.1), unit(0.1, 1, 0), unit(0, 0.1, 1),
        unit(1, 0.05, 0.05), unit(0.05, 1, 0.05), unit(0.05, 0.05, 1)};
  }

  @Test
  void findsTheBundles() {
    int[] classes = SphericalKMeans.cluster(bundles(), 3, 7, 10);
    for (int i = 3; i < classes.length; i++) {
      assertEquals(classes[i % 3], classes[i], "vector " + i);
    }
    assertEquals(3, new HashSet<>(java.util.Arrays.stream(classes).boxed().toList()).size());
  }

  @Test
  void theSameSeedGivesTheSameClasses() {
    long seed = 42;
    float[][] vectors = new float[200][];
    Random random = new Random(seed);
    for (int i = 0; i < vectors.length; i++) {
      vectors[i] = unit(random.nextGaussian(), random.nextGaussian(), random.nextGaussian(), random.nextGaussian());
    }
    int[] first = SphericalKMeans.cluster(vectors, 12, 3, 25);
    assertArrayEquals(first, SphericalKMeans.cluster(vectors, 12, 3, 25), "seed " + seed);
    Set<Integer> used = new HashSet<>();
    for (int c : first) {
      used.add(c);
    }
    assertEquals(12, used.size(), "every class used, seed " + seed);
  }

  @Test
  void kMayEqualTheNumberOfVectorsEvenWithDuplicates() {
    float[][] vectors = {unit(1, 0), unit(1, 0), unit(0, 1)};
    int[] classes = SphericalKMeans.cluster(vectors, 3, 1, 5);
    assertEquals(classes[0], classes[1]);
    assertNotEquals(classes[0], classes[2]);
  }

  @Test
  void refusesAKOutsideOneToTheNumberOfVectors() {
    float[][] vectors = {unit(1, 0), unit(0, 1)};
    assertEquals("k must be in [1, 2], got 3",
        assertThrows(IllegalArgumentException.class, () -> SphericalKMeans.cluster(vectors, 3, 1, 5)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> SphericalKMeans.cluster(vectors, 0, 1, 5));
  }
}
