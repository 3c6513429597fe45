package org.parallax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.compare.SharedPassage;
import org.parallax.compare.ReportedQuote;
import org.parallax.compare.SpeakerQuotes;
import org.parallax.compare.StoryEntity;
import org.parallax.compare.StoryReport;
import org.parallax.compare.TimelineEntry;
import org.parallax.ingest.Destination.Outcome;
import org.parallax.ingest.FileReport;
import org.parallax.model.Article;
import org.parallax.model.Provenance;
import org.parallax.model.Story;
import org.parallax.store.SearchHit;

class ParallaxTest {

  @TempDir Path data;

  private static final String UNRELATED_TITLE = "Storm floods coastal towns in Queensland";
  private static final String UNRELATED_TEXT = "Heavy rain from a tropical cyclone flooded several coastal towns in "
      + "northern Queensland, forcing hundreds of residents to leave their homes as rivers broke their banks. "
      + "Emergency crews used boats to reach stranded families, and the weather bureau warned of more rain.";

  private static Article article(String id, String outlet, String title, String text, LocalDate published) {
    return new Article(id, outlet, null, title, published, text, new Provenance("test", "jsonl", "UTF-8", "declared"),
        null, null);
  }

  private List<FileReport> ingestSeeds(Parallax parallax) throws IOException {
    return parallax.ingest(List.of(TestData.seeds()), (r, d, t) -> { });
  }

  @Test
  void theSeedsFormOneStoryAndAnUnrelatedArticleStaysApart() throws IOException {
    try (Parallax parallax = Parallax.open(data)) {
      ingestSeeds(parallax);
      parallax.add(article("storm", "Weather Daily", UNRELATED_TITLE, UNRELATED_TEXT, LocalDate.of(2023, 6, 18)));
      parallax.commit();
      List<Story> stories = parallax.stories();
      assertEquals(2, stories.size());
      Story seeds = stories.get(0);
      assertEquals(2, seeds.articles().size());
      assertEquals(List.of("Al Mayadeen English", "Unnamed outlet (English translation citing Reuters)"),
          seeds.outlets());
      assertEquals(List.of("storm"), stories.get(1).articles());
    }
  }

  @Test
  void reIngestingAddsNothingAndTheStoreSurvivesReopening() throws IOException {
    try (Parallax parallax = Parallax.open(data)) {
      List<FileReport> first = ingestSeeds(parallax);
      assertEquals(2, first.stream().mapToInt(FileReport::ingested).sum());
    }
    try (Parallax parallax = Parallax.open(data)) {
      List<FileReport> again = ingestSeeds(parallax);
      assertEquals(0, again.stream().mapToInt(FileReport::ingested).sum());
      assertEquals(2, again.stream().mapToInt(FileReport::duplicates).sum());
      assertTrue(again.stream().allMatch(r -> r.status().equals("duplicate")));
      assertEquals(List.of("1"), again.get(0).stories(), "a duplicate still names its story");
      assertEquals(2, parallax.size());
    }
  }

  @Test
  void aLightlyEditedReprintIsRecordedAsACopyInTheOriginalsStory() throws IOException {
    String original = TestData.read("al-mayadeen.txt");
    String body = original.substring(original.indexOf('\n') + 1);
    String edited = body.replace("Moreover, ", "").replace("It is worth noting that ", "")
        .replace("deteriorated rapidly", "deteriorated quickly");
    try (Parallax parallax = Parallax.open(data)) {
      ingestSeeds(parallax);
      Outcome outcome = parallax.add(article("reprint", "Reprint Weekly", "Blinken and Qin hold talks", edited,
          LocalDate.of(2023, 6, 19))).outcome();
      assertEquals(Outcome.COPY, outcome);
      Article copy = parallax.article("reprint").orElseThrow();
      assertEquals(parallax.stories().get(0).articles().get(0), copy.copyOf());
      assertEquals(parallax.stories().get(0).id(), copy.story());
      assertEquals(Outcome.ADDED, parallax.add(article("storm", "W", UNRELATED_TITLE, UNRELATED_TEXT, null))
          .outcome());
    }
  }

  @Test
  void theSameHeadlineFromAnotherOutletIsACopyAndFromTheSameOutletADuplicate() throws IOException {
    try (Parallax parallax = Parallax.open(data)) {
      Article wire = article("w1", "Wire", "Fed raises rates by a quarter point", "", LocalDate.of(2014, 3, 10));
      assertEquals(Outcome.ADDED, parallax.add(wire).outcome());
      Article reprint = article("w2", "Daily", "Fed raises rates by a quarter point", "", LocalDate.of(2014, 3, 10));
      var placement = parallax.add(reprint);
      assertEquals(Outcome.COPY, placement.outcome());
      assertEquals(parallax.article("w1").orElseThrow().story(), placement.story());
      assertEquals("w1", parallax.article("w2").orElseThrow().copyOf());
      Article sameAgain = article("w3", "Wire", "Fed raises rates by a quarter point", " ", LocalDate.of(2014, 3, 11));
      assertEquals(Outcome.DUPLICATE, parallax.add(sameAgain).outcome());
      assertEquals(2, parallax.size());
    }
  }

  @Test
  void inOneBatchCopiesAndDuplicatesAreFoundAsWhenAddedOneByOne() throws IOException {
    try (Parallax parallax = Parallax.open(data)) {
      Article wire = article("w1", "Wire", "Fed raises rates by a quarter point", "", LocalDate.of(2014, 3, 10));
      Article reprint = article("w2", "Daily", "Fed raises rates by a quarter point", "", LocalDate.of(2014, 3, 10));
      Article sameAgain = article("w3", "Wire", "Fed raises rates by a quarter point", " ", LocalDate.of(2014, 3, 11));
      Article sameId = article("w1", "Other", "Another headline altogether", "", LocalDate.of(2014, 3, 11));
      var placements = parallax.addAll(List.of(wire, reprint, sameAgain, sameId));
      assertEquals(List.of(Outcome.ADDED, Outcome.COPY, Outcome.DUPLICATE, Outcome.DUPLICATE),
          placements.stream().map(p -> p.outcome()).toList());
      assertEquals(2, parallax.size());
      var again = parallax.addAll(List.of(wire, reprint));
      assertEquals(List.of(Outcome.DUPLICATE, Outcome.DUPLICATE), again.stream().map(p -> p.outcome()).toList());
      assertEquals(placements.get(0).story(), again.get(1).story());
    }
  }

  @Test
  void theSeedReportShowsTheSharedQuoteWithSpansIntoBothTexts() throws IOException {
    try (Parallax parallax = Parallax.open(data)) {
      ingestSeeds(parallax);
      StoryReport report = parallax.report(parallax.stories().get(0).id()).orElseThrow();
      SharedPassage quote = report.shared().stream()
          .filter(p -> p.text().contains("candid, substantive")).findFirst().orElseThrow();
      assertEquals(2, quote.outlets().size());
      for (var occurrence : quote.occurrences()) {
        Article a = parallax.article(occurrence.article()).orElseThrow();
        assertEquals(occurrence.text(), occurrence.span().ofCodePoints(a.text()));
      }
      assertTrue(quote.occurrences().stream().anyMatch(o -> o.text().contains("candid, substantive, and constructive")));
      assertTrue(quote.occurrences().stream().anyMatch(o -> o.text().contains("candid, substantive and constructive")));
      assertTrue(report.shared().stream().anyMatch(p -> p.text().contains("lowest point since the establishment")));
      assertTrue(report.unique().stream().anyMatch(o -> o.outlet().equals("Al Mayadeen English")
          && o.text().contains("tech offensive against China's chip industry")));
      assertTrue(report.unique().stream().anyMatch(o -> o.outlet().startsWith("Unnamed")
          && o.text().contains("Nancy Pelosi")));
      assertTrue(report.unique().stream().anyMatch(o -> o.text().contains("since 1949")));
    }
  }

  @Test
  void theSeedEntitiesJoinSpellingVariantsAcrossOutletsAndKeepPeopleApart() throws IOException {
    try (Parallax parallax = Parallax.open(data)) {
      ingestSeeds(parallax);
      StoryReport report = parallax.report(parallax.stories().get(0).id()).orElseThrow();
      java.util.function.Function<String, StoryEntity> person = surname -> {
        List<StoryEntity> matches = report.entities().stream()
            .filter(e -> e.type().equals("PERSON") && e.variants().stream().anyMatch(v -> v.contains(surname)))
            .toList();
        assertEquals(1, matches.size(), surname + " is one entity: " + matches);
        return matches.get(0);
      };
      StoryEntity blinken = person.apply("Blinken");
      assertTrue(blinken.variants().containsAll(List.of("Anthony Blinken", "Antony J. Blinken", "Blinken")),
          blinken.variants().toString());
      assertEquals(2, blinken.outlets().size());
      StoryEntity qin = person.apply("Qin Gang");
      assertTrue(qin.variants().contains("Gang"), qin.variants().toString());
      List<String> people = List.of("Blinken", "Qin Gang", "Miller", "Biden", "Xi Jinping", "Wang Yi", "Pelosi",
          "Chiang Kai-shek");
      assertEquals(people.size(), people.stream().map(person).map(StoryEntity::id).distinct().count(),
          "eight people, kept apart");
      for (StoryEntity e : report.entities()) {
        for (var m : e.mentions()) {
          assertEquals(m.text(), m.span().ofCodePoints(parallax.article(m.article()).orElseThrow().text()));
        }
      }
      // Quotes follow the entities: one speaker for both spellings of Blinken.
      assertEquals(1, report.quotes().stream().filter(q -> q.speaker().contains("Blinken")).count(),
          report.quotes().toString());
    }
  }

  @Test
  void theSeedQuotesGroupTheStateDepartmentWordingUnderItsSpeakerWithBothOutlets() throws IOException {
    try (Parallax parallax = Parallax.open(data)) {
      ingestSeeds(parallax);
      StoryReport report = parallax.report(parallax.stories().get(0).id()).orElseThrow();
      ReportedQuote candid = report.quotes().stream().flatMap(s -> s.quotes().stream())
          .filter(q -> q.content().text().contains("candid, substantive")).findFirst()
          .orElseThrow(() -> new AssertionError(report.quotes().toString()));
      assertEquals("Al Mayadeen English", candid.outlet());
      assertEquals(List.of("Unnamed outlet (English translation citing Reuters)"), candid.echoedBy(),
          "the other outlet words it alike");
      SpeakerQuotes miller = report.quotes().stream().filter(s -> s.speaker().equals("Matthew Miller")).findFirst()
          .orElseThrow(() -> new AssertionError(report.quotes().toString()));
      assertTrue(miller.quotes().contains(candid));
      for (SpeakerQuotes s : report.quotes()) {
        for (ReportedQuote q : s.quotes()) {
          Article a = parallax.article(q.article()).orElseThrow();
          assertEquals(q.content().text(), q.span().ofCodePoints(a.text()));
        }
      }
    }
  }

  @Test
  void theSeedTimelineResolvesSundayAndJune18ToOneDateNamedByBothOutlets() throws IOException {
    try (Parallax parallax = Parallax.open(data)) {
      ingestSeeds(parallax);
      StoryReport report = parallax.report(parallax.stories().get(0).id()).orElseThrow();
      TimelineEntry talks = report.timeline().stream().filter(t -> t.value().equals("2023-06-18")).findFirst()
          .orElseThrow(() -> new AssertionError(report.timeline().toString()));
      assertEquals(2, talks.outlets().size(), talks.toString());
      assertTrue(talks.occurrences().stream().anyMatch(o -> o.text().equals("Sunday")), talks.toString());
      assertTrue(talks.occurrences().stream().anyMatch(o -> o.text().equals("June 18")), talks.toString());
      for (var occurrence : talks.occurrences()) {
        Article a = parallax.article(occurrence.article()).orElseThrow();
        assertEquals(occurrence.text(), occurrence.span().ofCodePoints(a.text()));
      }
      List<String> values = report.timeline().stream().map(TimelineEntry::value).toList();
      assertTrue(values.containsAll(List.of("1949", "2022-08", "2023-06-19")), values.toString());
      assertEquals(values.stream().sorted().toList(), values, "in calendar order");
    }
  }

  @Test
  void searchRanksTitleMatchesAndHighlightsWithSpans() throws IOException {
    try (Parallax parallax = Parallax.open(data)) {
      ingestSeeds(parallax);
      parallax.add(article("storm", "Weather Daily", UNRELATED_TITLE, UNRELATED_TEXT, null));
      parallax.commit();
      List<SearchHit> hits = parallax.search("Pelosi", 10);
      assertEquals(1, hits.size());
      SearchHit hit = hits.get(0);
      assertTrue(hit.highlights().stream().anyMatch(s -> s.ofCodePoints(hit.snippet()).equals("Pelosi")), hit.snippet());
      List<SearchHit> flood = parallax.search("flooded towns", 10);
      assertEquals("storm", flood.get(0).id());
      parallax.search("\"unbalanced quote AND", 5);
    }
  }

  @Test
  void readOnlyOpenSeesCommittedArticlesBesideAWriter() throws IOException {
    try (Parallax writer = Parallax.open(data)) {
      ingestSeeds(writer);
      try (Parallax reader = Parallax.openReadOnly(data)) {
        assertEquals(2, reader.size());
        assertEquals(1, reader.stories().size());
      }
    }
  }

  @Test
  void aSecondWriterIsToldTheStoreIsBusy() throws IOException {
    try (Parallax writer = Parallax.open(data)) {
      var e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> Parallax.open(data));
      assertEquals("The store in " + data + " is being written by another process; try again when it is done "
          + "(reading commands can run beside it).", e.getMessage());
    }
  }

  @Test
  void readOnlyOpenOfAnEmptyDirectorySaysWhatToDo() {
    var e = org.junit.jupiter.api.Assertions.assertThrows(java.io.FileNotFoundException.class,
        () -> Parallax.openReadOnly(data.resolve("none")));
    assertEquals("No Parallax store at " + data.resolve("none") + ": run 'parallax ingest' first.", e.getMessage());
  }

  @Test
  void idsDoNotDependOnTheFileName() throws IOException {
    Path copyDir = Files.createDirectories(data.resolveSibling(data.getFileName() + "-copy"));
    Files.writeString(copyDir.resolve("renamed.txt"), TestData.read("second-outlet.txt"), StandardCharsets.UTF_8);
    Files.writeString(copyDir.resolve("renamed.meta.json"), TestData.read("second-outlet.meta.json"));
    try (Parallax parallax = Parallax.open(data)) {
      ingestSeeds(parallax);
      List<FileReport> r = parallax.ingest(List.of(copyDir), (x, d, t) -> { });
      assertEquals("duplicate", r.get(0).status());
      assertNotEquals(0, parallax.size());
    }
  }
}
