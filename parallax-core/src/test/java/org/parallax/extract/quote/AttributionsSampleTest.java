package org.parallax.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.parallax.TestData;

/** The seed: the two Blinken–Qin reports shipped in sample/. */
class AttributionsSampleTest {

  private static boolean hasTalksQuote(String text, List<Attribution> found) {
    return found.stream().anyMatch(a -> a.content().ofCodePoints(text).replace(",", "")
        .contains("candid substantive and constructive"));
  }

  @Test
  void stateDepartmentQuoteIsFoundInBothOutlets() throws IOException {
    for (String name : List.of("al-mayadeen.txt", "second-outlet.txt")) {
      String text = TestData.read(name);
      assertTrue(hasTalksQuote(text, Attributions.find(text)), name);
    }
  }

  @Test
  void alMayadeenAttributesTheTalksQuoteToTheSpokesperson() throws IOException {
    String text = TestData.read("al-mayadeen.txt");
    Attribution a = Attributions.find(text).stream()
        .filter(x -> x.content().ofCodePoints(text).contains("candid, substantive, and constructive"))
        .findFirst().orElseThrow();
    assertEquals("stated", a.cue().ofCodePoints(text));
    assertEquals("Matthew Miller", a.speaker());
  }

  @Test
  void pronounAndDescriptionSourcesResolveToFullNames() throws IOException {
    String second = TestData.read("second-outlet.txt");
    Attribution added = Attributions.find(second).stream()
        .filter(a -> a.cue() != null && a.cue().ofCodePoints(second).equals("added")).findFirst().orElseThrow();
    assertEquals("He", added.source().ofCodePoints(second));
    assertEquals("Qin Gang", added.speaker());

    String first = TestData.read("al-mayadeen.txt");
    Attribution spokesperson = Attributions.find(first).stream()
        .filter(a -> a.source() != null
            && a.source().ofCodePoints(first).toLowerCase(Locale.ROOT).equals("the spokesperson"))
        .findFirst().orElseThrow();
    assertEquals("Matthew Miller", spokesperson.speaker());
  }

  @Test
  void surnameResolvesToTheLongestFormOfTheName() throws IOException {
    String text = TestData.read("al-mayadeen.txt");
    Attribution stressed = Attributions.find(text).stream()
        .filter(a -> a.source() != null && a.source().ofCodePoints(text).equals("Blinken")).findFirst()
        .orElseThrow();
    assertEquals("Antony Blinken", stressed.speaker());
  }
}
