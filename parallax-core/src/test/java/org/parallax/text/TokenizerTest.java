package org.parallax.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

  @Test
  void wordsCarrySpansIntoTheText() {
    String text = "Blinken held “candid, substantive and constructive” talks";
    List<Token> words = Tokenizer.words(text);
    assertEquals(List.of("blinken", "held", "candid", "substantive", "and", "constructive", "talks"),
        words.stream().map(Token::norm).toList());
    for (Token t : words) {
      assertEquals(t.norm(), Tokenizer.normalise(t.span().of(text)));
    }
  }

  @Test
  void apostrophesAndAccentsFold() {
    assertEquals(List.of("china's", "cafe", "well-known"),
        Tokenizer.words("China’s café, well-known").stream().map(Token::norm).toList());
  }

  @Test
  void surrogatePairsStayWhole() {
    List<Token> words = Tokenizer.words("a 😀 b𝒳c");
    assertEquals(List.of("a", "b𝒳c"), words.stream().map(Token::norm).toList());
  }
}
