package org.parallax.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parallax.TestData;

class NerRecognizerTest {

  private static final EntityRecognizer NER = EntityRecognizer.shipped();

  private static List<Mention> seeds() throws IOException {
    List<Mention> all = new ArrayList<>();
    for (String name : List.of("al-mayadeen.txt", "second-outlet.txt")) {
      String text = TestData.read(name);
      List<Mention> mentions = NER.find(text);
      for (Mention m : mentions) {
        assertEquals(m.text(), m.span().ofCodePoints(text), "span of " + m + " in " + name);
      }
      all.addAll(mentions);
    }
    return all;
  }

  @Test
  void modelLoadsOnceFromTheClasspath() {
    assertSame(NER, EntityRecognizer.shipped());
    assertTrue(EntityRecognizer.class.getResource(EntityRecognizer.MODEL_RESOURCE) != null);
  }

  @Test
  void seedPeopleAreFoundAsPersons() throws IOException {
    Set<String> persons = seeds().stream().filter(m -> m.type().equals(Mention.PERSON))
        .map(Mention::text).collect(Collectors.toSet());
    for (String name : List.of("Blinken", "Qin Gang", "Miller", "Biden", "Xi Jinping", "Wang Yi", "Pelosi",
        "Chiang Kai-shek")) {
      assertTrue(persons.stream().anyMatch(p -> p.contains(name)), name + " not found among " + persons);
    }
  }

  @Test
  void surnameLinksToTheFullNameInTheArticle() throws IOException {
    String text = TestData.read("al-mayadeen.txt");
    List<Mention> blinkens = NER.find(text).stream().filter(m -> m.text().equals("Blinken")).toList();
    assertFalse(blinkens.isEmpty());
    // The article's longest form is "Antony J. Blinken"; "Antony Blinken" links to it too.
    blinkens.forEach(m -> assertEquals("Antony J. Blinken", m.canonical(), m.toString()));
    NER.find(text).stream().filter(m -> m.text().equals("Antony Blinken"))
        .forEach(m -> assertEquals("Antony J. Blinken", m.canonical(), m.toString()));
  }

  @Test
  void spansCountCodePoints() {
    String text = "😀 Chancellor Angela Merkel met Emmanuel Macron in Paris on Monday.";
    List<Mention> mentions = NER.find(text);
    Mention merkel = mentions.stream().filter(m -> m.text().equals("Angela Merkel")).findFirst().orElseThrow();
    assertEquals(13, merkel.span().start());
    assertEquals("Angela Merkel", merkel.span().ofCodePoints(text));
  }

  @Test
  void threadsShareTheModelSafely() throws Exception {
    String text = TestData.read("second-outlet.txt");
    List<Mention> expected = NER.find(text);
    ExecutorService pool = Executors.newFixedThreadPool(2, r -> new Thread(r, "ner-test"));
    try {
      List<Future<List<Mention>>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        results.add(pool.submit(() -> NER.find(text)));
      }
      for (Future<List<Mention>> f : results) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdown();
    }
  }
}
