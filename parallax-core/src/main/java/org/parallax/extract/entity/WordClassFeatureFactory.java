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
 * for the token, its class id joined to the token's case ({@code wc256=17c}: {@code l} lower case, {@code c}
 * capitalised, {@code u} in capitals, {@code o} other), and the same for the tokens up to {@code window} before and
 * after, named as OpenNLP's window generator names them ({@code p1wc256=...}, {@code n1wc256=...}). The classes are
 * looked up in lower case (the vectors they come from are uncased), so the case keeps "Gang" the surname apart
 * from "gang" the noun. The classes travel inside the
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
    /** The case marks, as {@link #shape} numbers them. */
    private static final String[] SHAPES = {"l", "c", "u", "o"};
    /** By granularity, class id, case and position (own at 0, previous 1..window, next window+1..2*window). */
    private final String[][][][] names;
    private String[] sentence;
    private int[][] sentenceIds;
    private int[] sentenceShapes;

    Generator(WordClasses classes, int window) {
      this.classes = classes;
      this.window = window;
      int[] granularities = classes.granularities();
      names = new String[granularities.length][][][];
      for (int g = 0; g < granularities.length; g++) {
        names[g] = new String[granularities[g]][SHAPES.length][1 + 2 * window];
        for (int id = 0; id < granularities[g]; id++) {
          for (int shape = 0; shape < SHAPES.length; shape++) {
            String own = "wc" + granularities[g] + "=" + id + SHAPES[shape];
            names[g][id][shape][0] = own;
            for (int i = 1; i <= window; i++) {
              names[g][id][shape][i] = "p" + i + own;
              names[g][id][shape][window + i] = "n" + i + own;
            }
          }
        }
      }
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
      if (tokens != sentence) {
        sentenceIds = new int[tokens.length][];
        sentenceShapes = new int[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
          sentenceIds[i] = classes.lookup(tokens[i]);
          sentenceShapes[i] = shape(tokens[i]);
        }
        sentence = tokens;
      }
      add(features, index, 0);
      for (int i = 1; i <= window && index - i >= 0; i++) {
        add(features, index - i, i);
      }
      for (int i = 1; i <= window && index + i < tokens.length; i++) {
        add(features, index + i, window + i);
      }
    }

    private void add(List<String> features, int token, int position) {
      int[] ids = sentenceIds[token];
      if (ids != null) {
        for (int g = 0; g < ids.length; g++) {
          features.add(names[g][ids[g]][sentenceShapes[token]][position]);
        }
      }
    }

    /** 0 if the token has no upper-case letter, 1 if only its first is one, 2 if all its letters are, else 3. */
    static int shape(String token) {
      int upper = 0;
      int letters = 0;
      boolean firstUpper = Character.isUpperCase(token.charAt(0));
      for (int i = 0; i < token.length(); i++) {
        char ch = token.charAt(i);
        if (Character.isLetter(ch)) {
          letters++;
          if (Character.isUpperCase(ch)) {
            upper++;
          }
        }
      }
      if (upper == 0) {
        return 0;
      }
      if (firstUpper && upper == 1) {
        return letters == 1 ? 2 : 1;
      }
      return upper == letters ? 2 : 3;
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
