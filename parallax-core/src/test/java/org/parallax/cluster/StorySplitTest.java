package org.parallax.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parallax.extract.entity.EntityRecognizer;
import org.parallax.model.Article;
import org.parallax.model.StorySplit;

/**
 * Two look-alike events in one stream, alternating, whose leads contradict each other too weakly to keep them apart:
 * they join one story, which splits in two once each event has articles enough, and later articles follow their
 * own event. Scored on words alone (no embedding), so each step follows from the text.
 */
class StorySplitTest {

  private static final ArticleAnalyser ANALYSER =
      new ArticleAnalyser(null, new ParticularsReader(EntityRecognizer.shipped()));

  /** Penalties too small to outweigh the shared words, so that the look-alikes join before the split. */
  private static final EvidenceClusterer.Config WORDS = new EvidenceClusterer.Config(0, 1, 0, 0.5, 0.5, 240, 48,
      50_000).withContradictions(new EvidenceClusterer.Contradictions(0.01, 0, 0.01, 0));

  private static final String REHAB = " The stay is expected to last several weeks and the treatment program"
      + " includes counseling, group therapy and a strict schedule. Friends and family supported the decision,"
      + " the statement said, and asked the public to respect the family's privacy at this difficult time. The"
      + " treatment center, which has cared for many celebrities over the years, declined to comment on any"
      + " patient. The actress had struggled in recent months after a series of public incidents, missed film"
      + " shoots and a court appearance that drew crowds of photographers outside the building downtown.";

  private static final String[] REID = {
      "Actress Tara Reid checked herself into a treatment center in Malibu, her representative said.",
      "Tara Reid has entered a clinic for treatment, a spokesman for the actress confirmed on Tuesday.",
      "Friends of Tara Reid said the actress sought help at a treatment center this week.",
      "Tara Reid is receiving treatment at a center in Malibu, a statement from her publicist said.",
      "A representative for Tara Reid confirmed that the actress checked into a treatment facility."};
  private static final String[] LOHAN = {
      "Actress Lindsay Lohan checked herself into a treatment center in Palm Springs, her lawyer said.",
      "Lindsay Lohan has entered a clinic for treatment, a spokesman for the actress confirmed on Thursday.",
      "Friends of Lindsay Lohan said the actress began a court-ordered stay at a treatment center.",
      "Lindsay Lohan is receiving treatment at a center in Palm Springs, a statement from her lawyer said.",
      "A representative for Lindsay Lohan confirmed that the actress checked into a treatment facility."};

  private static AnalysedArticle article(String id, String lead) {
    return ANALYSER.analyse(new Article(id, "outlet", null, "Actress checks into rehab", null, lead + REHAB, null,
        null, null), null);
  }

  /** The story of each article at the end, with the splits applied, and the splits made. */
  private static Map<String, String> run(EvidenceClusterer clusterer, List<StorySplit> splits) {
    Map<String, String> stories = new LinkedHashMap<>();
    for (int i = 0; i < REID.length; i++) {
      stories.put("reid" + i, clusterer.assign(article("reid" + i, REID[i])));
      stories.put("lohan" + i, clusterer.assign(article("lohan" + i, LOHAN[i])));
      for (StorySplit s : clusterer.takeSplits()) {
        splits.add(s);
        s.articles().forEach(id -> stories.put(id, s.newStory()));
      }
    }
    return stories;
  }

  @Test
  void withoutSplitsTheLookAlikesShareOneStory() {
    List<StorySplit> splits = new ArrayList<>();
    Map<String, String> stories = run(new EvidenceClusterer(WORDS), splits);
    assertEquals(1, stories.values().stream().distinct().count(), stories.toString());
    assertTrue(splits.isEmpty());
  }

  @Test
  void aStoryOfTwoEventsSplitsAndLaterArticlesFollowTheirEvent() {
    List<StorySplit> splits = new ArrayList<>();
    Map<String, String> stories = run(new EvidenceClusterer(WORDS.withSplitPart(2)), splits);
    assertEquals(1, splits.size(), splits.toString());
    StorySplit split = splits.get(0);
    assertEquals(stories.get("reid0"), split.story(), "the older id stays with the first event's articles");
    for (int i = 0; i < REID.length; i++) {
      assertEquals(stories.get("reid0"), stories.get("reid" + i), stories.toString());
      assertEquals(stories.get("lohan0"), stories.get("lohan" + i), stories.toString());
    }
    assertNotEquals(stories.get("reid0"), stories.get("lohan0"));
    assertEquals(split.newStory(), stories.get("lohan0"));
    assertTrue(split.articles().contains("lohan0"), split.toString());
  }

  @Test
  void withoutPenaltiesNoNameCountsAndNothingSplits() {
    List<StorySplit> splits = new ArrayList<>();
    EvidenceClusterer.Config noNames = WORDS.withContradictions(EvidenceClusterer.Contradictions.NONE)
        .withSplitPart(2);
    run(new EvidenceClusterer(noNames), splits);
    assertTrue(splits.isEmpty());
  }
}
