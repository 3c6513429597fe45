package org.parallax.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.TestData;

class MissedNamesTest {

  private static final EntityRecognizer NER = EntityRecognizer.shipped();

  private static List<Mention> persons(String text, String word) {
    List<Mention> found = NER.find(text).stream()
        .filter(m -> m.text().equals(word) && m.type().equals(Mention.PERSON)).toList();
    found.forEach(m -> assertEquals(word, m.span().ofCodePoints(text)));
    return found;
  }

  @Test
  void aMisspelledSurnameJoinsTheOnePersonItMisses() throws IOException {
    List<Mention> gan = persons(TestData.read("second-outlet.txt"), "Gan");
    assertEquals(1, gan.size(), gan.toString());
    assertEquals(Mention.PERSON, gan.get(0).type());
    assertEquals("Qin Gang", gan.get(0).canonical());
  }

  @Test
  void aWordBesideOtherCapitalsOrMatchingTwoPeopleIsLeftAlone() {
    String text = "Joe Biden met Jill Biden and Anna Bidden. Later Bide spoke. They said Bidan Street was closed.";
    assertTrue(persons(text, "Bide").isEmpty());
    assertTrue(persons(text, "Bidan").isEmpty());
  }
}
