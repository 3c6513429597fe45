package org.parallax.extract.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordClassesTest {

  private static WordClasses read(String text) throws IOException {
    return WordClasses.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void writesAndReadsBackInOrder() throws IOException {
    Map<String, int[]> map = new LinkedHashMap<>();
    map.put("the", new int[] {1, 5});
    map.put("paris", new int[] {0, 2});
    WordClasses classes = new WordClasses(new int[] {2, 8}, map);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    classes.write(out);
    String text = out.toString(StandardCharsets.UTF_8);
    assertEquals("#classes\t2\t8\nthe\t1\t5\nparis\t0\t2\n", text);
    WordClasses back = read(text);
    assertEquals(List.of("the", "paris"), List.copyOf(back.entries().keySet()));
    assertArrayEquals(new int[] {0, 2}, back.classesOf("Paris"));
    assertNull(back.classesOf("Rome"));
  }

  @Test
  void badFilesNameTheLineAndTheReason() {
    assertEquals("word classes, line 1: expected '#classes' and the class counts, got 'the\t1'",
        assertThrows(IOException.class, () -> read("the\t1\n")).getMessage());
    assertEquals("word classes, line 3: expected a word and 1 ids separated by tabs: 'rome\t1\t1'",
        assertThrows(IOException.class, () -> read("#classes\t2\nparis\t0\nrome\t1\t1\n")).getMessage());
    assertEquals("word classes: word 'paris': id 2 outside [0, 2)",
        assertThrows(IOException.class, () -> read("#classes\t2\nparis\t2\n")).getMessage());
  }

  @Test
  void refusesWordsNotInLowerCase() {
    assertEquals("word must be non-empty and in lower case, got 'Paris'",
        assertThrows(IllegalArgumentException.class,
            () -> new WordClasses(new int[] {2}, Map.of("Paris", new int[] {0}))).getMessage());
  }

  @Test
  void theBuilderTakesTheClusterVocabularyInLowerCaseOnce() {
    WordClusters clusters = new WordClusters(new LinkedHashMap<>(Map.of("Paris", new WordClusters.Entry("0", 3))));
    Map<String, WordClusters.Entry> entries = new LinkedHashMap<>();
    entries.put("the", new WordClusters.Entry("1", 9));
    entries.put("Paris", new WordClusters.Entry("0", 3));
    entries.put("paris", new WordClusters.Entry("0", 1));
    assertEquals(List.of("paris"), WordClassBuilder.vocabulary(clusters));
    assertEquals(List.of("the", "paris"), WordClassBuilder.vocabulary(new WordClusters(entries)));
  }

  @Test
  void theBuilderGivesOneIdPerGranularity() {
    List<String> words = List.of("monday", "paris", "friday", "rome");
    List<float[]> vectors = List.of(new float[] {1, 0}, new float[] {0, 1}, new float[] {0.99f, 0.141f},
        new float[] {0.141f, 0.99f});
    WordClasses classes = WordClassBuilder.build(words, vectors, new int[] {2, 4});
    assertArrayEquals(new int[] {2, 4}, classes.granularities());
    assertEquals(classes.classesOf("monday")[0], classes.classesOf("friday")[0]);
    assertEquals(classes.classesOf("paris")[0], classes.classesOf("rome")[0]);
    assertEquals(4, words.stream().map(w -> classes.classesOf(w)[1]).distinct().count());
    assertEquals("word must be in lower case, got 'Rome'", assertThrows(IllegalArgumentException.class,
        () -> WordClassBuilder.build(List.of("paris", "Rome"), vectors.subList(0, 2), new int[] {2})).getMessage());
  }

  @Test
  void countsFindTheFrequentUnknownFormsInLowerCase() {
    WordClassBuilder.Counts counts = new WordClassBuilder.Counts();
    counts.addText("Obama met Putin. OBAMA left.");
    counts.addText("Putin stayed; obama spoke.");
    assertEquals(List.of(".", "obama", "putin"), counts.frequent(2, List.of()), "three each, then two");
    assertEquals(List.of("obama", "putin"), counts.frequent(2, List.of(".")));
    assertEquals(List.of(".", "obama"), counts.frequent(3, List.of()));
  }
}
