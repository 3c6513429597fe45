package org.parallax.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NerReconcilerTest {

  @Test
  void spellingVariantsOfOnePersonMerge() {
    Map<String, String> groups = NameReconciler.reconcile(List.of("Antony Blinken", "Qin Gang", "Anthony Blinken",
        "Gan", "Gang", "Antony J. Blinken", "Antony Blinken"));
    assertEquals("Antony Blinken", groups.get("Anthony Blinken"));
    assertEquals("Qin Gang", groups.get("Gan"));
    assertEquals("Qin Gang", groups.get("Gang"));
    assertEquals("Antony Blinken", groups.get("Antony J. Blinken"));
    assertEquals(6, groups.size());
  }

  @Test
  void differentPeopleWithOneSurnameStayApart() {
    Map<String, String> groups = NameReconciler.reconcile(List.of("Joe Biden", "Jill Biden", "Hunter Biden",
        "Biden", "Wang Yi", "Wang Yang"));
    assertEquals("Joe Biden", groups.get("Joe Biden"));
    assertEquals("Jill Biden", groups.get("Jill Biden"));
    assertEquals("Hunter Biden", groups.get("Hunter Biden"));
    assertEquals("Biden", groups.get("Biden"));
    assertEquals("Wang Yang", groups.get("Wang Yang"));
  }

  @Test
  void anAcronymJoinsTheOneNameItSpellsOut() {
    assertEquals(Map.of("NLD", "National League for Democracy"), NameReconciler.spelledOut(List.of(
        "National League for Democracy", "NLD", "Reuters", "UN", "United Nations", "Union of Nurses")),
        "UN spells out two names, so it joins neither");
  }
}
