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
    NerTrainer.Settings settings = new NerTrainer.Settings("MAXENT", 5, 0, 1, 1, 0, 0);
    Path first = dir.resolve("first.bin");
    Path second = dir.resolve("second.bin");
    NerTrainer.write(NerTrainer.train(documents, settings, clusters, classes), first);
    NerTrainer.write(NerTrainer.train(documents, settings, clusters, classes), second);
    assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    TokenNameFinderModel model = new TokenNameFinderModel(first);
    Object loaded = model.getArtifact(NerTrainer.CLUSTERS_ARTIFACT);
    assertEquals(clusters.entries(), assertInstanceOf(WordClusters.class, loaded).entries());
    WordClasses loadedClasses =
        assertInstanceOf(WordClasses.class, model.getArtifact(NerTrainer.CLASSES_ARTIFACT));
    assertArrayEquals(new int[] {2, 3}, loadedClasses.granularities());
    assertArrayEquals(new int[] {1, 0}, loadedClasses.classesOf("SMITH"));
    assertEquals(1, new EntityRecognizer(model).tagDocument(List.<String[]>of(new String[] {"Rome", "."})).size());
  }
}
