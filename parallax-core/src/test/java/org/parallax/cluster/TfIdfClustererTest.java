package org.parallax.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;

class TfIdfClustererTest {

  private static final ArticleAnalyser ANALYSER = new ArticleAnalyser(null);

  private static AnalysedArticle article(String id, String title, String text, LocalDate date) {
    return ANALYSER.analyse(new Article(id, "outlet", null, title, date, text, null, null, null), null);
  }

  private static AnalysedArticle inStory(AnalysedArticle a, String story) {
    return ANALYSER.analyse(a.article().withStory(story), null);
  }

  private static final String QUAKE = "A strong earthquake struck off the coast of Sumatra, Indonesia, shaking "
      + "buildings in Padang and triggering a brief tsunami warning.";
  private static final String ELECTION = "Voters in Chile elected a new president on Sunday after a runoff that "
      + "turned on pensions, crime and the cost of living.";

  @Test
  void sameEventJoinsOtherEventsAndDistantDatesDoNot() {
    TfIdfClusterer clusterer = new TfIdfClusterer();
    LocalDate day = LocalDate.of(2024, 5, 1);
    String a = clusterer.assign(article("a", "Earthquake strikes off Sumatra", QUAKE, day));
    String b = clusterer.assign(article("b", "Chile elects new president", ELECTION, day));
    String c = clusterer.assign(article("c", "Sumatra earthquake shakes Padang",
        "The earthquake off Sumatra shook buildings in Padang; a tsunami warning was lifted.", day.plusDays(1)));
    String d = clusterer.assign(article("d", "Sumatra earthquake shakes Padang",
        "The earthquake off Sumatra shook buildings in Padang; a tsunami warning was lifted.", day.plusDays(30)));
    assertNotEquals(a, b);
    assertEquals(a, c);
    assertNotEquals(a, d, "a month later is another event, however alike the words");
  }

  @Test
  void restoredStoriesTakeNewArticlesAndNewIdsContinue() {
    TfIdfClusterer clusterer = new TfIdfClusterer();
    clusterer.restore(inStory(article("a", "Earthquake strikes off Sumatra", QUAKE, null), "7"));
    assertEquals("7", clusterer.assign(article("b", "Sumatra earthquake", QUAKE, null)));
    assertEquals("8", clusterer.assign(article("c", "Chile elects new president", ELECTION, null)));
  }

  @Test
  void rejectsBadParameters() {
    var e = assertThrows(IllegalArgumentException.class, () -> new TfIdfClusterer(1.5, 3));
    assertEquals("The parameter 'threshold' must lie in (0, 1), got 1.5", e.getMessage());
  }
}
