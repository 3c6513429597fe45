package org.parallax.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.embed.SentenceEmbedder;
import org.parallax.model.Article;
import org.parallax.model.StoryMerge;

class EvidenceClustererTest {

  private static SentenceEmbedder embedder;
  private static ArticleAnalyser analyser;

  @BeforeAll
  static void load() {
    embedder = new SentenceEmbedder(2);
    analyser = new ArticleAnalyser(embedder);
  }

  @AfterAll
  static void close() {
    embedder.close();
  }

  private static AnalysedArticle article(String id, String title, String text, Instant at) {
    LocalDate day = at == null ? null : at.atOffset(ZoneOffset.UTC).toLocalDate();
    return analyser.analyse(List.of(new Article(id, "outlet", null, title, day, text, null, null, null,
        at == null ? null : at.atOffset(ZoneOffset.UTC)))).get(0);
  }

  private static final Instant NOON = Instant.parse("2024-05-01T12:00:00Z");

  @Test
  void sameEventJoinsAndAnotherEventDoesNot() {
    EvidenceClusterer clusterer = new EvidenceClusterer();
    String a = clusterer.assign(article("a", "Strong earthquake strikes off Sumatra",
        "A magnitude 7.1 earthquake struck off the coast of Sumatra, Indonesia, shaking buildings in Padang.", NOON));
    String b = clusterer.assign(article("b", "Chile elects a new president",
        "Voters in Chile elected a new president on Sunday after a runoff about pensions and crime.", NOON));
    String c = clusterer.assign(article("c", "Sumatra quake shakes Padang, tsunami warning lifted",
        "The magnitude 7.1 earthquake off Sumatra shook Padang; Indonesia lifted its tsunami warning.",
        NOON.plusSeconds(3_600)));
    assertNotEquals(a, b);
    assertEquals(a, c);
  }

  @Test
  void lookAlikeEventsWithOtherNamesStayApart() {
    EvidenceClusterer clusterer = new EvidenceClusterer();
    String a = clusterer.assign(article("a", "Actress Tara Reid checks into rehab",
        "Tara Reid checked herself into Promises Treatment Center in Malibu, her publicist Jack Ketsoyan told "
            + "People. Ketsoyan asked for privacy for Reid and her family. Reid, 33, starred in American Pie and "
            + "later in the reality series Taradise on E! Ketsoyan would not say what Reid was being treated for. "
            + "Promises in Malibu has treated many actors over the years.", null));
    String b = clusterer.assign(article("b", "Lindsay Lohan checks into rehab",
        "Lindsay Lohan checked into the Betty Ford Center in Rancho Mirage on Friday, her lawyer Shawn Holley "
            + "said. A Los Angeles judge had ordered Lohan to spend 90 days in treatment after a car crash in Santa "
            + "Monica in June 2012. Holley said Lohan chose Betty Ford herself. The Mean Girls star had left a "
            + "center in Newport Beach a day earlier.", null));
    String c = clusterer.assign(article("c", "Tara Reid enters Promises rehab center",
        "Tara Reid has entered Promises in Malibu, Jack Ketsoyan, the actress's representative, told People "
            + "magazine. The American Pie star, 33, checked in on her own, Ketsoyan said, and asked that Reid's "
            + "privacy be respected. Promises Malibu declined to comment on Reid.", null));
    assertNotEquals(a, b);
    assertEquals(a, c);
  }

  @Test
  void storiesGoDormantAfterTheHorizonAndLeaveMemory() {
    EvidenceClusterer clusterer = new EvidenceClusterer();
    String title = "Parliament passes the budget";
    String text = "Parliament passed the national budget after a long night of debate over pensions.";
    String first = clusterer.assign(article("a", title, text, NOON));
    Instant weekLater = NOON.plusSeconds(7 * 86_400);
    for (int i = 0; i < 2_100; i++) {
      clusterer.assign(article("filler" + i, "Filler " + i, "Unrelated note number " + i + " on item" + i, weekLater));
    }
    assertTrue(clusterer.dormantStories() >= 1, "the week-old story went dormant");
    assertNotEquals(first, clusterer.assign(article("b", title, text, weekLater)),
        "a week later the same words open a new story");
  }

  @Test
  void memoryStaysBoundedOnAnEndlessStream() {
    EvidenceClusterer clusterer = new EvidenceClusterer(
        new EvidenceClusterer.Config(0, 0.6, 0.3, 0.35, 0.2, 240, 48, 50_000));
    ArticleAnalyser wordsOnly = new ArticleAnalyser(null);
    int maxLive = 0;
    for (int i = 0; i < 20_000; i++) {
      Instant at = NOON.plusSeconds(i * 600L);
      Article a = new Article("n" + i, "outlet", null, "Topic" + (i % 500) + " report " + i,
          at.atOffset(ZoneOffset.UTC).toLocalDate(), "Words about topic" + (i % 500) + " and event" + i, null, null,
          null, at.atOffset(ZoneOffset.UTC));
      clusterer.assign(wordsOnly.analyse(a, null));
      maxLive = Math.max(maxLive, clusterer.liveStories());
    }
    // 20,000 articles over 139 days, 6 an hour: only the stories of the horizon (48 hours, and a quarter of it
    // between sweeps) stay live.
    assertTrue(maxLive <= 6 * 48 * 1.25 + 6, "live stories peaked at " + maxLive);
    assertTrue(clusterer.dormantStories() > 0);
  }

  @Test
  void restoredStoriesTakeNewArticlesAndNewIdsContinue() {
    EvidenceClusterer clusterer = new EvidenceClusterer();
    AnalysedArticle old = article("a", "Strong earthquake strikes off Sumatra",
        "A magnitude 7.1 earthquake struck off the coast of Sumatra, Indonesia, shaking buildings in Padang.", NOON);
    clusterer.restore(old.withArticle(old.article().withStory("41")));
    assertEquals("41", clusterer.assign(article("b", "Sumatra earthquake shakes Padang",
        "The magnitude 7.1 earthquake off Sumatra shook buildings in Padang, Indonesia.", NOON)));
    assertEquals("42", clusterer.assign(article("c", "Chile elects a new president",
        "Voters in Chile elected a new president on Sunday.", NOON)));
  }

  /** Words only, headlines only, one threshold: scores follow from the words alone. */
  private static final EvidenceClusterer.Config WORDS = new EvidenceClusterer.Config(0, 1, 0, 0.5, 0.5, 240, 48,
      50_000);

  private static List<String> bridgedStream(EvidenceClusterer clusterer, List<StoryMerge> merges) {
    ArticleAnalyser wordsOnly = new ArticleAnalyser(null);
    List<String> stories = new java.util.ArrayList<>();
    String[] titles = {"zarbo quelt", "mivan pootle", "zarbo quelt mivan pootle", "zarbo quelt mivan pootle",
        "zarbo quelt mivan pootle", "zarbo quelt mivan pootle"};
    for (int i = 0; i < titles.length; i++) {
      Article a = new Article("t" + i, "outlet", null, titles[i], null, "", null, null, null);
      stories.add(clusterer.assign(wordsOnly.analyse(a, null)));
      merges.addAll(clusterer.takeMerges());
    }
    return stories;
  }

  @Test
  void storiesThatLaterArticlesShowToBeOneMergeIntoTheOlder() {
    List<StoryMerge> merges = new java.util.ArrayList<>();
    List<String> stories = bridgedStream(new EvidenceClusterer(WORDS.withMergeMargin(0)), merges);
    assertNotEquals(stories.get(0), stories.get(1), "two stories at first");
    assertEquals(1, merges.size(), "then one merge: " + merges);
    StoryMerge m = merges.get(0);
    assertEquals(stories.get(0), m.survivor());
    assertEquals(stories.get(1), m.absorbed());
    assertTrue(m.score() >= 0.5, "the two stories score as an article must: " + m.score());
    assertEquals(m.survivor(), stories.get(stories.size() - 1));
    assertTrue(List.of("t3", "t4", "t5").contains(m.article()), "a bridging article merged them: " + m.article());
  }

  @Test
  void withoutMergesTheBridgedStoriesStayApart() {
    List<StoryMerge> merges = new java.util.ArrayList<>();
    List<String> stories = bridgedStream(new EvidenceClusterer(WORDS), merges);
    assertTrue(merges.isEmpty());
    assertEquals(2, new java.util.HashSet<>(stories).size());
  }

  @Test
  void restoredMergesKeepNewIdsFromRepeatingAnAbsorbedOne() {
    EvidenceClusterer clusterer = new EvidenceClusterer(WORDS.withMergeMargin(0));
    clusterer.restoreMerge(new StoryMerge("3", "8", "x", 0.6));
    ArticleAnalyser wordsOnly = new ArticleAnalyser(null);
    clusterer.restore(wordsOnly.analyse(new Article("x", "outlet", null, "zarbo quelt", null, "", null, null, "3"),
        null));
    assertEquals("9", clusterer.assign(wordsOnly.analyse(new Article("y", "outlet", null, "mivan pootle", null,
        "", null, null, null), null)));
  }

  @Test
  void denseCandidatesFindAStoryThatSharesNoWordWithTheArticle() {
    String title = "Strong earthquake strikes off Sumatra";
    String sameEvent = "Massive quake jolts western Indonesia";
    EvidenceClusterer termsOnly = new EvidenceClusterer(EvidenceClusterer.Config.DEFAULT.withDenseCandidates(0));
    String first = termsOnly.assign(article("a", title, "", NOON));
    assertNotEquals(first, termsOnly.assign(article("b", sameEvent, "", NOON)), "no shared word, no candidate");
    EvidenceClusterer dense = new EvidenceClusterer(EvidenceClusterer.Config.DEFAULT.withDenseCandidates(4));
    String again = dense.assign(article("a", title, "", NOON));
    dense.assign(article("c", "Chile elects a new president", "", NOON));
    assertEquals(again, dense.assign(article("b", sameEvent, "", NOON)));
  }

  @Test
  void rejectsBadConfigurations() {
    assertThrows(IllegalArgumentException.class, () -> new EvidenceClusterer.Config(0, 0, 0, 0.5, 0.2, 48, 24, 10));
    assertThrows(IllegalArgumentException.class, () -> new EvidenceClusterer.Config(0.4, 0.6, 0.3, 0, 0.2, 48, 24, 10));
    assertThrows(IllegalArgumentException.class, () -> new EvidenceClusterer.Config(-1, 0.6, 0.3, 0.4, 0.2, 48, 24, 10));
  }
}
