package org.parallax.extract.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerTrainerTest {

  private static ConllCorpus.Document document(String... sentences) {
    return new ConllCorpus.Document(List.of(sentences).stream().map(s -> {
      String[] pairs = s.split(" ");
      String[] tokens = new String[pairs.length];
      String[] tags = new String[pairs.length];
      for (int i = 0; i < pairs.length; i++) {
        tokens[i] = pairs[i].substring(0, pairs[i].indexOf('/'));
        tags[i] = pairs[i].substring(pairs[i].indexOf('/') + 1);
      }
      return new ConllCorpus.Sentence(tokens, tags);
    }).toList());
  }

  @Test
  void theClustersAndClassesTravelInsideTheModelAndTrainingIsReproducible(@TempDir Path dir) throws IOException {
    List<ConllCorpus.Document> documents = List.of(
        document("Smith/I-PER visited/O Paris/I-LOC ./O", "Jones/I-PER left/O Rome/I-LOC ./O"),
        document("Brown/I-PER met/O Smith/I-PER in/O Rome/I-LOC ./O"));
    WordClusters clusters = new WordClusters(Map.of(
        "Paris", new WordClusters.Entry("0110", 3), "Rome", new WordClusters.Entry("0111", 2),
        "Smith", new WordClusters.Entry("10", 4)));
    WordClasses classes = new WordClasses(new int[] {2, 3}, Map.of(
        "paris", new int[] {0, 2}, "rome", new int[] {0, 2}, "smith", new int[] {1, 0}));
    NerTrainer.Settings settings = new NerTrainer.Settings("MAXENT", 5, 0, 1, 1, 0, 0, 1);
    Path first = dir.resolve("first.bin");
    Path second = dir.resolve("second.bin");
    NerTrainer.train(documents, settings, clusters, classes, first);
    NerTrainer.train(documents, settings, clusters, classes, second);
    assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    TokenNameFinderModel model = new TokenNameFinderModel(first);
    Object loaded = model.getArtifact(NerTrainer.CLUSTERS_ARTIFACT);
    assertEquals(clusters.entries(), assertInstanceOf(WordClusters.class, loaded).entries());
    WordClasses loadedClasses =
        assertInstanceOf(WordClasses.class, model.getArtifact(NerTrainer.CLASSES_ARTIFACT));
    assertArrayEquals(new int[] {2, 3}, loadedClasses.granularities());
    assertArrayEquals(new int[] {1, 0}, loadedClasses.classesOf("SMITH"));
    assertEquals(1, new EntityRecognizer(model).tagDocument(List.<String[]>of(new String[] {"Rome", "."})).size());
    assertEquals(1, EntityRecognizer.load(first).tagDocument(List.<String[]>of(new String[] {"Rome", "."})).size());
  }

  @Test
  void theChainModelCarriesItsResourcesLearnsItsDataAndTrainsReproduciblyOnAnyThreadCount(@TempDir Path dir)
      throws IOException {
    List<ConllCorpus.Document> documents = List.of(
        document("Smith/I-PER visited/O Paris/I-LOC ./O", "Jones/I-PER left/O Rome/I-LOC ./O"),
        document("Brown/I-PER met/O Anna/I-PER Smith/I-PER in/O Rome/I-LOC ./O"),
        document("The/O United/I-ORG Nations/I-ORG met/O in/O Paris/I-LOC ./O"));
    WordClusters clusters = new WordClusters(Map.of(
        "Paris", new WordClusters.Entry("0110", 3), "Rome", new WordClusters.Entry("0111", 2)));
    WordClasses classes = new WordClasses(new int[] {2}, Map.of("paris", new int[] {0}, "rome", new int[] {0}));
    Path first = dir.resolve("first.bin");
    Path second = dir.resolve("second.bin");
    NerTrainer.train(documents, new NerTrainer.Settings(NerTrainer.CHAIN, 5, 1, 1, 1, 0, 0, 3), clusters, classes,
        first);
    NerTrainer.train(documents, new NerTrainer.Settings(NerTrainer.CHAIN, 5, 1, 1, 2, 0, 0, 3), clusters, classes,
        second);
    assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    ChainNameFinder.Model model;
    try (java.io.InputStream in = Files.newInputStream(first)) {
      model = ChainNameFinder.read(in);
    }
    assertEquals(clusters.entries(), assertInstanceOf(WordClusters.class,
        model.resources().get(NerTrainer.CLUSTERS_ARTIFACT)).entries());
    assertArrayEquals(new int[] {0}, assertInstanceOf(WordClasses.class,
        model.resources().get(NerTrainer.CLASSES_ARTIFACT)).classesOf("ROME"));
    EntityRecognizer recognizer = EntityRecognizer.load(first);
    List<String[]> sentences = List.of("Brown met Anna Smith in Rome .".split(" "),
        "The United Nations met in Paris .".split(" "));
    assertEquals(List.of(List.of(new Chunk(0, 1, "PER"), new Chunk(2, 4, "PER"), new Chunk(5, 6, "LOC")),
        List.of(new Chunk(1, 3, "ORG"), new Chunk(5, 6, "LOC"))), recognizer.tagDocument(sentences));
  }

  @Test
  void aFileThatIsNoModelIsReportedWithItsName(@TempDir Path dir) throws IOException {
    Path junk = Files.writeString(dir.resolve("junk.bin"), "not a model");
    IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> EntityRecognizer.load(junk));
    org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("junk.bin"), e.getMessage());
  }

  @Test
  void seedsApplyToTheChainAlone() {
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new NerTrainer.Settings("MAXENT", 5, 0, 1, 1, 0, 0, 2));
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new NerTrainer.Settings(NerTrainer.CHAIN, 5, 0, 1, 1, 0, 0, 0));
  }
}
