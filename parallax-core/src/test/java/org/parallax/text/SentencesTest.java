package org.parallax.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {

  private static List<String> split(String text) {
    return Sentences.split(text).stream().map(s -> s.of(text)).toList();
  }

  @Test
  void splitsAtTerminalPunctuationAndLineBreaks() {
    assertEquals(List.of("He left.", "She stayed!", "Why?", "A new line"),
        split("He left. She stayed! Why?\nA new line"));
  }

  @Test
  void keepsAbbreviationsAndInitialsInside() {
    assertEquals(List.of("Sen. Smith met Gen. Jones on Jan. 5 in the U.S. capital.", "J. Doe agreed."),
        split("Sen. Smith met Gen. Jones on Jan. 5 in the U.S. capital. J. Doe agreed."));
    assertEquals(List.of("Rep. G.K. Butterfield and Del. Stacey Plaskett spoke."),
        split("Rep. G.K. Butterfield and Del. Stacey Plaskett spoke."));
  }

  @Test
  void closingQuotesStayWithTheirSentence() {
    assertEquals(List.of("He said “it is over.”", "Then he left."), split("He said “it is over.” Then he left."));
  }
}
