package org.parallax.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Finds the two events a story has taken in. Look-alike events (two rehab check-ins, two fires at one chain's shops)
 * share most words, so the first article of the second event can join a story of the first while nothing in its lead
 * contradicts it yet; from then on the story holds both events' particulars and no later article contradicts it.
 * Once the story has members enough, the two groups show in what their leads name: one group's members all mention
 * a name (in any of their words) that the other group's never do, and the other group's leads name, several times
 * over, someone the first group never mentions. Such a story is split in two.
 *
 * <p>Only names read from the leads count (the kinds whose contradiction weight is above zero), each looked up in
 * every word of a member, so that a name a member merely leaves out of its lead does not set it apart. Each group
 * must have {@code minPart} members at least, and each group's name must be named by {@code minPart} of its own
 * members: one article naming a stranger is a detail, several naming him are another event.
 */
final class StorySplitter {

  /** What a story remembers of one member, to rebuild both halves after a split. */
  record Member(String articleId, long arrival, Map<String, Float> terms, Map<String, Float> names,
      float[] embedding, int textWords, double hour, Particulars particulars) {

    /** Whether the member's words (title and lead, stemmed) mention {@code name}. */
    boolean mentions(String name) {
      return terms.containsKey(name);
    }
  }

  /**
   * Where a story splits: the members of the part that leaves, and the two names that tell the parts apart.
   *
   * @param leaving indices of the members that leave, in member order
   * @param stayingName the name all staying members mention and no leaving member does
   * @param leavingName the name leaving members' leads give and no staying member mentions
   */
  record Split(List<Integer> leaving, String stayingName, String leavingName) {

    /** The members of the smaller part: the leaving ones, since the larger part stays. */
    int smaller() {
      return leaving.size();
    }
  }

  private final int minPart;
  private final List<Function<Particulars, Set<String>>> kinds;

  /**
   * @param minPart the fewest members each part must have, and the fewest members of a part whose leads must give
   *     its name
   * @param kinds the kinds of names that count (persons, places, organisations)
   */
  StorySplitter(int minPart, List<Function<Particulars, Set<String>>> kinds) {
    if (minPart < 1) {
      throw new IllegalArgumentException("minPart must be at least 1, got: " + minPart);
    }
    this.minPart = minPart;
    this.kinds = List.copyOf(kinds);
  }

  /** The kinds of names the contradiction weights {@code c} count. */
  static List<Function<Particulars, Set<String>>> kindsOf(EvidenceClusterer.Contradictions c) {
    List<Function<Particulars, Set<String>>> out = new ArrayList<>();
    if (c.persons() > 0) {
      out.add(Particulars::persons);
    }
    if (c.organisations() > 0) {
      out.add(Particulars::organisations);
    }
    if (c.places() > 0) {
      out.add(Particulars::places);
    }
    return out;
  }

  /**
   * The split of {@code members} with the most even parts, or null when no name divides them as the class comment
   * says. The larger part is the one that stays (of two equal parts, the one holding the oldest member).
   * Deterministic: kinds are tried in their order, names in their natural order.
   */
  Split split(List<Member> members) {
    if (members.size() < 2 * minPart || kinds.isEmpty()) {
      return null;
    }
    Split best = null;
    for (Function<Particulars, Set<String>> kind : kinds) {
      for (Map.Entry<String, Integer> e : namedBy(members, null, kind).entrySet()) {
        Split split = e.getValue() < minPart ? null : divide(members, e.getKey(), kind);
        if (split != null && (best == null || split.smaller() > best.smaller())) {
          best = split;
        }
      }
    }
    return best;
  }

  /**
   * The split between the members that mention {@code name} and those that do not, or null when a part is too small
   * or the second part's leads name no one of {@code kind} that the first never mentions.
   */
  private Split divide(List<Member> members, String name, Function<Particulars, Set<String>> kind) {
    boolean[] mentioning = new boolean[members.size()];
    int withName = 0;
    for (int i = 0; i < members.size(); i++) {
      mentioning[i] = members.get(i).mentions(name);
      withName += mentioning[i] ? 1 : 0;
    }
    if (Math.min(withName, members.size() - withName) < minPart) {
      return null;
    }
    String other = otherName(members, mentioning, kind);
    if (other == null) {
      return null;
    }
    // The larger part stays; of two equal parts, the one holding the oldest member.
    boolean nameStays = withName * 2 > members.size() || (withName * 2 == members.size() && mentioning[0]);
    List<Integer> leaving = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      if (mentioning[i] != nameStays) {
        leaving.add(i);
      }
    }
    return nameStays ? new Split(leaving, name, other) : new Split(leaving, other, name);
  }

  /**
   * A name the leads of {@code minPart} members without the first name give, that no member with the first name
   * mentions; null when there is none. The first such name in natural order.
   */
  private String otherName(List<Member> members, boolean[] mentioning, Function<Particulars, Set<String>> kind) {
    Map<String, Integer> named = namedBy(members, mentioning, kind);
    for (Map.Entry<String, Integer> e : named.entrySet()) {
      if (e.getValue() < minPart) {
        continue;
      }
      boolean strange = true;
      for (int i = 0; i < members.size() && strange; i++) {
        strange = !(mentioning[i] && members.get(i).mentions(e.getKey()));
      }
      if (strange) {
        return e.getKey();
      }
    }
    return null;
  }

  /**
   * How many members' leads name each name of the counted kinds, in natural order; only members for which
   * {@code mentioning} is false, when it is given.
   */
  private Map<String, Integer> namedBy(List<Member> members, boolean[] mentioning,
      Function<Particulars, Set<String>> kind) {
    Map<String, Integer> named = new TreeMap<>();
    for (int i = 0; i < members.size(); i++) {
      if (mentioning != null && mentioning[i]) {
        continue;
      }
      Particulars p = members.get(i).particulars();
      if (!p.namesRead()) {
        continue;
      }
      kind.apply(p).forEach(n -> named.merge(n, 1, Integer::sum));
    }
    return named;
  }
}
