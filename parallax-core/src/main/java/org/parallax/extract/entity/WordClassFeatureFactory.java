package org.parallax.extract.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * An OpenNLP feature-generator factory for flat word classes ({@link WordClasses}): one feature per granularity
 * for the token ({@code wc256=17}), and the same for the tokens up to {@code window} before and after, named as
 * OpenNLP's window generator names them ({@code p1wc256=...}, {@code n1wc256=...}). The classes travel inside the
 * model under the artifact name given by {@code classes}; as with {@link ClusterFeatureFactory}, the window is a
 * parameter because OpenNLP looks for artifacts in top-level generators only. Referenced by class name from
 * {@code ner-features.xml}.
 */
public final class WordClassFeatureFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

  /** Public and argument-free: OpenNLP instantiates it by reflection when it reads the feature descriptor. */
  public WordClassFeatureFactory() {}

  @Override
  public AdaptiveFeatureGenerator create() throws InvalidFormatException {
    String key = getStr("classes");
    Object resource = resourceManager == null ? null : resourceManager.getResource(key);
    if (!(resource instanceof WordClasses classes)) {
      throw new InvalidFormatException("The name finder model lacks the word class artifact '" + key + "'");
    }
    int window = getInt("window", 0);
    if (window < 0) {
      throw new InvalidFormatException("window must be >= 0, got " + window);
    }
    return new Generator(classes, window);
  }

  @Override
  public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
    return Map.of(getStr("classes"), new Serializer());
  }

  /**
   * The features of one token: its class ids and those of its neighbours within the window, in the order and with
   * the names OpenNLP's {@link WindowFeatureGenerator} gives them (own, then {@code p1..}, then {@code n1..}). Every
   * feature string is made once, when the generator is built; each token of a sentence is looked up once. Not
   * thread-safe: OpenNLP gives each name finder its own generators.
   */
  static final class Generator implements AdaptiveFeatureGenerator {
    private final WordClasses classes;
    private final int window;
    /** By granularity, class id and position (own at 0, previous 1..window, next window+1..2*window). */
    private final String[][][] names;
    private String[] sentence;
    private int[][] sentenceIds;

    Generator(WordClasses classes, int window) {
      this.classes = classes;
      this.window = window;
      int[] granularities = classes.granularities();
      names = new String[granularities.length][][];
      for (int g = 0; g < granularities.length; g++) {
        names[g] = new String[granularities[g]][1 + 2 * window];
        for (int id = 0; id < granularities[g]; id++) {
          String own = "wc" + granularities[g] + "=" + id;
          names[g][id][0] = own;
          for (int i = 1; i <= window; i++) {
            names[g][id][i] = "p" + i + own;
            names[g][id][window + i] = "n" + i + own;
          }
        }
      }
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
      if (tokens != sentence) {
        sentenceIds = new int[tokens.length][];
        for (int i = 0; i < tokens.length; i++) {
          sentenceIds[i] = classes.lookup(tokens[i]);
        }
        sentence = tokens;
      }
      add(features, sentenceIds[index], 0);
      for (int i = 1; i <= window && index - i >= 0; i++) {
        add(features, sentenceIds[index - i], i);
      }
      for (int i = 1; i <= window && index + i < tokens.length; i++) {
        add(features, sentenceIds[index + i], window + i);
      }
    }

    private void add(List<String> features, int[] ids, int position) {
      if (ids != null) {
        for (int g = 0; g < ids.length; g++) {
          features.add(names[g][ids[g]][position]);
        }
      }
    }
  }

  /** Writes classes into the model as text and reads them back; public for OpenNLP, which instantiates it by name. */
  public static final class Serializer implements ArtifactSerializer<WordClasses> {

    /** Public and argument-free for OpenNLP. */
    public Serializer() {}

    @Override
    public WordClasses create(InputStream in) throws IOException {
      return WordClasses.read(in);
    }

    @Override
    public void serialize(WordClasses artifact, OutputStream out) throws IOException {
      artifact.write(out);
    }
  }
}
