package org.parallax.extract.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BrownClusteringTest {

  private static final String[] DETERMINERS = {"the", "a", "this"};
  private static final String[] NOUNS = {"cat", "dog", "bird"};
  private static final String[] VERBS = {"runs", "sleeps", "eats"};

  /** Every determiner-noun-verb sentence, some twice, so that frequencies differ. */
  private static BrownClustering corpus() {
    BrownClustering brown = new BrownClustering();
    for (int d = 0; d < DETERMINERS.length; d++) {
      for (int n = 0; n < NOUNS.length; n++) {
        for (int v = 0; v < VERBS.length; v++) {
          for (int k = 0; k <= (d + n + v) % 2; k++) {
            brown.add(new String[] {DETERMINERS[d], NOUNS[n], VERBS[v], "."});
          }
        }
      }
    }
    brown.add(new String[] {"rare"});
    return brown;
  }

  private static byte[] bytes(WordClusters clusters) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    clusters.write(out);
    return out.toByteArray();
  }

  @Test
  void wordsInTheSameContextsShareACluster() {
    WordClusters clusters = corpus().cluster(4, 2);
    for (String[] group : new String[][] {DETERMINERS, NOUNS, VERBS}) {
      for (String word : group) {
        assertEquals(clusters.path(group[0]), clusters.path(word), word + " apart from " + group[0]);
      }
    }
    assertNotEquals(clusters.path("the"), clusters.path("cat"));
    assertNotEquals(clusters.path("cat"), clusters.path("runs"));
    assertNotEquals(clusters.path("runs"), clusters.path("."));
    assertNull(clusters.path("rare"), "seen once, below the minimum count");
    assertEquals(10, clusters.size());
  }

  @Test
  void pathsAreATreeOverTheFinalClusters() {
    WordClusters clusters = corpus().cluster(20, 1);
    assertEquals(11, clusters.size());
    for (String a : clusters.entries().keySet()) {
      for (String b : clusters.entries().keySet()) {
        String pa = clusters.path(a);
        String pb = clusters.path(b);
        assertTrue(a.equals(b) || !pa.startsWith(pb), "path of " + b + " is a prefix of that of " + a);
      }
    }
    String cat = clusters.path("cat");
    String dog = clusters.path("dog");
    String runs = clusters.path("runs");
    assertTrue(common(cat, dog) > common(cat, runs), cat + " " + dog + " " + runs);
  }

  private static int common(String a, String b) {
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i;
  }

  @Test
  void sameInputSameOutput() throws IOException {
    byte[] first = bytes(corpus().cluster(4, 1));
    assertArrayEquals(first, bytes(corpus().cluster(4, 1)));
    assertEquals(first.length, bytes(WordClusters.read(new ByteArrayInputStream(first))).length);
    assertArrayEquals(first, bytes(WordClusters.read(new ByteArrayInputStream(first))));
  }

  @Test
  void textIsTokenisedAsTheNameFinderSeesIt() {
    BrownClustering brown = new BrownClustering();
    brown.addText("China’s Qin Gang met Blinken. Blinken met Qin Gang.");
    WordClusters clusters = brown.cluster(2, 2);
    assertTrue(clusters.path("Blinken") != null && clusters.path("Qin") != null);
    assertNull(clusters.path("China’s"));
    assertEquals(12, brown.tokens());
  }

  @Test
  void lookupFallsBackToOtherCapitalisations() {
    WordClusters clusters = corpus().cluster(4, 1);
    assertEquals(clusters.path("cat"), clusters.lookup("Cat"));
    assertEquals(clusters.path("cat"), clusters.lookup("CAT"));
    assertNull(clusters.lookup("cow"));
  }

  @Test
  void badSettingsAndFilesAreRefused() {
    assertEquals("clusters must be >= 2, got 1",
        assertThrows(IllegalArgumentException.class, () -> corpus().cluster(1, 1)).getMessage());
    IOException e = assertThrows(IOException.class, () -> WordClusters.read(
        new ByteArrayInputStream("0110\tcat\t3\n012\tdog\t2\n".getBytes(StandardCharsets.UTF_8))));
    assertEquals("word clusters, line 2: path must be a non-empty string of 0s and 1s, got '012': '012\tdog\t2'",
        e.getMessage());
  }
}
