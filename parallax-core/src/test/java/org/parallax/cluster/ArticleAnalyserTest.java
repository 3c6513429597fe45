package org.parallax.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;

class ArticleAnalyserTest {

  private final ArticleAnalyser analyser = new ArticleAnalyser(null);

  @Test
  void namesAreCapitalisedWordsInsideSentencesAndNumbers() {
    Article a = new Article("a", "o", null, "talks end", LocalDate.of(2023, 6, 19),
        "The talks in Beijing ended. Officials said Blinken met Qin Gang for 5 hours in 2023.", null, null, null);
    AnalysedArticle x = analyser.analyse(a, null);
    assertTrue(x.names().containsKey("beijing"));
    assertTrue(x.names().containsKey("blinken"));
    assertTrue(x.names().containsKey("qin"));
    assertTrue(x.names().containsKey("2023"));
    assertFalse(x.names().containsKey("officials"), "capitalised only because it opens a sentence");
    assertFalse(x.names().containsKey("the"));
    assertTrue(x.terms().containsKey("talk"), "words are stemmed: " + x.terms().keySet());
    assertEquals(2 + 1, x.terms().get("talk"), "the title counts twice");
    assertNull(x.embedding());
  }

  @Test
  void timeIsTheInstantWhenKnownElseNoonOfTheDayElseUndated() {
    LocalDate day = LocalDate.of(2014, 3, 10);
    java.time.OffsetDateTime at = java.time.OffsetDateTime.parse("2014-03-10T12:52:50-04:00");
    assertEquals(Instant.parse("2014-03-10T16:52:50Z").getEpochSecond() / 3600.0, analyser.analyse(
        new Article("a", "o", null, "t", day, "x", null, null, null, at), null).hour(), 1e-9);
    assertEquals(Instant.parse("2014-03-10T12:00:00Z").getEpochSecond() / 3600.0, analyser.analyse(
        new Article("a", "o", null, "t", day, "x", null, null, null), null).hour(), 1e-9);
    assertFalse(analyser.analyse(new Article("a", "o", null, "t", null, "x", null, null, null), null).dated());
  }
}
