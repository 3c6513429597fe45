package org.parallax.cluster;

import java.util.HashMap;
import java.util.Map;

/** A sparse centroid: the sum of its articles' unit vectors, with its norm kept up to date. */
final class Centroid {
  final Map<String, Float> weights = new HashMap<>();
  double squaredNorm;

  void add(Map<String, Float> vector) {
    for (Map.Entry<String, Float> e : vector.entrySet()) {
      float old = weights.getOrDefault(e.getKey(), 0f);
      float now = old + e.getValue();
      weights.put(e.getKey(), now);
      squaredNorm += (double) now * now - (double) old * old;
    }
  }

  /** The cosine of this centroid with a unit vector. */
  double cosine(Map<String, Float> unit) {
    if (squaredNorm <= 0) {
      return 0;
    }
    return dot(unit) / Math.sqrt(squaredNorm);
  }

  /** The cosine of two centroids. */
  double cosine(Centroid other) {
    if (squaredNorm <= 0 || other.squaredNorm <= 0) {
      return 0;
    }
    Centroid small = weights.size() <= other.weights.size() ? this : other;
    Centroid large = small == this ? other : this;
    return large.dot(small.weights) / Math.sqrt(squaredNorm * other.squaredNorm);
  }

  private double dot(Map<String, Float> vector) {
    double dot = 0;
    for (Map.Entry<String, Float> e : vector.entrySet()) {
      Float w = weights.get(e.getKey());
      if (w != null) {
        dot += w * e.getValue();
      }
    }
    return dot;
  }
}
