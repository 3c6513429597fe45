package org.parallax.extract.entity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Within-article coreference of names, simple and precise: a shorter form ("Blinken") takes as canonical name the
 * longest full form of the same type in the article whose last words it repeats ("Antony Blinken"). A one-word
 * person mention one misspelling away from exactly one person's surname ("Gan" beside "Qin Gang") links to that
 * person; failing a surname, a one-word person mention that repeats a full name's first word ("Xi" beside "Xi
 * Jinping": Chinese names put the family name first) links to it. (A one-word name of another type that repeats
 * either word of a person's full name has been retyped as a person before, by {@link Surnames}.) When several full
 * forms share the short form (two Bidens), the nearest preceding one wins; a mention that matches nothing keeps its
 * own text. An acronym takes as canonical name (and type) the longest name in the article that it spells out ("NLD"
 * and "the National League for Democracy").
 */
public final class NameLinker {

  private NameLinker() {}

  /** {@code mentions} of one article, in text order, each with its canonical name (and type) set. */
  public static List<Mention> link(List<Mention> mentions) {
    List<Mention> out = new ArrayList<>(mentions.size());
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      Mention longForm = longForm(mentions, m);
      if (longForm != null) {
        out.add(m.withType(longForm.type()).withCanonical(longForm.text()));
        continue;
      }
      boolean oneWord = Names.words(m.text()).size() == 1;
      Mention target = bestFullForm(mentions, i, m.type(), false);
      if (target == null && oneWord && m.type().equals(Mention.PERSON)) {
        target = bestFullForm(mentions, i, Mention.PERSON, true);
      }
      if (target == null && m.type().equals(Mention.PERSON) && Names.words(m.text()).size() == 1) {
        target = nearMissSurname(mentions, m);
      }
      out.add(target == null ? m : m.withCanonical(target.text()));
    }
    return out;
  }

  /** For an acronym, the longest mention in the article that it spells out ("NLD": "National League for Democracy"). */
  private static Mention longForm(List<Mention> mentions, Mention m) {
    if (!Acronyms.isAcronym(m.text())) {
      return null;
    }
    Mention best = null;
    for (Mention candidate : mentions) {
      if (Acronyms.spellsOut(m.text(), candidate.text())
          && (best == null || candidate.text().length() > best.text().length())) {
        best = candidate;
      }
    }
    return best;
  }

  private static Mention bestFullForm(List<Mention> mentions, int index, String type, boolean firstWord) {
    List<String> words = Names.words(mentions.get(index).text());
    Mention best = null;
    int bestLength = 0;
    int bestDistance = Integer.MAX_VALUE;
    for (int j = 0; j < mentions.size(); j++) {
      Mention candidate = mentions.get(j);
      if (j == index || !candidate.type().equals(type)) {
        continue;
      }
      List<String> full = Names.words(candidate.text());
      boolean matches = firstWord ? words.size() == 1 && full.size() > 1 && full.get(0).equals(words.get(0))
          : refersTo(words, full);
      if (!matches) {
        continue;
      }
      // Prefer the longest form; among equally long ones, the nearest preceding, then the nearest following.
      int distance = j < index ? index - j : mentions.size() + j - index;
      if (full.size() > bestLength || (full.size() == bestLength && distance < bestDistance)) {
        best = candidate;
        bestLength = full.size();
        bestDistance = distance;
      }
    }
    return best;
  }

  /** Whether {@code shortForm} is a strictly shorter form of {@code full}: its last words, or first and last. */
  private static boolean refersTo(List<String> shortForm, List<String> full) {
    if (shortForm.size() >= full.size()) {
      return false;
    }
    if (full.subList(full.size() - shortForm.size(), full.size()).equals(shortForm)) {
      return true;
    }
    return shortForm.size() >= 2 && shortForm.get(0).equals(full.get(0))
        && shortForm.get(shortForm.size() - 1).equals(full.get(full.size() - 1));
  }

  private static Mention nearMissSurname(List<Mention> mentions, Mention m) {
    String word = Names.words(m.text()).get(0);
    Set<String> persons = new LinkedHashSet<>();
    Mention found = null;
    for (Mention candidate : mentions) {
      List<String> full = Names.words(candidate.text());
      if (candidate.type().equals(Mention.PERSON) && full.size() >= 2) {
        String surname = full.get(full.size() - 1);
        if (surname.equals(word)) {
          return null;
        }
        if (Names.nearMiss(word, surname)) {
          persons.add(String.join(" ", full));
          if (found == null || full.size() > Names.words(found.text()).size()) {
            found = candidate;
          }
        }
      }
    }
    return persons.size() == 1 ? found : null;
  }
}
