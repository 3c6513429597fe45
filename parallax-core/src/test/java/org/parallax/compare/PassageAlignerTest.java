package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;

class PassageAlignerTest {

  private static Article article(String id, String outlet, String text) {
    return new Article(id, outlet, null, "t", null, text, null, null, null);
  }

  @Test
  void spansCountCodePointsAfterEmoji() {
    String a = "😀😀 Officials said the ceasefire talks would resume in Cairo. Nothing else here at all.";
    String b = "Reports: the ceasefire talks would resume in Cairo, officials said. A different sentence entirely.";
    StoryReport r = PassageAligner.compare("1", List.of(article("a", "A", a), article("b", "B", b)));
    SharedPassage p = r.shared().get(0);
    assertEquals("the ceasefire talks would resume in Cairo", p.text());
    Occurrence inA = p.occurrences().get(0);
    assertEquals(18, inA.span().start(), "each emoji is one code point but two chars (String index 20)");
    assertEquals(inA.text(), inA.span().ofCodePoints(a));
    assertTrue(r.unique().stream().anyMatch(o -> o.text().equals("A different sentence entirely.")));
    assertTrue(r.unique().stream().noneMatch(o -> o.text().contains("ceasefire")));
  }

  @Test
  void sameOutletArticlesAndStopwordRunsShareNothing() {
    String a = "It was one of the best of the days for the team in the city.";
    String b = "It was one of the best of the days for the team in the city.";
    assertTrue(PassageAligner.compare("1", List.of(article("a", "A", a), article("b", "A", b))).shared().isEmpty());
    String c = "and it was one of the things that";
    String d = "but it was one of the things that";
    assertTrue(PassageAligner.compare("1", List.of(article("c", "C", c), article("d", "D", d))).shared().isEmpty());
  }

  @Test
  void copiesAreNotSecondWitnesses() {
    String a = "The central bank raised its main interest rate by half a point on Thursday.";
    Article copy = article("b", "B", a).withCopyOf("a");
    StoryReport r = PassageAligner.compare("1", List.of(article("a", "A", a), copy));
    assertTrue(r.shared().isEmpty());
    assertEquals(2, r.articles().size());
  }
}
