package org.parallax.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.parallax.compare.Occurrence;
import org.parallax.compare.PassageAligner;
import org.parallax.compare.StoryReport;
import org.parallax.model.Article;
import org.parallax.model.Span;

/** Every span any stage produces lies inside its text, in order, whatever the text holds. */
class SpanPropertiesTest {

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> words = Arbitraries.of("Blinken", "Qin", "talks", "the", "U.S.", "Jan.", "“quoted”", "😀",
        "café", "\n", ".", "!", "?", ",", "’s", "-", "  ", "Sen.", "J.", "e\u0301", "𝒳");
    return words.list().ofMaxSize(80).map(l -> String.join(" ", l));
  }

  @Property(tries = 300)
  void tokensAndSentencesStayInsideTheText(@ForAll("texts") String text) {
    int last = 0;
    for (Token t : Tokenizer.words(text)) {
      assertInside(t.span(), text.length());
      assertTrue(t.span().start() >= last);
      last = t.span().end();
    }
    last = 0;
    for (Span s : Sentences.split(text)) {
      assertInside(s, text.length());
      assertTrue(s.start() >= last && s.length() > 0);
      last = s.end();
    }
  }

  @Property(tries = 200)
  void reportSpansCountCodePointsAndPointAtTheirText(@ForAll("texts") String a, @ForAll("texts") String b) {
    StoryReport r = PassageAligner.compare("1", List.of(
        new Article("a", "A", null, "t", null, a + " shared words come here now", null, null, null),
        new Article("b", "B", null, "t", null, "shared words come here now " + b, null, null, null)));
    for (var passage : r.shared()) {
      for (Occurrence o : passage.occurrences()) {
        String text = o.article().equals("a") ? a + " shared words come here now" : "shared words come here now " + b;
        assertEquals(o.text(), o.span().ofCodePoints(text));
      }
    }
    for (Occurrence o : r.unique()) {
      String text = o.article().equals("a") ? a + " shared words come here now" : "shared words come here now " + b;
      assertEquals(o.text(), o.span().ofCodePoints(text));
    }
  }

  private static void assertInside(Span s, int length) {
    assertTrue(s.start() >= 0 && s.end() <= length, s + " outside [0, " + length + ")");
  }
}
