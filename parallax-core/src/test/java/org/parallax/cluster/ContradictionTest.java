package org.parallax.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.parallax.extract.entity.EntityRecognizer;
import org.parallax.model.Article;

/**
 * Look-alike events in one topic: the same words but another protagonist or another year. Scored on words alone
 * (no embedding) so that each case follows from the text: without contradictions the look-alikes join one story,
 * with them they stay apart, and the same event told in other words still joins.
 */
class ContradictionTest {

  private static final ArticleAnalyser ANALYSER =
      new ArticleAnalyser(null, new ParticularsReader(EntityRecognizer.shipped()));
  private static final EvidenceClusterer.Config WORDS = new EvidenceClusterer.Config(0, 1, 0, 0.5, 0.5, 240, 48,
      50_000);
  /** Penalties above what the shared words bring over the threshold, so that a contradiction decides. */
  private static final EvidenceClusterer.Contradictions PENALTIES =
      new EvidenceClusterer.Contradictions(0.6, 0, 0, 0.6);

  /** What every article of the rehab topic says after its lead: more than a full text's worth of shared words. */
  private static final String REHAB = " The stay is expected to last several weeks and the treatment program"
      + " includes counseling, group therapy and a strict schedule. Friends and family supported the decision,"
      + " the statement said, and asked the public to respect the family's privacy at this difficult time. The"
      + " treatment center, which has cared for many celebrities over the years, declined to comment on any"
      + " patient. The actress had struggled in recent months after a series of public incidents, missed film"
      + " shoots and a court appearance that drew crowds of photographers outside the building downtown. Her"
      + " fashion line and a television project were put on hold while she recovers, according to people close"
      + " to the production, who said the schedule would be rearranged.";

  private static final String PATCH = " The update fixes a flaw that attackers were already exploiting through"
      + " booby-trapped web pages to take control of computers running the browser. Users who have automatic"
      + " updates turned on will receive the fix without doing anything, the company said, while businesses were"
      + " urged to install it immediately. Security researchers said the attacks were limited and targeted, but"
      + " warned that criminals would soon copy the technique. The company rarely releases fixes outside its"
      + " regular monthly schedule, which shows how serious the threat was. Every supported version of the"
      + " browser is affected, from the oldest to the newest, on desktop computers and laptops alike, and the"
      + " company advised customers to restart their machines after installing the update.";

  private static final String QUAKE = " Rescue workers searched collapsed mud-brick houses in several villages on the"
      + " island through the night, and the provincial governor said tents, blankets and water were being sent from"
      + " the mainland by boat. Aftershocks rattled the area on the following day, sending frightened residents"
      + " back into the streets, where many spent the night in the cold. The island, a free trade zone in the Gulf,"
      + " lies near a major fault line and has been struck by several tremors in recent years, officials said."
      + " Schools were closed and the regional hospital asked for blood donations as it treated the wounded, some"
      + " of whom were flown to the provincial capital for surgery.";

  /**
   * Penalties for figures alone: a magnitude or an age above what the shared words bring over the threshold, a
   * count well below it, since a toll grows as a story goes on.
   */
  private static final EvidenceClusterer.Contradictions FIGURES =
      new EvidenceClusterer.Contradictions(0, 0, 0, 0, 0.6, 0.1);

  private static AnalysedArticle article(String id, String title, String lead, String body) {
    return ANALYSER.analyse(new Article(id, "outlet", null, title, null, lead + body, null, null, null), null);
  }

  private static final AnalysedArticle REID = article("reid", "Actress checks into rehab",
      "Actress Tara Reid checked herself into the Promises treatment center in Malibu, her representative said.",
      REHAB);
  private static final AnalysedArticle LOHAN = article("lohan", "Actress checks into rehab",
      "Actress Lindsay Lohan checked herself into the Betty Ford treatment center, her representative said.",
      REHAB);
  private static final AnalysedArticle REID_AGAIN = article("reid2", "Actress enters rehab clinic",
      "Tara Reid has entered the Promises clinic for treatment, a spokesman for the actress confirmed on Tuesday.",
      REHAB);
  private static final AnalysedArticle PATCH_2008 = article("ie2008", "Emergency patch for browser flaw",
      "Microsoft released an emergency patch for Internet Explorer on December 17, 2008, the company said.", PATCH);
  private static final AnalysedArticle PATCH_2013 = article("ie2013", "Emergency patch for browser flaw",
      "Microsoft released an emergency patch for Internet Explorer on September 17, 2013, the company said.", PATCH);

  private static final AnalysedArticle QUAKE_56 = article("q56", "Earthquake hits island off southern Iran",
      "A 5.6-magnitude earthquake hit the island on Sunday, injuring five people, state television said.", QUAKE);
  private static final AnalysedArticle QUAKE_59 = article("q59", "Earthquake hits island off southern Iran",
      "A 5.9-magnitude earthquake hit the island on Sunday, injuring five people, state television said.", QUAKE);
  private static final AnalysedArticle QUAKE_56_TOLL_GROWS = article("q56b", "Death toll rises in island quake",
      "The death toll from the 5.6-magnitude earthquake that hit the island rose to 10, state television said.",
      QUAKE);
  private static final AnalysedArticle QUAKE_56_FIRST_TOLL = article("q56a", "Earthquake hits island off Iran",
      "A 5.6-magnitude earthquake hit the island on Sunday, killing three people, state television said.", QUAKE);

  private static final String ARREST = " Police said the car was stopped after it was seen weaving between lanes"
      + " on the highway shortly after two in the morning, and that the driver failed a breath test at the scene."
      + " He was booked into the county jail and released on bail a few hours later. The team said it was aware of"
      + " the arrest and was gathering information, and that it would have no further comment until the legal"
      + " process had run its course. The league's conduct policy allows it to suspend players charged with"
      + " drunk driving, though it rarely does so before a case is decided. A court date was set for next month.";
  private static final AnalysedArticle ARREST_25 = article("a25", "Chargers player arrested for drunk driving",
      "A 25-year-old San Diego Chargers linebacker was arrested on suspicion of drunk driving, police said.",
      ARREST);
  private static final AnalysedArticle ARREST_31 = article("a31", "Chargers player arrested for drunk driving",
      "A 31-year-old San Diego Chargers linebacker was arrested on suspicion of drunk driving, police said.",
      ARREST);

  @Test
  void anotherMagnitudeOrAgeIsAnotherStory() {
    EvidenceClusterer clusterer = new EvidenceClusterer(WORDS.withContradictions(FIGURES));
    assertNotEquals(clusterer.assign(QUAKE_56), clusterer.assign(QUAKE_59));
    assertNotEquals(clusterer.assign(ARREST_25), clusterer.assign(ARREST_31));
  }

  @Test
  void withoutFiguresTheSameLookAlikesJoin() {
    EvidenceClusterer clusterer = new EvidenceClusterer(WORDS);
    assertEquals(clusterer.assign(QUAKE_56), clusterer.assign(QUAKE_59));
    assertEquals(clusterer.assign(ARREST_25), clusterer.assign(ARREST_31));
  }

  @Test
  void aGrowingTollIsTheSameStory() {
    EvidenceClusterer clusterer = new EvidenceClusterer(WORDS.withContradictions(FIGURES));
    String first = clusterer.assign(QUAKE_56_FIRST_TOLL);
    assertEquals(first, clusterer.assign(QUAKE_56_TOLL_GROWS), "three killed, then ten: the toll grew");
    EvidenceClusterer hard = new EvidenceClusterer(WORDS.withContradictions(
        new EvidenceClusterer.Contradictions(0, 0, 0, 0, 0.6, 0.6)));
    String firstHard = hard.assign(QUAKE_56_FIRST_TOLL);
    assertNotEquals(firstHard, hard.assign(QUAKE_56_TOLL_GROWS), "a toll weighted as a magnitude would split it");
  }

  @Test
  void withoutContradictionsLookAlikesJoin() {
    EvidenceClusterer clusterer = new EvidenceClusterer(WORDS);
    assertEquals(clusterer.assign(REID), clusterer.assign(LOHAN));
    assertEquals(clusterer.assign(PATCH_2008), clusterer.assign(PATCH_2013));
  }

  @Test
  void anotherProtagonistIsAnotherStory() {
    EvidenceClusterer clusterer = new EvidenceClusterer(WORDS.withContradictions(PENALTIES));
    String reid = clusterer.assign(REID);
    assertNotEquals(reid, clusterer.assign(LOHAN));
    assertEquals(reid, clusterer.assign(REID_AGAIN), "the same event told in other words");
  }

  @Test
  void anotherYearIsAnotherStory() {
    EvidenceClusterer clusterer = new EvidenceClusterer(WORDS.withContradictions(PENALTIES));
    assertNotEquals(clusterer.assign(PATCH_2008), clusterer.assign(PATCH_2013));
  }

  @Test
  void aNameMissingFromAHeadlineContradictsNothing() {
    EvidenceClusterer.Config lowHeadlineThreshold = new EvidenceClusterer.Config(0, 1, 0, 0.5, 0.05, 240, 48,
        50_000).withContradictions(PENALTIES);
    EvidenceClusterer clusterer = new EvidenceClusterer(lowHeadlineThreshold);
    AnalysedArticle headline = ANALYSER.analyse(new Article("h", "outlet", null,
        "Lindsay Lohan checks into rehab treatment center", null, "", null, null, null), null);
    assertEquals(clusterer.assign(REID), clusterer.assign(headline), "a headline is judged on its words alone");
  }
}
