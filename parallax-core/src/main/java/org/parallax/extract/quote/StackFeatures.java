package org.parallax.extract.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * The features a second-stage tagger adds from the first stage's labels (stacked sequential learning, Cohen and
 * Carvalho 2005): the first stage's labels from five tokens before to five after, the token's own label with how
 * sure the first stage was, how far the nearest source, cue and content lie on either side within the sentence, and
 * whether the sentence has a cue at all. The first stage's history sees only the two labels before a token; these
 * let the second see the labels after it and further away.
 *
 * <p>One instance serves one text: it reads the first stage's labels once and answers for each token.
 */
final class StackFeatures {

  /** How many tokens on either side the label window covers. */
  static final int WINDOW = 5;

  private final String[] label;
  private final String[] sure;
  private final String[][] nearest;
  private final boolean[] sentenceHasCue;

  StackFeatures(TagInput in, AttributionTagger.Tagged first) {
    int n = in.size;
    if (first.labels().length != n) {
      throw new IllegalArgumentException("first has " + first.labels().length + " labels for " + n + " tokens");
    }
    label = new String[n];
    sure = new String[n];
    for (int i = 0; i < n; i++) {
      label[i] = AttributionTagger.LABELS.get(first.labels()[i]);
      sure[i] = sureness(first.probabilities()[i]);
    }
    nearest = nearest(in, first.labels());
    sentenceHasCue = sentenceHasCue(in, first.labels());
  }

  /** {@code fixed} followed by the stacked features of token {@code i}. */
  String[] with(String[] fixed, int i) {
    List<String> f = new ArrayList<>(fixed.length + 20);
    f.addAll(List.of(fixed));
    String own = label[i];
    f.add("k0=" + own);
    f.add("k0p=" + own + "|" + sure[i]);
    for (int d = -WINDOW; d <= WINDOW; d++) {
      if (d != 0) {
        f.add("k" + d + "=" + label(i + d));
      }
    }
    f.add("k-1k0k+1=" + label(i - 1) + "|" + own + "|" + label(i + 1));
    f.add("k-2k-1=" + label(i - 2) + "|" + label(i - 1));
    f.add("k+1k+2=" + label(i + 1) + "|" + label(i + 2));
    String[] near = nearest[i];
    for (String part : near) {
      f.add("kn=" + part);
    }
    f.add("knC=" + near[1] + "|" + near[4]);
    f.add("kcs=" + sentenceHasCue[i]);
    f.add("k0w=" + own + "|" + fixed[0]);
    return f.toArray(new String[0]);
  }

  /** The second stage's own history: the two labels it decided before the token, alone and as a pair. */
  static String[] history(String previous, String beforePrevious) {
    return new String[] {"p=" + previous, "pp=" + beforePrevious + "|" + previous};
  }

  private String label(int i) {
    return i < 0 ? "BOS" : i >= label.length ? "EOS" : label[i];
  }

  /** A coarse bucket of the probability the first stage gave its label. */
  static String sureness(double p) {
    return p >= 0.99 ? "99" : p >= 0.9 ? "90" : p >= 0.7 ? "70" : p >= 0.5 ? "50" : "low";
  }

  /** A coarse bucket of a distance in tokens. */
  static String distance(int d) {
    return d <= 2 ? Integer.toString(d) : d <= 5 ? "3-5" : d <= 10 ? "6-10" : d <= 20 ? "11-20" : "21+";
  }

  /**
   * For each token, how far the nearest token of each role (source, cue, content) lies before and after it within
   * its sentence: six values ({@code S<d}, {@code C<d}, {@code T<d}, then {@code >} for after), "-" for none.
   */
  private static String[][] nearest(TagInput in, int[] labels) {
    int n = in.size;
    String[][] parts = new String[n][6];
    int[] last = new int[4];
    for (int i = 0; i < n; i++) {
      if (in.sentenceStart[i]) {
        java.util.Arrays.fill(last, -1);
      }
      for (int role = 1; role <= 3; role++) {
        parts[i][role - 1] = TagInput.ROLES[role] + "<" + (last[role] < 0 ? "-" : distance(i - last[role]));
      }
      int role = (labels[i] + 1) / 2;
      if (role > 0) {
        last[role] = i;
      }
    }
    java.util.Arrays.fill(last, -1);
    for (int i = n - 1; i >= 0; i--) {
      if (i + 1 >= n || in.sentenceStart[i + 1]) {
        java.util.Arrays.fill(last, -1);
      }
      for (int role = 1; role <= 3; role++) {
        parts[i][role + 2] = TagInput.ROLES[role] + ">" + (last[role] < 0 ? "-" : distance(last[role] - i));
      }
      int role = (labels[i] + 1) / 2;
      if (role > 0) {
        last[role] = i;
      }
    }
    return parts;
  }

  /** For each token, whether any token of its sentence has a cue label. */
  private static boolean[] sentenceHasCue(TagInput in, int[] labels) {
    int n = in.size;
    boolean[] out = new boolean[n];
    int from = 0;
    for (int i = 0; i <= n; i++) {
      if (i == n || (i > from && in.sentenceStart[i])) {
        boolean cue = false;
        for (int k = from; k < i; k++) {
          cue |= (labels[k] + 1) / 2 == 2;
        }
        java.util.Arrays.fill(out, from, i, cue);
        from = i;
      }
    }
    return out;
  }
}
