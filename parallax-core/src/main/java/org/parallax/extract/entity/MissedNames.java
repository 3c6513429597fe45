package org.parallax.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.model.Span;

/**
 * A person's surname, or a one-letter misspelling of it, that the name finder passed over ("Gan" beside "Qin
 * Gang") becomes a mention of that person. The word must stand alone (no capitalised word beside it), not open its
 * sentence, have at least three letters, start with a capital and match the surname of exactly one person named in
 * full in the article. A misspelling the finder took for a name of another type ("Gan" as MISC) is retyped the same
 * way, unless the model's gazetteers list the word. The article's own names are the evidence.
 */
final class MissedNames {

  private MissedNames() {}

  /**
   * {@code mentions} (linked, spans in code points, text order) with the missed surnames added, in text order.
   *
   * @param known the names of the model's gazetteers, which are never taken for a misspelt surname
   */
  static List<Mention> add(String text, List<List<NerTokenizer.Token>> sentences, List<Mention> mentions,
      Set<String> known) {
    // Surname -> the canonical names of the persons named in full with it.
    Map<String, Set<String>> surnames = new HashMap<>();
    for (Mention m : mentions) {
      List<String> words = m.type().equals(Mention.PERSON) && !m.role() ? Names.words(m.text()) : List.of();
      if (words.size() > 1) {
        surnames.computeIfAbsent(words.get(words.size() - 1), w -> new LinkedHashSet<>()).add(m.canonical());
      }
    }
    if (surnames.isEmpty()) {
      return mentions;
    }
    boolean sameIndexes = text.length() == text.codePointCount(0, text.length());
    List<Span> taken = new ArrayList<>();
    for (Mention m : mentions) {
      taken.add(sameIndexes ? m.span() : Names.toIndexes(text, m.span()));
    }
    List<Mention> out = new ArrayList<>(mentions);
    for (List<NerTokenizer.Token> tokens : sentences) {
      for (int k = 1; k < tokens.size(); k++) {
        NerTokenizer.Token token = tokens.get(k);
        if (!isLoneCapitalised(tokens, k)) {
          continue;
        }
        int typed = -1;
        boolean free = true;
        for (int m = 0; m < taken.size() && free; m++) {
          if (taken.get(m).overlaps(token.span())) {
            free = false;
            Mention mention = mentions.get(m);
            if (taken.get(m).equals(token.span()) && !mention.type().equals(Mention.PERSON) && !mention.role()
                && !known.contains(token.form())) {
              typed = m;
            }
          }
        }
        if (!free && typed < 0) {
          continue;
        }
        String word = Names.words(token.form()).get(0);
        Set<String> persons = new LinkedHashSet<>();
        for (Map.Entry<String, Set<String>> surname : surnames.entrySet()) {
          if ((free && word.equals(surname.getKey())) || Names.nearMiss(word, surname.getKey())) {
            persons.addAll(surname.getValue());
          }
        }
        if (persons.size() == 1) {
          Span chars = token.span();
          Mention person = new Mention(sameIndexes ? chars : chars.toCodePoints(text), token.form(), Mention.PERSON,
              persons.iterator().next());
          if (free) {
            out.add(person);
          } else {
            out.set(out.indexOf(mentions.get(typed)), person);
          }
        }
      }
    }
    if (out.equals(mentions)) {
      return mentions;
    }
    out.sort(Comparator.comparing(Mention::span));
    return out;
  }

  private static boolean isLoneCapitalised(List<NerTokenizer.Token> tokens, int k) {
    String form = tokens.get(k).form();
    if (form.length() < 3 || !Character.isUpperCase(form.charAt(0))
        || !form.codePoints().skip(1).allMatch(Character::isLowerCase)) {
      return false;
    }
    return !startsUpper(tokens, k - 1) && (k + 1 >= tokens.size() || !startsUpper(tokens, k + 1));
  }

  private static boolean startsUpper(List<NerTokenizer.Token> tokens, int i) {
    return Character.isUpperCase(tokens.get(i).form().charAt(0));
  }
}
