package org.parallax.extract.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * An OpenNLP feature-generator factory for word-cluster paths: the token's {@link WordClusters} path cut to the
 * prefix lengths 4, 6, 10 and 20 (Ratinov and Roth 2009), one feature each ({@code bc4=0110}); a path shorter than
 * a length gives its whole self once; the tokens up to {@code window} before and after give theirs too, named as
 * OpenNLP's window generator names them ({@code p1bc4=...}, {@code n2bc6=...}). The clusters travel inside the
 * model under the artifact name given by {@code clusters}; OpenNLP looks for artifacts in top-level generators
 * only, which is why the window is a parameter here rather than a wrapping generator. Referenced by class name
 * from {@code ner-features.xml}.
 */
public final class ClusterFeatureFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

  /** The prefix lengths that become features. */
  static final int[] PREFIX_LENGTHS = {4, 6, 10, 20};

  /** Public and argument-free: OpenNLP instantiates it by reflection when it reads the feature descriptor. */
  public ClusterFeatureFactory() {}

  @Override
  public AdaptiveFeatureGenerator create() throws InvalidFormatException {
    String key = getStr("clusters");
    Object resource = resourceManager == null ? null : resourceManager.getResource(key);
    if (!(resource instanceof WordClusters clusters)) {
      throw new InvalidFormatException("The name finder model lacks the word cluster artifact '" + key + "'");
    }
    int window = getInt("window", 0);
    if (window < 0) {
      throw new InvalidFormatException("window must be >= 0, got " + window);
    }
    Generator generator = new Generator(clusters);
    return window == 0 ? generator : new WindowFeatureGenerator(generator, window, window);
  }

  @Override
  public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
    return Map.of(getStr("clusters"), new Serializer());
  }

  /** The features of one token: its path prefixes. */
  static final class Generator implements AdaptiveFeatureGenerator {
    private final WordClusters clusters;
    private final Map<String, String[]> featuresOfPath = new HashMap<>();

    Generator(WordClusters clusters) {
      this.clusters = clusters;
      for (WordClusters.Entry e : clusters.entries().values()) {
        featuresOfPath.computeIfAbsent(e.path(), Generator::features);
      }
    }

    static String[] features(String path) {
      int n = 0;
      while (n < PREFIX_LENGTHS.length && (n == 0 || PREFIX_LENGTHS[n - 1] < path.length())) {
        n++;
      }
      String[] out = new String[n];
      for (int i = 0; i < n; i++) {
        int length = PREFIX_LENGTHS[i];
        out[i] = "bc" + length + "=" + path.substring(0, Math.min(length, path.length()));
      }
      return out;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
      String path = clusters.lookup(tokens[index]);
      if (path != null) {
        for (String f : featuresOfPath.get(path)) {
          features.add(f);
        }
      }
    }
  }

  /** Writes clusters into the model as text and reads them back; public for OpenNLP, which instantiates it by name. */
  public static final class Serializer implements ArtifactSerializer<WordClusters> {

    /** Public and argument-free for OpenNLP. */
    public Serializer() {}

    @Override
    public WordClusters create(InputStream in) throws IOException {
      return WordClusters.read(in);
    }

    @Override
    public void serialize(WordClusters artifact, OutputStream out) throws IOException {
      artifact.write(out);
    }
  }
}
