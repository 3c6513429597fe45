package org.parallax.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NerTokenizerTest {

  private static List<String> forms(String text) {
    return NerTokenizer.tokens(text, 0, text.length()).stream().map(NerTokenizer.Token::form).toList();
  }

  @Test
  void splitsLikeConll() {
    assertEquals(List.of("China", "'s", "Qin", "Gang", "met", "U.S.", "envoy", "Antony", "J.", "Blinken", "."),
        forms("China’s Qin Gang met U.S. envoy Antony J. Blinken."));
    assertEquals(List.of("\"", "candid", ",", "substantive", "\"", "(", "Chiang", "Kai-shek", ")"),
        forms("“candid, substantive” (Chiang Kai-shek)"));
    assertEquals(List.of("Beijing", "—", "Washington"), forms("Beijing—Washington"));
  }

  @Test
  void spansCoverTheOriginalText() {
    String text = "  Mr. Wang’s “visit”, in 2023.";
    for (NerTokenizer.Token t : NerTokenizer.tokens(text, 0, text.length())) {
      assertEquals(t.form(), t.span().of(text).replace('’', '\'').replace('“', '"').replace('”', '"'));
    }
  }
}
