package org.parallax.extract.quote;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ContextClustersTest {

  /** Points scattered around three far-apart centres, drawn with {@code seed}. */
  private static List<float[]> points(long seed) {
    Random random = new Random(seed);
    float[][] centres = {{5, 0, 0}, {0, 5, 0}, {0, 0, 5}};
    List<float[]> out = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      float[] c = centres[i % 3];
      out.add(new float[] {c[0] + (float) random.nextGaussian() * 0.3f, c[1] + (float) random.nextGaussian() * 0.3f,
          c[2] + (float) random.nextGaussian() * 0.3f});
    }
    return out;
  }

  @Test
  void kMeansSeparatesWellSeparatedGroups() {
    List<float[]> points = points(11);
    ContextClusters clusters = ContextClusters.fit(points, 3, 6L, 10);
    int a = clusters.nearest(new float[] {5, 0, 0});
    int b = clusters.nearest(new float[] {0, 5, 0});
    int c = clusters.nearest(new float[] {0, 0, 5});
    assertNotEquals(a, b);
    assertNotEquals(b, c);
    assertNotEquals(a, c);
    for (int i = 0; i < points.size(); i++) {
      assertEquals(new int[] {a, b, c}[i % 3], clusters.nearest(points.get(i)), "point " + i);
    }
  }

  @Test
  void fittingIsDeterministicAndTheFileRoundTrips() throws Exception {
    byte[] once = ContextClusters.fit(points(3), 4, 6L, 5).bytes();
    byte[] again = ContextClusters.fit(points(3), 4, 6L, 5).bytes();
    assertArrayEquals(once, again);
    ContextClusters read = ContextClusters.read(new ByteArrayInputStream(once));
    assertEquals(4, read.size());
    assertArrayEquals(once, read.bytes());
  }

  @Test
  void rejectsMoreClustersThanPoints() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ContextClusters.fit(points(1), 301, 6L, 1));
    assertEquals("k must be between 1 and 300, got 301", e.getMessage());
  }
}
