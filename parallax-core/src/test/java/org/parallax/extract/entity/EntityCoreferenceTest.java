package org.parallax.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EntityCoreferenceTest {

  /** One-sentence-per-line document; mentions given as {start, end} token spans. */
  private static EntityCoreference.Document doc(String id, String text, List<EntityCoreference.Name> names,
      int[]... mentions) {
    List<String> tokens = new ArrayList<>();
    List<Integer> sentences = new ArrayList<>();
    String[] lines = text.split("\n");
    for (int s = 0; s < lines.length; s++) {
      for (String t : lines[s].split(" ")) {
        tokens.add(t);
        sentences.add(s);
      }
    }
    return new EntityCoreference.Document(id, tokens, sentences, names, Arrays.asList(mentions));
  }

  private static Set<Set<String>> entities(List<EntityCoreference.Document> docs,
      EntityCoreference.Strategy strategy) {
    return EntityCoreference.resolve(docs, strategy).stream()
        .map(e -> e.stream().map(r -> {
          EntityCoreference.Document d = docs.get(r.document());
          int[] span = d.mentions().get(r.mention());
          return d.id() + ":" + String.join(" ", d.tokens().subList(span[0], span[1]));
        }).collect(Collectors.toSet()))
        .collect(Collectors.toSet());
  }

  private static final List<EntityCoreference.Document> TOPIC = List.of(
      doc("a", "Escaped inmate Arcade Comeaux fled .\nHe had a gun .",
          List.of(new EntityCoreference.Name(2, 4, Mention.PERSON, "Arcade Comeaux")),
          new int[] {2, 4}, new int[] {6, 7}, new int[] {9, 10}),
      doc("b", "The inmate was caught with guns by the guards of the prison .\nComeaux surrendered .",
          List.of(new EntityCoreference.Name(13, 14, Mention.PERSON, "Comeaux")),
          new int[] {0, 2}, new int[] {5, 6}, new int[] {7, 12}, new int[] {13, 14}));

  @Test
  void baselineGroupsByHeadLemmaOnly() {
    assertEquals(Set.of(Set.of("a:Arcade Comeaux", "b:Comeaux"), Set.of("a:He"), Set.of("a:gun", "b:guns"),
        Set.of("b:The inmate"), Set.of("b:the guards of the prison")),
        entities(TOPIC, EntityCoreference.Strategy.SAME_HEAD_LEMMA));
  }

  /** "inmate" stands before Comeaux's name, "He" agrees with the preceding person name. */
  @Test
  void namesRolesAndPronounsJoinThePerson() {
    assertEquals(Set.of(Set.of("a:Arcade Comeaux", "a:He", "b:The inmate", "b:Comeaux"), Set.of("a:gun", "b:guns"),
        Set.of("b:the guards of the prison")),
        entities(TOPIC, EntityCoreference.Strategy.NAMES_HEADS_PRONOUNS));
  }

  @Test
  void headIsTheLastWordBeforeAPreposition() {
    List<String> tokens = List.of("the", "leader", "of", "the", "group", "'s", "army");
    assertEquals(1, EntityCoreference.head(tokens, new int[] {0, 5}));
    assertEquals(6, EntityCoreference.head(tokens, new int[] {3, 7}));
    assertEquals("guard", EntityCoreference.lemma("Guards"));
  }
}
