package org.parallax.extract.quote;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.parallax.model.Span;

/**
 * Whatever the text, attribution (rules and tagger) never throws and every span lies inside the text, in code points.
 */
class AttributionsPropertiesTest {

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> words = Arbitraries.of("Blinken", "Qin Gang", "said", "told", "according", "to", "that",
        "he", "she", "the spokesperson", "“", "”", "\"", "'", "‘", "’", "«", "»", "„", ":", "—", "―", ",", ".",
        "\n", "\n\n", "😀", "𝒳", "e\u0301", "U.S.", "Mr.", "(", ")", "@x", "stressed", "added", "saying", "”.", "",
        "   ", "Sen.", "J.", "—Miller", "on Monday", "is", "also");
    return words.list().ofMaxSize(120).map(l -> String.join(" ", l));
  }

  @Provide
  Arbitrary<String> noise() {
    return Arbitraries.strings().withChars("“”\"'‘’«»:—,. \nabAB😀").ofMaxLength(200);
  }

  @Property(tries = 400)
  void spansLieInsideTheTextForWordSoup(@ForAll("texts") String text) {
    check(text);
  }

  @Property(tries = 400)
  void spansLieInsideTheTextForMarkNoise(@ForAll("noise") String text) {
    check(text);
  }

  @Property(tries = 200)
  void spansLieInsideTheTextForAnyString(@ForAll String text) {
    check(text);
  }

  private static void check(String text) {
    int length = text.codePointCount(0, text.length());
    List<Attribution> found = new ArrayList<>(Attributions.find(text));
    found.addAll(AttributionTagger.find(text));
    for (Attribution a : found) {
      for (Span s : new Span[] {a.source(), a.cue(), a.content()}) {
        if (s != null) {
          assertTrue(s.end() <= length && s.length() > 0, s + " in a text of " + length + " code points");
          s.ofCodePoints(text);
        }
      }
    }
  }
}
