package org.parallax.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.StringList;
import org.junit.jupiter.api.Test;

class NameHarvestTest {

  private static final String FIRST = "MILAN, March 3 - Pirelli SpA said it agreed with the Bank of Boston Corp "
      + "and Procter and Gamble Co. in the deal. The deal was approved by Mr John Smith, its president. "
      + "The Dome Petroleum Ltd unit was not part of it.";
  private static final String SECOND = "MILAN, March 4 - Pirelli SpA shares rose. The Bank of Boston Corp said "
      + "Treasury Secretary Anne Smith and Mr John Smith met Dome Petroleum Ltd officials.";

  @Test
  void companiesAreListedWithAndWithoutTheirDesignatorOnceSeenInEnoughStories() {
    NameHarvest harvest = new NameHarvest(2);
    harvest.addStory(FIRST);
    harvest.addStory(SECOND);
    assertEquals(Set.of("Pirelli SpA", "Pirelli", "Bank of Boston Corp", "Bank of Boston", "Dome Petroleum Ltd",
        "Dome Petroleum"), harvest.names("ORG"));
  }

  @Test
  void aStoryCountsOnceAndOneStoryIsEnoughWhenAllowed() {
    NameHarvest twice = new NameHarvest(2);
    twice.addStory(FIRST + " " + FIRST.substring(FIRST.indexOf('-') + 2));
    assertEquals(Set.of(), twice.names("ORG"));
    NameHarvest once = new NameHarvest(1);
    once.addStory(FIRST);
    assertTrue(once.names("ORG").containsAll(Set.of("Procter and Gamble Co.", "Procter and Gamble")),
        once.names("ORG").toString());
  }

  @Test
  void personsFollowAnHonorificOrTitleAndFullNamesEndInAHarvestedSurname() {
    NameHarvest harvest = new NameHarvest(1);
    harvest.addStory(FIRST);
    harvest.addStory("Later, Mary Smith said she agreed.");
    assertEquals(Set.of("John Smith", "Mary Smith"), harvest.names("PER"));
    NameHarvest both = new NameHarvest(2);
    both.addStory(FIRST);
    both.addStory(SECOND);
    assertEquals(Set.of("John Smith"), both.names("PER"));
  }

  @Test
  void datelinePlacesAreLocations() {
    NameHarvest harvest = new NameHarvest(2);
    harvest.addStory(FIRST);
    harvest.addStory(SECOND);
    assertEquals(Set.of("Milan"), harvest.names("LOC"));
    assertEquals("New York", NameHarvest.dateline("NEW YORK, Feb 26 - Shares fell."));
    assertNull(NameHarvest.dateline("Shares fell, Feb 26 - they said."));
    assertNull(NameHarvest.dateline("PARIS, the capital, said so."));
  }

  @Test
  void theListsBecomeTypedDictionaries() {
    NameHarvest harvest = new NameHarvest(2);
    harvest.addStory(FIRST);
    harvest.addStory(SECOND);
    Map<String, Dictionary> lists = harvest.dictionaries(Set.of("ORG", "PER"));
    assertEquals(Set.of("harvest-ORG", "harvest-PER"), lists.keySet());
    assertTrue(lists.get("harvest-ORG").contains(new StringList("Bank", "of", "Boston")));
    assertThrows(IllegalArgumentException.class, () -> harvest.names("MISC"));
    assertThrows(IllegalArgumentException.class, () -> new NameHarvest(0));
  }
}
