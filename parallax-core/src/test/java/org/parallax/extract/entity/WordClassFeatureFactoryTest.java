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
  void oneFeaturePerGranularityLookedUpInLowerCaseAndJoinedToTheCase() {
    WordClassFeatureFactory.Generator generator = new WordClassFeatureFactory.Generator(CLASSES, 0);
    String[] tokens = {"Smith", "met", "him", "In", "PARIS", "pARIS"};
    assertEquals(List.of(), features(generator, tokens, 0));
    assertEquals(List.of("wc4=2l", "wc16=7l"), features(generator, tokens, 1));
    assertEquals(List.of("wc4=0c", "wc16=1c"), features(generator, tokens, 3));
    assertEquals(List.of("wc4=3u", "wc16=12u"), features(generator, tokens, 4));
    assertEquals(List.of("wc4=3o", "wc16=12o"), features(generator, tokens, 5));
  }

  @Test
  void theCaseOfAToken() {
    assertEquals(0, WordClassFeatureFactory.Generator.shape("gang"));
    assertEquals(0, WordClassFeatureFactory.Generator.shape("'s"));
    assertEquals(1, WordClassFeatureFactory.Generator.shape("Gang"));
    assertEquals(2, WordClassFeatureFactory.Generator.shape("GANG"));
    assertEquals(2, WordClassFeatureFactory.Generator.shape("A"));
    assertEquals(2, WordClassFeatureFactory.Generator.shape("U.S."));
    assertEquals(3, WordClassFeatureFactory.Generator.shape("McDonald"));
  }

  @Test
  void neighboursWithinTheWindow() {
    WordClassFeatureFactory.Generator generator = new WordClassFeatureFactory.Generator(CLASSES, 1);
    assertEquals(List.of("p1wc4=2l", "p1wc16=7l", "n1wc4=0l", "n1wc16=1l"),
        features(generator, new String[] {"met", "him", "in", "Paris"}, 1));
    assertEquals(List.of("wc4=0l", "wc16=1l", "n1wc4=3c", "n1wc16=12c"),
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
    assertEquals(List.of("wc4=0l", "wc16=1l"), features(generator, new String[] {"in"}, 0));
    assertEquals(List.of(), features(generator, new String[] {"on"}, 0));
  }
}
