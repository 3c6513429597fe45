package org.parallax.eval;

/**
 * Exact-span precision, recall and F1 of attribution extraction, for source, cue and content separately, and for the
 * content of direct quotes alone.
 */
public record QuoteScores(int documents, Counts source, Counts cue, Counts content, Counts directContent) {

  /** Predicted, gold and matching span counts of one role, with the figures they give. */
  public record Counts(int predicted, int gold, int correct) {

    public double precision() {
      return predicted == 0 ? 0 : correct / (double) predicted;
    }

    public double recall() {
      return gold == 0 ? 0 : correct / (double) gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Counts plus(Counts o) {
      return new Counts(predicted + o.predicted, gold + o.gold, correct + o.correct);
    }
  }
}
