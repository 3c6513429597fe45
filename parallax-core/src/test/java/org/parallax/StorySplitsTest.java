package org.parallax;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.parallax.cluster.StoryClusterer;
import org.parallax.model.Article;
import org.parallax.model.Story;
import org.parallax.model.StorySplit;

/** Story splits as the store keeps them: recorded with the article that showed them, and read through on reopen. */
class StorySplitsTest {

  @TempDir Path data;

  /** Puts a, b and c in story 1; when d arrives, splits b off into story 2 and puts d there. */
  private static final class ScriptedClusterer implements StoryClusterer {
    final Map<String, String> script = Map.of("a", "1", "b", "1", "c", "1", "d", "2", "e", "3");
    final Map<String, String> restored = new LinkedHashMap<>();
    final List<StorySplit> pending = new ArrayList<>();

    @Override
    public void restore(AnalysedArticle article) {
      restored.put(article.article().id(), article.article().story());
    }

    @Override
    public String assign(AnalysedArticle article) {
      String id = article.article().id();
      if (id.equals("d")) {
        pending.add(new StorySplit("1", "2", List.of("b"), "names lohan against reid"));
      }
      return script.get(id);
    }

    @Override
    public List<StorySplit> takeSplits() {
      List<StorySplit> out = List.copyOf(pending);
      pending.clear();
      return out;
    }
  }

  private static Article article(String id, String title) {
    return new Article(id, "Outlet " + id, null, title, LocalDate.of(2014, 3, 10), "", null, null, null);
  }

  @Test
  void movedArticlesBelongToTheNewStoryBeforeAndAfterReopening() throws IOException {
    try (Parallax parallax = Parallax.open(data, new ScriptedClusterer())) {
      parallax.addAll(List.of(article("a", "Reid checks into rehab"), article("b", "Lohan checks into rehab"),
          article("c", "Reid enters clinic"), article("d", "Lohan begins court-ordered stay")));
      parallax.commit();
      assertEquals("2", parallax.article("b").orElseThrow().story());
      assertEquals("2", parallax.storyOf("b", "1"));
      assertEquals("1", parallax.storyOf("c", "1"));
    }
    ScriptedClusterer reopened = new ScriptedClusterer();
    try (Parallax parallax = Parallax.open(data, reopened)) {
      assertEquals("3", parallax.add(article("e", "Storm floods coastal towns")).story());
      assertEquals(Map.of("a", "1", "b", "2", "c", "1", "d", "2"), reopened.restored,
          "moved articles come back in their new story");
      List<Story> stories = parallax.stories();
      assertEquals(List.of("1", "2", "3"), stories.stream().map(Story::id).toList());
      assertEquals(List.of("a", "c"), parallax.story("1").orElseThrow().articles());
      assertEquals(List.of("b", "d"), parallax.story("2").orElseThrow().articles());
      assertEquals("2", parallax.report("2").orElseThrow().story());
      assertEquals("2", parallax.search("Lohan", 10).get(0).story());
      assertEquals(5, parallax.size(), "split records are not articles");
    }
  }
}
