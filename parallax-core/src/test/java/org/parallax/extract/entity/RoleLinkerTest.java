package org.parallax.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.TestData;

class RoleLinkerTest {

  private static final EntityRecognizer NER = EntityRecognizer.shipped();

  private static List<Mention> roles(String text) {
    List<Mention> roles = NER.find(text).stream().filter(Mention::role).toList();
    for (Mention m : roles) {
      assertEquals(m.text(), m.span().ofCodePoints(text), "span of " + m);
      assertEquals(Mention.PERSON, m.type());
    }
    return roles;
  }

  @Test
  void aRoleNamedBeforeAPersonLaterStandsForThePerson() {
    String text = "😀 State Department spokesperson Matthew Miller said the talks were candid. The spokesperson added "
        + "that Secretary of State Antony Blinken would return to Beijing. The Secretary thanked his hosts, and the "
        + "US Secretary of State Antony Blinken left.";
    List<Mention> roles = roles(text);
    assertEquals(List.of("The spokesperson", "The Secretary"), roles.stream().map(Mention::text).toList());
    assertEquals("Matthew Miller", roles.get(0).canonical());
    assertEquals("Antony Blinken", roles.get(1).canonical());
    // The title in front of a name ("the US Secretary of State Antony Blinken") is not a second mention.
    assertEquals(2, roles.size());
  }

  @Test
  void aRoleOfTwoPeopleOrBeforeAnyNameStaysUnlinked() {
    assertTrue(roles("The minister arrived. Foreign Minister Qin Gang met Defence Minister Li Shangfu. The "
        + "minister spoke.").isEmpty());
    assertTrue(roles("The spokesperson said nothing. Spokesperson Matthew Miller left.").isEmpty());
  }

  @Test
  void seedRolesLinkToTheirPeople() throws IOException {
    List<Mention> first = roles(TestData.read("al-mayadeen.txt"));
    assertTrue(first.stream().anyMatch(m -> m.text().equals("The spokesperson")
        && m.canonical().equals("Matthew Miller")), first.toString());
    List<Mention> second = roles(TestData.read("second-outlet.txt"));
    assertTrue(second.stream().anyMatch(m -> m.text().equals("the Chinese foreign minister")
        && m.canonical().equals("Qin Gang")), second.toString());
    assertFalse(NER.names(TestData.read("second-outlet.txt")).stream().anyMatch(Mention::role));
  }
}
