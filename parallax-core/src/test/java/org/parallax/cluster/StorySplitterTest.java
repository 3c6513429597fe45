package org.parallax.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The split criterion on hand-made members: which names divide a story, and which do not. */
class StorySplitterTest {

  private static final StorySplitter PERSONS_AND_PLACES = new StorySplitter(2,
      List.of(Particulars::persons, Particulars::places));

  /** A member whose lead names {@code persons} and whose words are {@code words} (the names among them). */
  private static StorySplitter.Member member(String id, Set<String> persons, String... words) {
    Map<String, Float> terms = new HashMap<>();
    for (String w : words) {
      terms.put(w, 0.5f);
    }
    return new StorySplitter.Member(id, 0, terms, Map.of(), null, 200, Double.NaN,
        new Particulars(true, persons, Set.of(), Set.of(), Set.of(), Set.of()));
  }

  private static List<StorySplitter.Member> story(StorySplitter.Member... members) {
    return new ArrayList<>(List.of(members));
  }

  @Test
  void twoGroupsNamingTwoStrangersSplitAndTheLargerStays() {
    List<StorySplitter.Member> members = story(
        member("r1", Set.of("reid"), "reid", "rehab", "actress"),
        member("l1", Set.of("lohan"), "lohan", "rehab", "actress"),
        member("r2", Set.of("reid"), "reid", "rehab", "clinic"),
        member("l2", Set.of("lohan"), "lohan", "rehab", "court"),
        member("r3", Set.of(), "reid", "rehab", "malibu"));
    StorySplitter.Split split = PERSONS_AND_PLACES.split(members);
    assertEquals(List.of(1, 3), split.leaving());
    assertEquals("reid", split.stayingName());
    assertEquals("lohan", split.leavingName());
  }

  @Test
  void aNameTheOtherGroupMentionsDoesNotSplit() {
    List<StorySplitter.Member> members = story(
        member("r1", Set.of("reid"), "reid", "rehab"),
        member("l1", Set.of("lohan"), "lohan", "rehab"),
        member("r2", Set.of("reid"), "reid", "rehab", "lohan"),
        member("l2", Set.of("lohan"), "lohan", "rehab"));
    assertNull(PERSONS_AND_PLACES.split(members), "r2 mentions Lohan: one story that names both");
  }

  @Test
  void aStrangerNamedOnceIsADetail() {
    List<StorySplitter.Member> members = story(
        member("r1", Set.of("reid"), "reid", "rehab"),
        member("l1", Set.of("lohan"), "lohan", "rehab"),
        member("r2", Set.of("reid"), "reid", "rehab"),
        member("x", Set.of(), "rehab", "clinic"));
    assertNull(PERSONS_AND_PLACES.split(members), "one lead names Lohan: fewer than the two a part needs");
  }

  @Test
  void namesOfAnotherKindDoNotCount() {
    StorySplitter placesOnly = new StorySplitter(2, List.of(Particulars::places));
    List<StorySplitter.Member> members = story(
        member("r1", Set.of("reid"), "reid"),
        member("l1", Set.of("lohan"), "lohan"),
        member("r2", Set.of("reid"), "reid"),
        member("l2", Set.of("lohan"), "lohan"));
    assertEquals(List.of(1, 3), PERSONS_AND_PLACES.split(members).leaving());
    assertNull(placesOnly.split(members), "persons are not read when only places count");
  }

  @Test
  void tooFewMembersNeverSplit() {
    StorySplitter three = new StorySplitter(3, List.of(Particulars::persons));
    List<StorySplitter.Member> members = story(
        member("r1", Set.of("reid"), "reid"),
        member("l1", Set.of("lohan"), "lohan"),
        member("r2", Set.of("reid"), "reid"),
        member("l2", Set.of("lohan"), "lohan"),
        member("r3", Set.of("reid"), "reid"));
    assertNull(three.split(members), "parts of two and three members, below three each");
  }
}
