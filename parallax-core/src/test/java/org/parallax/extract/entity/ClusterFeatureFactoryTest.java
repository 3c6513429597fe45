package org.parallax.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;
import org.junit.jupiter.api.Test;

class ClusterFeatureFactoryTest {

  private static final WordClusters CLUSTERS = new WordClusters(Map.of(
      "Paris", new WordClusters.Entry("0110101101101101101101", 9),
      "in", new WordClusters.Entry("10", 20),
      "met", new WordClusters.Entry("1110011", 5)));

  private static List<String> features(ClusterFeatureFactory.Generator generator, String[] tokens, int index) {
    List<String> out = new ArrayList<>();
    generator.createFeatures(out, tokens, index, new String[tokens.length]);
    return out;
  }

  @Test
  void prefixesOfTheTokensPath() {
    ClusterFeatureFactory.Generator generator = new ClusterFeatureFactory.Generator(CLUSTERS, 0);
    String[] tokens = {"Smith", "met", "him", "in", "PARIS"};
    assertEquals(List.of(), features(generator, tokens, 0));
    assertEquals(List.of("bc4=1110", "bc6=111001", "bc10=1110011"), features(generator, tokens, 1));
    assertEquals(List.of("bc4=10"), features(generator, tokens, 3));
    assertEquals(List.of("bc4=0110", "bc6=011010", "bc10=0110101101", "bc20=01101011011011011011"),
        features(generator, tokens, 4));
  }

  @Test
  void neighboursWithinTheWindow() {
    ClusterFeatureFactory.Generator generator = new ClusterFeatureFactory.Generator(CLUSTERS, 2);
    assertEquals(List.of("p1bc4=1110", "p1bc6=111001", "p1bc10=1110011", "n1bc4=10",
        "n2bc4=0110", "n2bc6=011010", "n2bc10=0110101101", "n2bc20=01101011011011011011"),
        features(generator, new String[] {"met", "him", "in", "Paris"}, 1));
  }

  @Test
  void namedAndOrderedAsOpenNlpsWindowNamesThem() {
    ClusterFeatureFactory.Generator ours = new ClusterFeatureFactory.Generator(CLUSTERS, 2);
    WindowFeatureGenerator theirs = new WindowFeatureGenerator(new ClusterFeatureFactory.Generator(CLUSTERS, 0), 2, 2);
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
    ClusterFeatureFactory.Generator generator = new ClusterFeatureFactory.Generator(CLUSTERS, 0);
    assertEquals(List.of("bc4=10"), features(generator, new String[] {"in"}, 0));
    assertEquals(List.of(), features(generator, new String[] {"on"}, 0));
  }
}
