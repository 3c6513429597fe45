package org.parallax.extract.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * The features the attribution tagger decides one token's label from: the words and shapes in a window of two, the
 * suffix, the word-cluster path prefixes of the token and its neighbours, quotation-mark state, sentence and
 * paragraph starts, the cue lexicon around the token (and how far the nearest cue lies on either side within the
 * sentence), the roles the rules give the token and its neighbours, and the two labels decided before it.
 */
final class TagFeatures {

  /** How far, in tokens, the tagger looks for a lexicon cue on either side. */
  private static final int CUE_REACH = 12;

  private TagFeatures() {}

  /** The features of token {@code i} given the labels of the two tokens before it ({@code "BOS"} at the start). */
  static String[] of(TagInput in, int i, String previous, String beforePrevious) {
    return with(fixed(in, i), in, i, previous, beforePrevious);
  }

  /** The features of token {@code i} that do not depend on the labels decided before it. */
  static String[] fixed(TagInput in, int i) {
    List<String> f = new ArrayList<>(32);
    String w = in.norm[i];
    f.add("w=" + w);
    f.add("w-1=" + word(in, i - 1));
    f.add("w+1=" + word(in, i + 1));
    f.add("w-2=" + word(in, i - 2));
    f.add("w+2=" + word(in, i + 2));
    f.add("w-1w=" + word(in, i - 1) + "|" + w);
    f.add("ww+1=" + w + "|" + word(in, i + 1));
    f.add("suf=" + (w.length() > 3 ? w.substring(w.length() - 3) : w));
    f.add("sh=" + in.shape[i]);
    f.add("sh-1=" + shape(in, i - 1) + "|" + in.shape[i]);
    f.add("sh+1=" + in.shape[i] + "|" + shape(in, i + 1));
    f.add("q=" + in.inQuote[i] + (TagInput.isQuoteMark(in.text.substring(in.start[i], in.end[i])) ? "m" : ""));
    f.add("q-1=" + (i > 0 && in.inQuote[i - 1]) + "|q+1=" + (i + 1 < in.size && in.inQuote[i + 1]));
    f.add("ss=" + in.sentenceStart[i] + "|" + in.paragraphStart[i]);
    f.add("se=" + (i + 1 >= in.size || in.sentenceStart[i + 1]));
    f.add("pos=" + bucket(in.sinceStart[i]) + "|" + bucket(in.untilEnd[i]));
    f.add("qb=" + (i > 0 && in.inQuote[i] && !in.inQuote[i - 1] ? "in" : "")
        + (i + 1 < in.size && in.inQuote[i] && !in.inQuote[i + 1] ? "out" : ""));
    f.add("cue=" + in.cue[i]);
    f.add("cue-1=" + (i > 0 ? in.cue[i - 1] : "BOS") + "|cue+1=" + (i + 1 < in.size ? in.cue[i + 1] : "EOS"));
    f.add("cueL=" + nearestCue(in, i, -1));
    f.add("cueR=" + nearestCue(in, i, 1));
    String r0 = rule(in, i);
    f.add("r=" + r0);
    f.add("r-1=" + rule(in, i - 1));
    f.add("r+1=" + rule(in, i + 1));
    f.add("r-1r=" + rule(in, i - 1) + "|" + r0 + "|" + rule(in, i + 1));
    f.add("rw=" + r0 + "|" + w);
    clusters(f, in, i, r0);
    return f.toArray(new String[0]);
  }

  /**
   * Word-cluster features: path prefixes of the token and its neighbours, so that a predicate the training text never
   * showed as a cue shares weight with the cues of its cluster.
   */
  private static void clusters(List<String> f, TagInput in, int i, String rule) {
    String c = in.cluster[i];
    String before = cluster(in, i - 1);
    String after = cluster(in, i + 1);
    String c6 = prefix(c, 6);
    String before6 = prefix(before, 6);
    String after6 = prefix(after, 6);
    f.add("c4=" + prefix(c, 4));
    f.add("c6=" + c6);
    f.add("c10=" + prefix(c, 10));
    f.add("c=" + c);
    f.add("c-1=" + prefix(before, 4) + "|" + before6);
    f.add("c+1=" + prefix(after, 4) + "|" + after6);
    f.add("c-1c=" + before6 + "|" + c6);
    f.add("cc+1=" + c6 + "|" + after6);
    f.add("rc=" + rule + "|" + c6);
  }

  private static String cluster(TagInput in, int i) {
    return i < 0 ? "BOS" : i >= in.size ? "EOS" : in.cluster[i];
  }

  /** The first {@code length} bits of {@code path} (the coarser cluster it lies in), or the whole path if shorter. */
  static String prefix(String path, int length) {
    return path.length() <= length || path.equals(TagInput.NO_CLUSTER) ? path : path.substring(0, length);
  }

  /** {@code fixed} with the features of the two labels before token {@code i}. */
  static String[] with(String[] fixed, TagInput in, int i, String previous, String beforePrevious) {
    String[] dynamic = dynamic(in, i, previous, beforePrevious);
    String[] all = java.util.Arrays.copyOf(fixed, fixed.length + dynamic.length);
    System.arraycopy(dynamic, 0, all, fixed.length, dynamic.length);
    return all;
  }

  /** The features of token {@code i} that depend on the two labels before it. */
  static String[] dynamic(TagInput in, int i, String previous, String beforePrevious) {
    String w = in.norm[i];
    String r0 = rule(in, i);
    List<String> f = new ArrayList<>(6);
    f.add("p=" + previous);
    f.add("pp=" + beforePrevious + "|" + previous);
    f.add("pw=" + previous + "|" + w);
    f.add("pr=" + previous + "|" + r0);
    f.add("pcue=" + previous + "|" + in.cue[i]);
    f.add("pss=" + previous + "|" + in.sentenceStart[i] + "|" + in.paragraphStart[i]);
    return f.toArray(new String[0]);
  }

  private static String bucket(int n) {
    return n <= 2 ? Integer.toString(n) : n <= 5 ? "3-5" : n <= 10 ? "6-10" : "11+";
  }

  private static String word(TagInput in, int i) {
    return i < 0 ? "BOS" : i >= in.size ? "EOS" : in.norm[i];
  }

  private static String shape(TagInput in, int i) {
    return i < 0 ? "BOS" : i >= in.size ? "EOS" : in.shape[i];
  }

  private static String rule(TagInput in, int i) {
    if (i < 0 || i >= in.size) {
      return "X";
    }
    int role = in.ruleRole[i];
    return role == 0 ? "O" : (in.ruleBegins[i] ? "B" : "I") + TagInput.ROLES[role];
  }

  /** The distance bucket to the nearest lexicon cue in {@code direction} within the sentence, or "none". */
  private static String nearestCue(TagInput in, int i, int direction) {
    for (int d = 1; d <= CUE_REACH; d++) {
      int k = i + direction * d;
      if (k < 0 || k >= in.size) {
        break;
      }
      if (!in.cue[k].equals("-")) {
        return in.cue[k] + (d <= 2 ? d : d <= 5 ? "m" : "f");
      }
      if ((direction < 0 && in.sentenceStart[k]) || (direction > 0 && k + 1 < in.size && in.sentenceStart[k + 1])) {
        break;
      }
    }
    return "none";
  }
}
