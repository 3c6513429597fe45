package org.parallax.extract.quote;

import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.perceptron.PerceptronModel;

/**
 * Label probabilities from the tagger's models, with the features that do not depend on earlier labels looked up and
 * summed once per token rather than once per beam entry (the lookups are most of the tagger's time). For a maxent
 * (GIS) or perceptron model this computes what {@link GISModel#eval(String[])} or
 * {@link PerceptronModel#eval(String[])} does, in the same order; other models go through
 * {@link MaxentModel#eval(String[])}.
 */
final class LabelScores {

  private final MaxentModel model;
  private final Map<String, Context> features;
  private final boolean perceptron;
  private final int outcomes;

  @SuppressWarnings("unchecked")
  LabelScores(MaxentModel model) {
    this.model = model;
    this.outcomes = model.getNumOutcomes();
    this.perceptron = model instanceof PerceptronModel;
    this.features = model instanceof GISModel || perceptron
        ? (Map<String, Context>) ((AbstractModel) model).getDataStructures()[1] : null;
  }

  /** The sums of the fixed features' weights per outcome, or the features themselves for another model. */
  Object fixed(String[] fixed) {
    if (features == null) {
      return fixed;
    }
    double[] sums = new double[outcomes];
    java.util.Arrays.fill(sums, perceptron ? 0 : Math.log(1.0 / outcomes));
    add(sums, fixed);
    return sums;
  }

  /** The probability of each outcome given what {@link #fixed} returned and the label-dependent features. */
  double[] probabilities(Object fixed, String[] dynamic) {
    if (features == null) {
      String[] fixedFeatures = (String[]) fixed;
      String[] all = java.util.Arrays.copyOf(fixedFeatures, fixedFeatures.length + dynamic.length);
      System.arraycopy(dynamic, 0, all, fixedFeatures.length, dynamic.length);
      return model.eval(all);
    }
    double[] p = ((double[]) fixed).clone();
    add(p, dynamic);
    double scale = 1; // a perceptron's scores are divided by the largest magnitude first, as PerceptronModel does
    if (perceptron) {
      for (int o = 0; o < outcomes; o++) {
        scale = Math.max(scale, StrictMath.abs(p[o]));
      }
    }
    double normal = 0;
    for (int o = 0; o < outcomes; o++) {
      p[o] = StrictMath.exp(perceptron ? p[o] / scale : p[o]);
      normal += p[o];
    }
    for (int o = 0; o < outcomes; o++) {
      p[o] /= normal;
    }
    return p;
  }

  private void add(double[] sums, String[] names) {
    for (String name : names) {
      Context c = features.get(name);
      if (c != null) {
        int[] active = c.getOutcomes();
        double[] weights = c.getParameters();
        for (int k = 0; k < active.length; k++) {
          sums[active[k]] += weights[k];
        }
      }
    }
  }
}
