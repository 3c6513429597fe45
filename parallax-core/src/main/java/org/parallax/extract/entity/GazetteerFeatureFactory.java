package org.parallax.extract.entity;

import java.util.Map;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.ext.ExtensionLoader;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.DictionaryFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
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
    return new DictionaryFeatureGenerator(getStr("prefix"), dictionary);
  }

  @Override
  public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
    return Map.of(getStr("dict"), new DictionarySerializer());
  }
}
