package org.parallax.extract.quote;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How far a cue reaches around its verb, as PolNeAR draws it: auxiliaries and adverbs before ("has also said"),
 * a particle, a weekday or "in a statement" after ("referring to", "said Friday"), and the time adjuncts that stand
 * between a cue and its content without belonging to either ("said on Monday the ...").
 */
final class CueExtent {

  /** Words kept in the cue before the verb: auxiliaries and adverbs ("has also said", "now says"). */
  private static final Set<String> AUX = Set.of("has", "have", "had", "is", "are", "was", "were", "also", "now",
      "later", "recently", "repeatedly", "once", "again", "previously", "did", "does", "do", "not", "never", "would",
      "will", "often", "initially", "since", "further", "then", "just", "first");

  /**
   * Particles that PolNeAR's training part keeps in the cue after these verbs ("referring to" 41 times, "called
   * for" 26, "pointed to" 18, "talking about" 17), by verb form.
   */
  private static final Map<String, String> PARTICLES = particles();

  private static Map<String, String> particles() {
    Map<String, String> m = new java.util.HashMap<>();
    String[][] table = {{"refer", " to "}, {"call", " for on "}, {"point", " to out "}, {"talk", " about "},
      {"ask", " about for "}, {"speak", " about "}, {"rail", " against "}, {"focus", " on "}, {"brag", " about "},
      {"warn", " of "}, {"wonder", " about "}, {"complain", " about "}, {"lash", " out "}};
    for (String[] row : table) {
      for (String form : Cues.forms(row[0])) {
        m.put(form, row[1]);
      }
    }
    m.put("spoke", " about ");
    return Map.copyOf(m);
  }

  private static final Set<String> PARTS_OF_DAY = Set.of("morning", "afternoon", "evening", "night");

  private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "yesterday", "today", "tonight");

  /** In PolNeAR's training part "said in a statement" is one cue 55 times in 86, "said in an interview" 21 in 53. */
  private static final Set<String> MEDIA = Set.of("statement");

  private CueExtent() {}

  /** The last token of the cue whose verb is token {@code i}: the verb, its particle, weekday or "in a statement". */
  static int end(List<Tok> toks, int i) {
    int j = i;
    String particle = PARTICLES.get(toks.get(i).norm());
    if (particle != null && j + 1 < toks.size() && particle.contains(" " + toks.get(j + 1).norm() + " ")) {
      return j + 1;
    }
    if (j + 1 < toks.size() && WEEKDAYS.contains(toks.get(j + 1).norm())) {
      j++;
      if (j + 1 < toks.size() && PARTS_OF_DAY.contains(toks.get(j + 1).norm())) {
        j++;
      }
    } else if (j + 3 < toks.size() && toks.get(j + 1).isWord("in") && (toks.get(j + 2).isWord("a")
        || toks.get(j + 2).isWord("an")) && MEDIA.contains(toks.get(j + 3).norm())) {
      j += 3;
    }
    return j;
  }

  /** Whether a word before the verb belongs to the cue: an auxiliary or an adverb ("has also", "repeatedly"). */
  static boolean isAux(Tok t) {
    return t.isWord() && !t.capitalised() && (AUX.contains(t.norm())
        || (t.norm().endsWith("ly") && t.norm().length() > 4 && !t.norm().equals("only")));
  }

  /** Past a time adjunct after the cue ({@code said on Monday the talks ...}, {@code said last week}). */
  static int skipWhen(List<Tok> toks, int j) {
    if (j + 1 < toks.size() && (toks.get(j).isWord("on") || toks.get(j).isWord("last"))
        && (WEEKDAYS.contains(toks.get(j + 1).norm()) || toks.get(j + 1).isWord("week"))) {
      j += 2;
      while (j < toks.size() && PARTS_OF_DAY.contains(toks.get(j).norm())) {
        j++;
      }
    }
    return j;
  }
}
