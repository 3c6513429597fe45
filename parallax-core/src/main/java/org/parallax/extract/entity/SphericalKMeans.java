package org.parallax.extract.entity;

import java.util.Arrays;
import java.util.Random;

/**
 * Deterministic k-means on unit vectors with cosine similarity (spherical k-means): seeds chosen by k-means++ with a
 * fixed seed (each next seed drawn with probability proportional to its cosine distance from the nearest seed so
 * far, which is half the squared Euclidean distance between unit vectors), then Lloyd iterations that move each
 * vector to its most similar centroid (the lower index on a tie) and each centroid to its members' mean scaled to
 * unit length, until no vector moves or the iteration limit is reached. A class left empty keeps its centroid. The
 * same vectors, k, seed and limit give the same classes.
 */
final class SphericalKMeans {

  private SphericalKMeans() {}

  /**
   * The class of each of {@code vectors} (unit length, all of one dimension), in {@code [0, k)}: the index of its
   * most similar centroid of {@link #centroids}.
   *
   * @throws IllegalArgumentException if {@code k} is below 1 or above the number of vectors, or
   *     {@code maxIterations} is below 0
   */
  static int[] cluster(float[][] vectors, int k, long seed, int maxIterations) {
    float[][] centroids = centroids(vectors, k, seed, maxIterations);
    int[] assignment = new int[vectors.length];
    for (int i = 0; i < vectors.length; i++) {
      assignment[i] = nearest(vectors[i], centroids);
    }
    return assignment;
  }

  /**
   * The {@code k} unit centroids k-means settles on; other vectors can be classed by {@link #nearest}.
   *
   * @throws IllegalArgumentException as {@link #cluster}
   */
  static float[][] centroids(float[][] vectors, int k, long seed, int maxIterations) {
    if (k < 1 || k > vectors.length) {
      throw new IllegalArgumentException("k must be in [1, " + vectors.length + "], got " + k);
    }
    if (maxIterations < 0) {
      throw new IllegalArgumentException("maxIterations must be >= 0, got " + maxIterations);
    }
    float[][] centroids = seeds(vectors, k, new Random(seed));
    int[] assignment = new int[vectors.length];
    Arrays.fill(assignment, -1);
    for (int iteration = 0; iteration < maxIterations; iteration++) {
      boolean moved = false;
      for (int i = 0; i < vectors.length; i++) {
        int best = nearest(vectors[i], centroids);
        if (best != assignment[i]) {
          assignment[i] = best;
          moved = true;
        }
      }
      if (!moved) {
        break;
      }
      recentre(vectors, assignment, centroids);
    }
    return centroids;
  }

  /** k-means++ seeds: the first drawn uniformly, each next in proportion to its cosine distance to the nearest. */
  static float[][] seeds(float[][] vectors, int k, Random random) {
    float[][] centroids = new float[k][];
    centroids[0] = vectors[random.nextInt(vectors.length)].clone();
    double[] distance = new double[vectors.length];
    Arrays.fill(distance, Double.MAX_VALUE);
    for (int c = 1; c < k; c++) {
      double total = 0;
      for (int i = 0; i < vectors.length; i++) {
        distance[i] = Math.min(distance[i], Math.max(0, 1 - dot(vectors[i], centroids[c - 1])));
        total += distance[i];
      }
      int chosen = -1;
      if (total > 0) {
        double target = random.nextDouble() * total;
        for (int i = 0; i < vectors.length && chosen < 0; i++) {
          target -= distance[i];
          if (target < 0 && distance[i] > 0) {
            chosen = i;
          }
        }
      }
      if (chosen < 0) {
        // Every vector coincides with a seed (or rounding left nothing to draw): take the farthest.
        chosen = 0;
        for (int i = 1; i < vectors.length; i++) {
          if (distance[i] > distance[chosen]) {
            chosen = i;
          }
        }
      }
      centroids[c] = vectors[chosen].clone();
    }
    return centroids;
  }

  /** The index of the centroid most similar to {@code v}, the lower one on a tie. */
  static int nearest(float[] v, float[][] centroids) {
    int best = 0;
    float bestSimilarity = Float.NEGATIVE_INFINITY;
    for (int c = 0; c < centroids.length; c++) {
      float s = dot(v, centroids[c]);
      if (s > bestSimilarity) {
        bestSimilarity = s;
        best = c;
      }
    }
    return best;
  }

  private static void recentre(float[][] vectors, int[] assignment, float[][] centroids) {
    int dimensions = centroids[0].length;
    double[][] sums = new double[centroids.length][dimensions];
    int[] members = new int[centroids.length];
    for (int i = 0; i < vectors.length; i++) {
      double[] sum = sums[assignment[i]];
      members[assignment[i]]++;
      for (int d = 0; d < dimensions; d++) {
        sum[d] += vectors[i][d];
      }
    }
    for (int c = 0; c < centroids.length; c++) {
      if (members[c] == 0) {
        continue;
      }
      double norm = 0;
      for (double x : sums[c]) {
        norm += x * x;
      }
      if (norm == 0) {
        continue;
      }
      double scale = 1 / Math.sqrt(norm);
      for (int d = 0; d < dimensions; d++) {
        centroids[c][d] = (float) (sums[c][d] * scale);
      }
    }
  }

  /** The dot product, summed in four interleaved lanes (a fixed order, so the result is reproducible). */
  static float dot(float[] a, float[] b) {
    float s0 = 0;
    float s1 = 0;
    float s2 = 0;
    float s3 = 0;
    int n = a.length;
    int d = 0;
    for (; d + 3 < n; d += 4) {
      s0 += a[d] * b[d];
      s1 += a[d + 1] * b[d + 1];
      s2 += a[d + 2] * b[d + 2];
      s3 += a[d + 3] * b[d + 3];
    }
    for (; d < n; d++) {
      s0 += a[d] * b[d];
    }
    return (s0 + s1) + (s2 + s3);
  }
}
