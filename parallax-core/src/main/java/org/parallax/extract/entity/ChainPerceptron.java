package org.parallax.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A first-order linear-chain tagger trained as an averaged structured perceptron (Collins 2002): each token scores
 * every tag by the summed weights of its features, each pair of neighbouring tags by a transition weight, and the
 * best tag sequence under the allowed transitions is found exactly by Viterbi. Training decodes each sentence with the
 * current weights and, where the best sequence differs from the gold one, adds the gold sequence's features and
 * subtracts the predicted one's; the shipped weights are the average over all steps.
 *
 * <p>Features are ids in {@code [0, features)}, given per token. Immutable once trained; {@link #decode} is
 * thread-safe.
 */
final class ChainPerceptron {

  private final int tags;
  private final float[] emission;
  private final float[] transition;
  private final boolean[] allowed;
  private final boolean[] allowedEnd;

  /**
   * A tagger with the given weights.
   *
   * @param tags the number of tags
   * @param emission {@code features * tags} weights, feature-major
   * @param transition {@code (tags + 1) * tags} weights, row {@code tags} for the sentence start
   * @param allowed {@code (tags + 1) * tags} flags, laid out as {@code transition}
   * @param allowedEnd which tags may end a sentence
   */
  ChainPerceptron(int tags, float[] emission, float[] transition, boolean[] allowed, boolean[] allowedEnd) {
    if (tags < 1 || emission.length % tags != 0 || transition.length != (tags + 1) * tags
        || allowed.length != transition.length || allowedEnd.length != tags) {
      throw new IllegalArgumentException("weights do not fit " + tags + " tags");
    }
    this.tags = tags;
    this.emission = emission;
    this.transition = transition;
    this.allowed = allowed;
    this.allowedEnd = allowedEnd;
  }

  int tags() {
    return tags;
  }

  int features() {
    return emission.length / tags;
  }

  float[] emission() {
    return emission;
  }

  float[] transition() {
    return transition;
  }

  boolean[] allowed() {
    return allowed;
  }

  boolean[] allowedEnd() {
    return allowedEnd;
  }

  /** A tagger whose weights are the sums of this one's and {@code other}'s (the same decisions as their mean). */
  ChainPerceptron plus(ChainPerceptron other) {
    if (other.tags != tags || other.emission.length != emission.length) {
      throw new IllegalArgumentException("the taggers' weights differ in shape");
    }
    return new ChainPerceptron(tags, sum(emission, other.emission), sum(transition, other.transition), allowed,
        allowedEnd);
  }

  private static float[] sum(float[] a, float[] b) {
    float[] out = a.clone();
    for (int k = 0; k < out.length; k++) {
      out[k] += b[k];
    }
    return out;
  }

  /** The best tag sequence for a sentence given by its tokens' feature ids; ids outside the model are ignored. */
  int[] decode(int[][] sentence) {
    return viterbi(sentence, emission, transition, allowed, allowedEnd, tags);
  }

  private static int[] viterbi(int[][] sentence, float[] emission, float[] transition, boolean[] allowed,
      boolean[] allowedEnd, int tags) {
    int n = sentence.length;
    int[] best = new int[n];
    if (n == 0) {
      return best;
    }
    int features = emission.length / tags;
    double[] score = new double[tags];
    double[] next = new double[tags];
    double[] local = new double[tags];
    int[][] back = new int[n][tags];
    for (int i = 0; i < n; i++) {
      java.util.Arrays.fill(local, 0);
      for (int f : sentence[i]) {
        if (f >= 0 && f < features) {
          int base = f * tags;
          for (int t = 0; t < tags; t++) {
            local[t] += emission[base + t];
          }
        }
      }
      for (int t = 0; t < tags; t++) {
        double top = Double.NEGATIVE_INFINITY;
        int arg = -1;
        if (i == 0) {
          int k = tags * tags + t;
          if (allowed[k]) {
            top = transition[k];
          }
        } else {
          for (int p = 0; p < tags; p++) {
            int k = p * tags + t;
            if (allowed[k] && score[p] != Double.NEGATIVE_INFINITY) {
              double s = score[p] + transition[k];
              if (s > top) {
                top = s;
                arg = p;
              }
            }
          }
        }
        next[t] = top == Double.NEGATIVE_INFINITY ? top : top + local[t];
        back[i][t] = arg;
      }
      double[] swap = score;
      score = next;
      next = swap;
    }
    int last = -1;
    double top = Double.NEGATIVE_INFINITY;
    for (int t = 0; t < tags; t++) {
      if (allowedEnd[t] && score[t] > top) {
        top = score[t];
        last = t;
      }
    }
    if (last < 0) {
      throw new IllegalStateException("no tag sequence is allowed for a sentence of " + n + " tokens");
    }
    for (int i = n - 1; i >= 0; i--) {
      best[i] = last;
      last = back[i][last];
    }
    return best;
  }

  /**
   * Trains a tagger by the averaged structured perceptron.
   *
   * @param features the number of feature ids
   * @param tags the number of tags
   * @param allowed allowed transitions, {@code (tags + 1) * tags}, the last row for the sentence start
   * @param allowedEnd which tags may end a sentence
   * @param sentences each sentence's tokens' feature ids
   * @param gold each sentence's gold tags, which must follow the allowed transitions
   * @param epochs passes over the sentences
   * @param seed seeds the order in which each pass visits the sentences
   */
  static ChainPerceptron train(int features, int tags, boolean[] allowed, boolean[] allowedEnd,
      List<int[][]> sentences, List<int[]> gold, int epochs, long seed) {
    if (sentences.size() != gold.size()) {
      throw new IllegalArgumentException(sentences.size() + " sentences but " + gold.size() + " tag sequences");
    }
    float[] emission = new float[features * tags];
    double[] emissionSum = new double[features * tags];
    float[] transition = new float[(tags + 1) * tags];
    double[] transitionSum = new double[(tags + 1) * tags];
    List<Integer> order = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      order.add(s);
    }
    Random random = new Random(seed);
    long step = 1;
    for (int epoch = 0; epoch < epochs; epoch++) {
      java.util.Collections.shuffle(order, random);
      for (int s : order) {
        int[][] x = sentences.get(s);
        int[] y = gold.get(s);
        int[] z = viterbi(x, emission, transition, allowed, allowedEnd, tags);
        for (int i = 0; i < x.length; i++) {
          int prevY = i == 0 ? tags : y[i - 1];
          int prevZ = i == 0 ? tags : z[i - 1];
          if (y[i] != z[i]) {
            for (int f : x[i]) {
              update(emission, emissionSum, f * tags + y[i], 1, step);
              update(emission, emissionSum, f * tags + z[i], -1, step);
            }
          }
          if (y[i] != z[i] || prevY != prevZ) {
            update(transition, transitionSum, prevY * tags + y[i], 1, step);
            update(transition, transitionSum, prevZ * tags + z[i], -1, step);
          }
        }
        step++;
      }
    }
    return new ChainPerceptron(tags, averaged(emission, emissionSum, step), averaged(transition, transitionSum, step),
        allowed, allowedEnd);
  }

  private static void update(float[] weights, double[] sums, int k, int delta, long step) {
    weights[k] += delta;
    sums[k] += (double) step * delta;
  }

  /** The average of the weights over all steps, by the running-sum trick (Daumé 2006): w - sum(step * dw) / steps. */
  private static float[] averaged(float[] weights, double[] sums, long steps) {
    float[] out = new float[weights.length];
    for (int k = 0; k < weights.length; k++) {
      out[k] = (float) (weights[k] - sums[k] / steps);
    }
    return out;
  }
}
