package org.parallax.extract.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cross-document reconciliation of person names: spelling and transliteration variants of one person ("Antony
 * Blinken", "Anthony Blinken") become one, while different people who share a surname ("Joe Biden", "Jill Biden")
 * stay apart. Two full names merge when their surnames are equal and their first names are at most one edit apart
 * (or equal); a one-word name ("Gang", "Gan") joins the single group whose surname it equals or misses by one
 * letter, and stays alone when none or several match. An acronym joins the one name it spells out
 * ({@link #spelledOut}).
 */
public final class NameReconciler {

  private NameReconciler() {}

  /**
   * For each of {@code names} (canonical person names from several articles), the name that represents its group:
   * the group's first name in {@code names} order. Every input name is a key; equal inputs count once.
   */
  public static Map<String, String> reconcile(List<String> names) {
    List<String> distinct = new ArrayList<>(new LinkedHashSet<>(names));
    int[] parent = UnionFind.singletons(distinct.size());
    List<List<String>> words = distinct.stream().map(Names::words).toList();
    for (int i = 0; i < distinct.size(); i++) {
      for (int j = i + 1; j < distinct.size(); j++) {
        if (words.get(i).size() >= 2 && words.get(j).size() >= 2 && sameFullName(words.get(i), words.get(j))) {
          UnionFind.union(parent, i, j);
        }
      }
    }
    for (int i = 0; i < distinct.size(); i++) {
      if (words.get(i).size() == 1) {
        Set<Integer> groups = new LinkedHashSet<>();
        for (int j = 0; j < distinct.size(); j++) {
          List<String> full = words.get(j);
          if (full.size() >= 2 && matchesSurname(words.get(i).get(0), full.get(full.size() - 1))) {
            groups.add(UnionFind.find(parent, j));
          }
        }
        if (groups.size() == 1) {
          UnionFind.union(parent, groups.iterator().next(), i);
        }
      }
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < distinct.size(); i++) {
      out.put(distinct.get(i), distinct.get(UnionFind.find(parent, i)));
    }
    return out;
  }

  /**
   * The acronyms among {@code names} (canonical names from several articles) that spell out exactly one of the
   * others ("NLD": "National League for Democracy"), each with that name; an acronym that spells out none or
   * several is left out.
   */
  public static Map<String, String> spelledOut(List<String> names) {
    List<String> distinct = new ArrayList<>(new LinkedHashSet<>(names));
    Map<String, String> out = new LinkedHashMap<>();
    for (String acronym : distinct) {
      if (!Acronyms.isAcronym(acronym)) {
        continue;
      }
      Set<String> spelled = new LinkedHashSet<>();
      for (String name : distinct) {
        if (Acronyms.spellsOut(acronym, name)) {
          spelled.add(name);
        }
      }
      if (spelled.size() == 1) {
        out.put(acronym, spelled.iterator().next());
      }
    }
    return out;
  }

  private static boolean sameFullName(List<String> a, List<String> b) {
    if (!a.get(a.size() - 1).equals(b.get(b.size() - 1))) {
      return false;
    }
    String firstA = a.get(0);
    String firstB = b.get(0);
    return firstA.equals(firstB) || Names.nearMiss(firstA, firstB);
  }

  private static boolean matchesSurname(String word, String surname) {
    return word.equals(surname) || Names.nearMiss(word, surname);
  }
}
