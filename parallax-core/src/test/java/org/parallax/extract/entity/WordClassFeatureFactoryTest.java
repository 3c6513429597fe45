package org.parallax.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;
import org.junit.jupiter.api.Test;

class WordClassFeatureFactoryTest {

  private static final WordClasses CLASSES = new WordClasses(new int[] {4, 16}, Map.of(
      "paris", new int[] {3, 12},
      "in", new int[] {0, 1},
      "met", new int[] {2, 7}));

  private static List<String> features(WordClassFeatureFactory.Generator generator, String[] tokens, int index) {
    List<String> out = new ArrayList<>();
    generator.createFeatures(out, tokens, index, new String[tokens.length]);
    return out;
  }

  @Test
  void oneFeaturePerGranularityLookedUpInLowerCase() {
    WordClassFeatureFactory.Generator generator = new WordClassFeatureFactory.Generator(CLASSES, 0);
    String[] tokens = {"Smith", "met", "him", "In", "PARIS"};
    assertEquals(List.of(), features(generator, tokens, 0));
    assertEquals(List.of("wc4=2", "wc16=7"), features(generator, tokens, 1));
    assertEquals(List.of("wc4=0", "wc16=1"), features(generator, tokens, 3));
    assertEquals(List.of("wc4=3", "wc16=12"), features(generator, tokens, 4));
  }

  @Test
  void neighboursWithinTheWindow() {
    WordClassFeatureFactory.Generator generator = new WordClassFeatureFactory.Generator(CLASSES, 1);
    assertEquals(List.of("p1wc4=2", "p1wc16=7", "n1wc4=0", "n1wc16=1"),
        features(generator, new String[] {"met", "him", "in", "Paris"}, 1));
    assertEquals(List.of("wc4=0", "wc16=1", "n1wc4=3", "n1wc16=12"),
        features(generator, new String[] {"met", "him", "in", "Paris"}, 2));
  }

  @Test
  void namedAndOrderedAsOpenNlpsWindowNamesThem() {
    WordClassFeatureFactory.Generator ours = new WordClassFeatureFactory.Generator(CLASSES, 2);
    WindowFeatureGenerator theirs =
        new WindowFeatureGenerator(new WordClassFeatureFactory.Generator(CLASSES, 0), 2, 2);
    for (String[] tokens : List.of(new String[] {"met", "him", "in", "Paris"},
        new String[] {"Paris", "in", "MET", "x"}, new String[] {"in"})) {
      for (int i = 0; i < tokens.length; i++) {
        List<String> expected = new ArrayList<>();
        theirs.createFeatures(expected, tokens, i, new String[tokens.length]);
        assertEquals(expected, features(ours, tokens, i), String.join(" ", tokens) + " @" + i);
      }
    }
  }

  @Test
  void aNewSentenceIsLookedUpAfresh() {
    WordClassFeatureFactory.Generator generator = new WordClassFeatureFactory.Generator(CLASSES, 0);
    assertEquals(List.of("wc4=0", "wc16=1"), features(generator, new String[] {"in"}, 0));
    assertEquals(List.of(), features(generator, new String[] {"on"}, 0));
  }
}
