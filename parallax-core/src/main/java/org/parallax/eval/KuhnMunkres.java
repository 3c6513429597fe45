package org.parallax.eval;

/**
 * The Kuhn-Munkres (Hungarian) algorithm: the one-to-one assignment of rows to columns of a weight matrix with the
 * largest total weight, in O(n² m) time for n ≤ m (the potentials form of Kuhn, 1955, and Munkres, 1957).
 */
final class KuhnMunkres {

  private KuhnMunkres() {}

  /**
   * The largest total weight of an assignment of rows to distinct columns of {@code weights} (rectangular; the
   * smaller side is fully assigned). Weights must be finite; an empty matrix weighs 0.
   */
  static double maximumWeight(double[][] weights) {
    int rows = weights.length;
    int columns = rows == 0 ? 0 : weights[0].length;
    if (rows == 0 || columns == 0) {
      return 0;
    }
    boolean transpose = rows > columns;
    int n = transpose ? columns : rows;
    int m = transpose ? rows : columns;
    double[][] cost = new double[n + 1][m + 1];
    for (int i = 0; i < rows; i++) {
      if (weights[i].length != columns) {
        throw new IllegalArgumentException("The parameter 'weights' is not rectangular: row " + i + " has "
            + weights[i].length + " columns, row 0 has " + columns);
      }
      for (int j = 0; j < columns; j++) {
        double w = weights[i][j];
        if (!Double.isFinite(w)) {
          throw new IllegalArgumentException("The parameter 'weights' holds " + w + " at [" + i + "][" + j + "]");
        }
        if (transpose) {
          cost[j + 1][i + 1] = -w;
        } else {
          cost[i + 1][j + 1] = -w;
        }
      }
    }
    // u, v: row and column potentials; p[j]: the row assigned to column j (0: none); way: the augmenting path.
    double[] u = new double[n + 1];
    double[] v = new double[m + 1];
    int[] p = new int[m + 1];
    int[] way = new int[m + 1];
    for (int i = 1; i <= n; i++) {
      p[0] = i;
      int j0 = 0;
      double[] minv = new double[m + 1];
      java.util.Arrays.fill(minv, Double.POSITIVE_INFINITY);
      boolean[] used = new boolean[m + 1];
      do {
        used[j0] = true;
        int i0 = p[j0];
        double delta = Double.POSITIVE_INFINITY;
        int j1 = 0;
        for (int j = 1; j <= m; j++) {
          if (!used[j]) {
            double reduced = cost[i0][j] - u[i0] - v[j];
            if (reduced < minv[j]) {
              minv[j] = reduced;
              way[j] = j0;
            }
            if (minv[j] < delta) {
              delta = minv[j];
              j1 = j;
            }
          }
        }
        for (int j = 0; j <= m; j++) {
          if (used[j]) {
            u[p[j]] += delta;
            v[j] -= delta;
          } else {
            minv[j] -= delta;
          }
        }
        j0 = j1;
      } while (p[j0] != 0);
      do {
        int j1 = way[j0];
        p[j0] = p[j1];
        j0 = j1;
      } while (j0 != 0);
    }
    double total = 0;
    for (int j = 1; j <= m; j++) {
      if (p[j] != 0) {
        total -= cost[p[j]][j];
      }
    }
    return total;
  }
}
