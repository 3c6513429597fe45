package org.parallax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.cluster.AnalysedArticle;
import org.parallax.cluster.MergedStories;
import org.parallax.cluster.StoryClusterer;
import org.parallax.model.Article;
import org.parallax.model.Story;
import org.parallax.model.StoryMerge;

/** Story merges as the store keeps them: recorded with the article that caused them, and read through on reopen. */
class StoryMergesTest {

  @TempDir Path data;

  /** Puts articles in the stories its script names, and merges story 2 into 1 when article "c" arrives. */
  private static final class ScriptedClusterer implements StoryClusterer {
    final Map<String, String> script = Map.of("a", "1", "b", "2", "c", "1", "d", "3");
    final List<StoryMerge> restoredMerges = new ArrayList<>();
    final Map<String, String> restored = new LinkedHashMap<>();
    final List<StoryMerge> pending = new ArrayList<>();

    @Override
    public void restore(AnalysedArticle article) {
      restored.put(article.article().id(), article.article().story());
    }

    @Override
    public void restoreMerge(StoryMerge merge) {
      restoredMerges.add(merge);
    }

    @Override
    public String assign(AnalysedArticle article) {
      String id = article.article().id();
      if (id.equals("c")) {
        pending.add(new StoryMerge("1", "2", "c", 0.61));
      }
      return script.get(id);
    }

    @Override
    public List<StoryMerge> takeMerges() {
      List<StoryMerge> out = List.copyOf(pending);
      pending.clear();
      return out;
    }
  }

  private static Article article(String id, String title) {
    return new Article(id, "Outlet " + id, null, title, LocalDate.of(2014, 3, 10), "", null, null, null);
  }

  @Test
  void aMergeIsStoredWithItsArticleAndTheAbsorbedIdResolvesToTheSurvivor() throws IOException {
    ScriptedClusterer clusterer = new ScriptedClusterer();
    try (Parallax parallax = Parallax.open(data, clusterer)) {
      parallax.addAll(List.of(article("a", "Fed raises rates"), article("b", "Central bank lifts borrowing costs"),
          article("c", "Fed lifts rates by a quarter point")));
      parallax.commit();
      assertEquals("1", parallax.resolveStory("2"));
      assertEquals("1", parallax.article("b").orElseThrow().story());
    }
    ScriptedClusterer reopened = new ScriptedClusterer();
    try (Parallax parallax = Parallax.open(data, reopened)) {
      assertEquals("3", parallax.add(article("d", "Storm floods coastal towns")).story());
      assertEquals(List.of(new StoryMerge("1", "2", "c", 0.61)), reopened.restoredMerges);
      assertEquals(Map.of("a", "1", "b", "1", "c", "1"), reopened.restored, "articles come back in the survivor");
      List<Story> stories = parallax.stories();
      assertEquals(List.of("1", "3"), stories.stream().map(Story::id).toList());
      assertEquals(List.of("a", "b", "c"), stories.get(0).articles());
      assertEquals(List.of("a", "b", "c"), parallax.story("2").orElseThrow().articles());
      assertEquals("1", parallax.story("2").orElseThrow().id());
      assertEquals("1", parallax.report("2").orElseThrow().story());
      assertEquals(List.of(new StoryMerge("1", "2", "c", 0.61)), parallax.absorbed("1"));
      assertEquals("c", parallax.absorption("2").orElseThrow().article());
      assertEquals(4, parallax.size(), "merge records are not articles");
    }
  }

  @Test
  void aMergeNotCommittedIsLostWithItsArticle() throws IOException {
    try (Parallax parallax = Parallax.open(data, new ScriptedClusterer())) {
      parallax.addAll(List.of(article("a", "Fed raises rates"), article("b", "Central bank lifts borrowing costs")));
      parallax.commit();
    }
    // A process that dies before its commit leaves the store as the last commit had it; closing without a commit
    // is not that, so this reads the store through a copy taken before the next commit would have happened.
    try (Parallax parallax = Parallax.open(data, new ScriptedClusterer())) {
      parallax.add(article("c", "Fed lifts rates by a quarter point"));
      try (Parallax reader = Parallax.openReadOnly(data)) {
        assertEquals("2", reader.resolveStory("2"), "uncommitted: neither the article nor the merge is visible");
        assertEquals(2, reader.size());
      }
      parallax.commit();
      try (Parallax reader = Parallax.openReadOnly(data)) {
        assertEquals("1", reader.resolveStory("2"));
        assertEquals(3, reader.size());
      }
    }
  }

  @Test
  void chainsResolveToTheLastSurvivorAndCyclesAreRefused() {
    MergedStories merged = new MergedStories();
    merged.add(new StoryMerge("5", "7", "x", 0.5));
    merged.add(new StoryMerge("3", "5", "y", 0.5));
    assertEquals("3", merged.resolve("7"));
    assertEquals(List.of("3", "5", "7"), merged.members("3"));
    assertThrows(IllegalArgumentException.class, () -> merged.add(new StoryMerge("7", "3", "z", 0.5)));
    assertThrows(IllegalArgumentException.class, () -> merged.add(new StoryMerge("9", "7", "z", 0.5)));
    assertTrue(merged.absorbed("7").isEmpty());
  }
}
