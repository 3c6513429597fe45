package org.parallax.extract.entity;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.model.ModelUtil;

/**
 * Drops the zero weights of a model trained by OpenNLP's L-BFGS trainer. That trainer keeps a weight for every
 * outcome of every feature, so that a model of a few hundred thousand features would be tens of megabytes on disk;
 * with an L1 cost most of those weights are exactly zero. A feature scores an outcome by adding its weight, so a zero
 * weight left out, or a feature all of whose weights are zero, changes no probability.
 */
final class ZeroWeights {

  private ZeroWeights() {}

  /** Artifact name OpenNLP gives the maxent model inside a name finder model. */
  private static final String MODEL_ENTRY = "nameFinder.model";

  /**
   * {@code model} with its maxent model's zero weights dropped, everything else as it was. The model is rebuilt
   * from its own serialised form, the only way OpenNLP offers to replace one artifact and keep the manifest.
   */
  static TokenNameFinderModel dropped(TokenNameFinderModel model) throws IOException {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    model.serialize(raw);
    ByteArrayOutputStream rebuilt = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(raw.toByteArray()));
        ZipOutputStream zip = new ZipOutputStream(rebuilt)) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        byte[] content = in.readAllBytes();
        if (entry.getName().equals(MODEL_ENTRY)) {
          AbstractModel dense = new GenericModelReader(new BinaryFileDataReader(new ByteArrayInputStream(content)))
              .getModel();
          if (!(dense instanceof QNModel qn)) {
            throw new IllegalArgumentException("model must hold an L-BFGS (QN) maxent model, got "
                + dense.getModelType());
          }
          ByteArrayOutputStream sparse = new ByteArrayOutputStream();
          ModelUtil.writeModel(dropped(qn), sparse);
          content = sparse.toByteArray();
        }
        zip.putNextEntry(new ZipEntry(entry.getName()));
        zip.write(content);
        zip.closeEntry();
      }
    }
    return new TokenNameFinderModel(new ByteArrayInputStream(rebuilt.toByteArray()));
  }

  /** {@code model} without its zero weights: the same probabilities for every context. */
  @SuppressWarnings("unchecked")
  static QNModel dropped(QNModel model) {
    Object[] structures = model.getDataStructures();
    Map<String, Context> byFeature = (Map<String, Context>) structures[1];
    String[] outcomes = (String[]) structures[2];
    List<String> features = new ArrayList<>(byFeature.size());
    List<Context> contexts = new ArrayList<>(byFeature.size());
    // The map's order is the order the model writer reads it in; keeping it keeps training reproducible.
    for (Map.Entry<String, Context> entry : byFeature.entrySet()) {
      Context kept = nonZero(entry.getValue());
      if (kept != null) {
        features.add(entry.getKey());
        contexts.add(kept);
      }
    }
    return new QNModel(contexts.toArray(Context[]::new), features.toArray(String[]::new), outcomes);
  }

  /** The number of weights {@code model} stores. */
  @SuppressWarnings("unchecked")
  static long weights(AbstractModel model) {
    Map<String, Context> byFeature = (Map<String, Context>) model.getDataStructures()[1];
    return byFeature.values().stream().mapToLong(c -> c.getParameters().length).sum();
  }

  private static Context nonZero(Context context) {
    int[] outcomes = context.getOutcomes();
    double[] parameters = context.getParameters();
    int n = 0;
    for (double parameter : parameters) {
      if (parameter != 0) {
        n++;
      }
    }
    if (n == 0) {
      return null;
    }
    int[] keptOutcomes = new int[n];
    double[] keptParameters = new double[n];
    for (int i = 0, j = 0; i < parameters.length; i++) {
      if (parameters[i] != 0) {
        keptOutcomes[j] = outcomes[i];
        keptParameters[j++] = parameters[i];
      }
    }
    return new Context(keptOutcomes, keptParameters);
  }
}
