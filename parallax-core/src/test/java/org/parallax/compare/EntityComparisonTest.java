package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;

class EntityComparisonTest {

  private static Article article(String id, String outlet, String text) {
    return new Article(id, outlet, null, "t", LocalDate.of(1996, 8, 30), text, null, null, null);
  }

  @Test
  void anAcronymAndTheNameItSpellsOutAreOneEntityAcrossOutlets() {
    List<StoryEntity> entities = EntityComparison.of(List.of(
        article("a", "Outlet A", "Police detained 260 members of the National League for Democracy ( NLD ) on "
            + "Friday, the party said."),
        article("b", "Outlet B", "Officials of the NLD party said on Friday that police had detained 260 of its "
            + "members.")));
    StoryEntity league = entities.stream().filter(e -> e.variants().contains("NLD")).findFirst().orElseThrow();
    assertEquals("National League for Democracy", league.name());
    assertEquals(List.of("Outlet A", "Outlet B"), league.outlets());
    assertTrue(entities.stream().filter(e -> e.name().equals("NLD")).findAny().isEmpty());
  }
}
