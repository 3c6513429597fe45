package org.parallax.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.TestData;

/** The two seed reports: their relative and absolute dates resolve to the days of the Blinken–Qin talks. */
class TimeExpressionsSeedTest {

  @Test
  void alMayadeenResolvesSundayAndJune19() throws IOException {
    String text = TestData.read("al-mayadeen.txt");
    List<TimeExpression> found = TimeExpressions.find(text, published("al-mayadeen.meta.json"));
    assertValue(text, found, "on Sunday", "Sunday", "2023-06-18");
    assertValue(text, found, "on June 19", "June 19", "2023-06-19");
    assertValue(text, found, "in 2021", "2021", "2021");
  }

  @Test
  void theSecondOutletResolvesJune18AndItsHistory() throws IOException {
    String text = TestData.read("second-outlet.txt");
    List<TimeExpression> found = TimeExpressions.find(text, published("second-outlet.meta.json"));
    assertValue(text, found, "in Beijing on June 18", "June 18", "2023-06-18");
    assertValue(text, found, "in August 2022", "August 2022", "2022-08");
    assertValue(text, found, "since 1949", "1949", "1949");
  }

  @Test
  void everySpanCoversItsText() throws IOException {
    for (String name : List.of("al-mayadeen", "second-outlet")) {
      String text = TestData.read(name + ".txt");
      for (TimeExpression t : TimeExpressions.find(text, published(name + ".meta.json"))) {
        assertEquals(t.text(), t.span().ofCodePoints(text), name);
      }
    }
  }

  private static LocalDate published(String sidecar) throws IOException {
    return LocalDate.parse(new ObjectMapper().readTree(TestData.read(sidecar)).get("published").asText());
  }

  /** The expression covering {@code inner}, inside the first occurrence of {@code phrase}, has {@code value}. */
  private static void assertValue(String text, List<TimeExpression> found, String phrase, String inner,
      String value) {
    int at = text.indexOf(phrase);
    assertTrue(at >= 0, "seed text lacks '" + phrase + "'");
    int start = text.codePointCount(0, at + phrase.indexOf(inner));
    TimeExpression t = found.stream().filter(e -> e.span().start() == start).findFirst()
        .orElseThrow(() -> new AssertionError("nothing found at '" + phrase + "': " + found));
    assertEquals(inner, t.text());
    assertEquals(TimeExpression.DATE, t.type());
    assertEquals(value, t.value(), phrase);
  }
}
