package org.parallax.extract.entity;

/** Disjoint sets over the indices {@code 0..n-1} in a parent array; a group's root is its first index in input order. */
final class UnionFind {

  private UnionFind() {}

  /** A parent array in which every index is its own group. */
  static int[] singletons(int n) {
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    return parent;
  }

  /** The root of {@code i}'s group (compressing the path on the way). */
  static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** Joins two groups; the one whose root comes first in input order stays the representative. */
  static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
