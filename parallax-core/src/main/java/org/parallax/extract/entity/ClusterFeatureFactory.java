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
    return new Generator(clusters, window);
  }

  @Override
  public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
    return Map.of(getStr("clusters"), new Serializer());
  }

  /**
   * The features of one token: its path prefixes and those of its neighbours within the window, in the order and
   * with the names OpenNLP's {@link WindowFeatureGenerator} gives them (own, then {@code p1..}, then {@code n1..}).
   * Each token of a sentence is looked up once, when the sentence is first seen, and every feature string is made
   * once per path, so tagging a sentence allocates nothing per token. Not thread-safe: OpenNLP gives each name
   * finder its own generators.
   */
  static final class Generator implements AdaptiveFeatureGenerator {
    private final WordClusters clusters;
    private final int window;
    /** Path to its features: own at 0, then the previous tokens' 1..window, then the next tokens'. */
    private final Map<String, String[][]> featuresOfPath = new HashMap<>();
    private String[] sentence;
    private String[][][] sentenceFeatures;

    Generator(WordClusters clusters, int window) {
      this.clusters = clusters;
      this.window = window;
      for (WordClusters.Entry e : clusters.entries().values()) {
        featuresOfPath.computeIfAbsent(e.path(), path -> positioned(features(path), window));
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

    private static String[][] positioned(String[] own, int window) {
      String[][] out = new String[1 + 2 * window][];
      out[0] = own;
      for (int i = 1; i <= window; i++) {
        out[i] = prefixed("p" + i, own);
        out[window + i] = prefixed("n" + i, own);
      }
      return out;
    }

    private static String[] prefixed(String prefix, String[] features) {
      String[] out = new String[features.length];
      for (int i = 0; i < features.length; i++) {
        out[i] = prefix + features[i];
      }
      return out;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
      if (tokens != sentence) {
        sentenceFeatures = new String[tokens.length][][];
        for (int i = 0; i < tokens.length; i++) {
          String path = clusters.lookup(tokens[i]);
          sentenceFeatures[i] = path == null ? null : featuresOfPath.get(path);
        }
        sentence = tokens;
      }
      add(features, sentenceFeatures[index], 0);
      for (int i = 1; i <= window && index - i >= 0; i++) {
        add(features, sentenceFeatures[index - i], i);
      }
      for (int i = 1; i <= window && index + i < tokens.length; i++) {
        add(features, sentenceFeatures[index + i], window + i);
      }
    }

    private static void add(List<String> features, String[][] positioned, int position) {
      if (positioned != null) {
        for (String f : positioned[position]) {
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
