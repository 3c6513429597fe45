package org.parallax.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Whatever the text, every expression lies inside it, covers exactly its text, and the expressions come in order
 * without overlapping. jqwik prints the seed of a failing run.
 */
class TimeExpressionsPropertiesTest {

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> words = Arbitraries.of("on", "Sunday", "June", "18", "18,", "2023", "1949", "the", "1990s",
        "mid-", "last", "week", "three", "years", "ago", "3", "p.m.", "a.m.", "every", "day", "now", "😀", "𝒳",
        "e\u0301", "May", "may", "quarter", "third-quarter", "’s", "-", ".", ",", "\n", "  ", "/", "6/18/2023",
        "2023-06-18", "Dec.", "yesterday", "the day before", "will", "said", "'90s", "five-year-old", "$", "%");
    Arbitrary<String> sentences = words.list().ofMaxSize(60).map(l -> String.join(" ", l));
    Arbitrary<String> noise = Arbitraries.strings().all().ofMaxLength(40);
    return Arbitraries.oneOf(sentences, sentences.map(s -> s.replace(" ", "")), noise,
        Arbitraries.strings().withChars("0123456789/-:.,apmAPM ").ofMaxLength(40));
  }

  @Property(tries = 500)
  void spansStayInsideAndCoverTheirText(@ForAll("texts") String text,
      @ForAll @IntRange(min = -3000, max = 3000) int daysFromPublication) {
    LocalDate published = LocalDate.of(2023, 6, 18).plusDays(daysFromPublication);
    List<TimeExpression> found = TimeExpressions.find(text, published);
    int length = text.codePointCount(0, text.length());
    int last = 0;
    for (TimeExpression t : found) {
      assertTrue(t.span().start() >= last && t.span().end() <= length && t.span().length() > 0,
          () -> t + " in '" + text + "'");
      assertEquals(t.text(), t.span().ofCodePoints(text));
      assertTrue(!t.value().isEmpty());
      last = t.span().end();
    }
  }
}
