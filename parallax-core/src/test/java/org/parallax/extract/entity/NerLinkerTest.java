package org.parallax.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Span;

class NerLinkerTest {

  private static int at;

  private static Mention m(String text, String type) {
    at += 10;
    return new Mention(new Span(at, at + text.length()), text, type, text);
  }

  private static List<String> canonicals(List<Mention> mentions) {
    return NameLinker.link(mentions).stream().map(Mention::canonical).toList();
  }

  @Test
  void surnameLinksToTheFullName() {
    assertEquals(List.of("Antony Blinken", "Antony Blinken", "Qin Gang", "Qin Gang"), canonicals(List.of(
        m("Antony Blinken", Mention.PERSON), m("Blinken", Mention.PERSON), m("Qin Gang", Mention.PERSON),
        m("Gang", Mention.PERSON))));
  }

  @Test
  void oneMisspellingLinksOnlyWhenUnambiguous() {
    assertEquals(List.of("Qin Gang", "Qin Gang"), canonicals(List.of(m("Qin Gang", Mention.PERSON),
        m("Gan", Mention.PERSON))));
    assertEquals(List.of("Joe Biden", "Jill Bidan", "Bidn"), canonicals(List.of(m("Joe Biden", Mention.PERSON),
        m("Jill Bidan", Mention.PERSON), m("Bidn", Mention.PERSON))));
  }

  @Test
  void twoPeopleWithOneSurnameTakeTheNearestPreceding() {
    assertEquals(List.of("Joe Biden", "Joe Biden", "Hunter Biden", "Hunter Biden"), canonicals(List.of(
        m("Joe Biden", Mention.PERSON), m("Biden", Mention.PERSON), m("Hunter Biden", Mention.PERSON),
        m("Biden", Mention.PERSON))));
  }

  @Test
  void otherTypesLinkShortFormsToLongerOnes() {
    assertEquals(List.of("Chinese Communist Party", "Chinese Communist Party", "Reuters"), canonicals(List.of(
        m("Chinese Communist Party", Mention.ORGANIZATION), m("Communist Party", Mention.ORGANIZATION),
        m("Reuters", Mention.ORGANIZATION))));
  }

  @Test
  void anAcronymTakesTheNameItSpellsOut() {
    List<Mention> linked = NameLinker.link(List.of(m("National League for Democracy", Mention.ORGANIZATION),
        m("NLD", Mention.MISC), m("NLB", Mention.ORGANIZATION)));
    assertEquals(List.of("National League for Democracy", "National League for Democracy", "NLB"),
        linked.stream().map(Mention::canonical).toList(), "NLB spells out no name here");
    assertEquals(Mention.ORGANIZATION, linked.get(1).type(), "the acronym takes the type of its name");
  }
}
