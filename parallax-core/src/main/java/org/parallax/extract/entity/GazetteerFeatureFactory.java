package org.parallax.extract.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;
import opennlp.tools.util.ext.ExtensionLoader;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.featuregen.InSpanGenerator;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.DictionarySerializer;

/**
 * An OpenNLP feature-generator factory for one typed name list: like OpenNLP's own dictionary feature, but with a
 * {@code prefix} so that several lists (one per entity type) give distinct features. The list travels inside the
 * model under the artifact name given by {@code dict}. Referenced by class name from {@code ner-features.xml}.
 */
public final class GazetteerFeatureFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

  static {
    ExtensionLoader.registerAllowedPackage(GazetteerFeatureFactory.class.getPackageName());
  }

  /** Lets OpenNLP instantiate this factory by name; call before training or loading a Parallax model. */
  static void register() {
    // The static initialiser does the work once.
  }

  /** Public and argument-free: OpenNLP instantiates it by reflection when it reads the feature descriptor. */
  public GazetteerFeatureFactory() {}

  @Override
  public AdaptiveFeatureGenerator create() throws InvalidFormatException {
    String key = getStr("dict");
    Object resource = resourceManager == null ? null : resourceManager.getResource(key);
    if (!(resource instanceof Dictionary dictionary)) {
      throw new InvalidFormatException("The name finder model lacks the gazetteer artifact '" + key + "'");
    }
    Finder finder = new Finder(dictionary);
    return new CaseFolding(new InSpanGenerator(getStr("prefix"), finder), new InSpanGenerator(getStr("prefix"), finder));
  }

  /**
   * Finds the names of a list in a sentence as OpenNLP's {@code DictionaryNameFinder} does (from each token on, the
   * longest listed run, then on after it), with each candidate run looked up as one joined string instead of a new
   * interned token list per run: the same names at a fraction of the cost.
   */
  static final class Finder implements TokenNameFinder {
    private static final char SEPARATOR = '\u0000';
    private final Set<String> names = new HashSet<>();
    private final boolean caseSensitive;
    private final int maxTokens;

    Finder(Dictionary dictionary) {
      caseSensitive = dictionary.isCaseSensitive();
      maxTokens = dictionary.getMaxTokenCount();
      for (StringList entry : dictionary) {
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < entry.size(); i++) {
          append(joined, i, entry.getToken(i));
        }
        names.add(joined.toString());
      }
    }

    private void append(StringBuilder joined, int position, String token) {
      if (position > 0) {
        joined.append(SEPARATOR);
      }
      joined.append(caseSensitive ? token : token.toLowerCase(Locale.ROOT));
    }

    @Override
    public Span[] find(String[] tokens) {
      List<Span> found = new ArrayList<>();
      StringBuilder run = new StringBuilder();
      for (int from = 0; from < tokens.length; from++) {
        int end = -1;
        run.setLength(0);
        for (int to = from; to < tokens.length && to - from < maxTokens; to++) {
          append(run, to - from, tokens[to]);
          if (names.contains(run.toString())) {
            end = to + 1;
          }
        }
        if (end > 0) {
          found.add(new Span(from, end, null));
          from = end - 1;
        }
      }
      return found.toArray(new Span[0]);
    }

    @Override
    public void clearAdaptiveData() {
      // Nothing is learned from earlier sentences.
    }
  }

  /**
   * Looks a word written in capitals up in its capitalised form when it is in no name as written: "JAPAN" in the
   * headline "SOCCER - JAPAN GET LUCKY WIN" is found as "Japan", "NEW YORK" as "New York", while "NATO" is still
   * found as written. Not thread-safe: OpenNLP gives each name finder its own generators.
   */
  static final class CaseFolding implements AdaptiveFeatureGenerator {
    private final AdaptiveFeatureGenerator asWritten;
    private final AdaptiveFeatureGenerator capitalised;
    private String[] sentence;
    private String[] capitalisedSentence;

    /** Two generators over the same list, each keeping its own sentence's names. */
    CaseFolding(AdaptiveFeatureGenerator asWritten, AdaptiveFeatureGenerator capitalised) {
      this.asWritten = asWritten;
      this.capitalised = capitalised;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
      int before = features.size();
      asWritten.createFeatures(features, tokens, index, previousOutcomes);
      if (features.size() > before || WordClusters.capitalised(tokens[index]) == null) {
        return;
      }
      if (tokens != sentence) {
        capitalisedSentence = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
          String c = WordClusters.capitalised(tokens[i]);
          capitalisedSentence[i] = c == null ? tokens[i] : c;
        }
        sentence = tokens;
      }
      capitalised.createFeatures(features, capitalisedSentence, index, previousOutcomes);
    }
  }

  @Override
  public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
    return Map.of(getStr("dict"), new DictionarySerializer());
  }
}
