package org.parallax.extract.quote;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The reporting verbs that can be a cue, in every inflection, each with its strength.
 *
 * <p>A {@link Strength#SPEECH} verb ("said", "warned", "told") is a cue wherever it has a source or a content; a
 * {@link Strength#CLAUSE} verb ("found", "believes", "showed") only when a "that" clause or a quote follows it. The
 * list is our own, written from the reporting verbs in PolNeAR's training part (no third-party lexicon).
 */
final class Cues {

  /**
   * SPEECH: a cue with any source or content; CLAUSE: only before "that" or a quote; ACT: a verb PolNeAR annotates as
   * a cue often ("criticized", "endorsed", "called"), a cue when a source stands before it.
   */
  enum Strength { SPEECH, CLAUSE, ACT }

  /**
   * Word forms inside a gold cue at least 8 times and in at least half their occurrences in PolNeAR's training part
   * ({@code org.parallax.eval.CueLexiconFit.fit(train, 8, 0.5)}), less adverbs, adjectives and "according" (a rule of
   * its own). Fitted on the training part only: the dev part is what is scored.
   */
  private static final String[] FITTED = {
    "said", "says", "told", "wrote", "called", "asked", "saying", "added", "reported", "announced", "noted",
    "suggested", "argued", "expected", "calling", "described", "endorsed", "tweeted", "shows", "continued",
    "criticized", "showed", "declined", "accused", "seemed", "adding", "declared", "responded", "sought",
    "acknowledged", "refused", "referring", "offered", "agreed", "explained", "pointed", "expressed", "cited",
    "proposed", "writes", "urged", "appears", "claimed", "concluded", "defended", "promised", "warned", "hopes",
    "revealed", "issued", "citing", "noting", "vowed", "praised", "stated", "talked", "attacked", "recalled",
    "argue", "suggesting", "tells", "arguing", "asking", "denied", "insisted", "mentioned", "named", "questioned",
    "suggest", "denounced", "mention", "rejected", "indicated", "posted", "hoping", "notes", "suggests",
    "replied", "charged", "blasted", "confirmed", "dismissed", "predicted", "describing", "insist", "pointing",
    "admitted", "blamed", "claiming", "criticizing", "denouncing", "ordered", "promising", "recalling",
    "tweeting", "assured", "challenged", "complained", "condemned", "hoped", "referred", "refuses", "urging",
    "echoed", "finds", "nominated", "reiterated", "stressed", "wonder", "acknowledging", "cites", "decried",
    "discussed", "express", "railed", "warning", "acknowledge", "declaring", "explaining", "mocked",
    "questioning", "titled", "unveiled", "answered", "emailed", "announcing", "asserted", "deemed", "highlighted",
    "listed", "presented", "stating", "argues", "conceded", "endorses", "envision", "invoked", "joked",
    "portrayed", "refuse", "reminded", "ruled", "sounded", "voiced", "accusing", "asks", "boasted", "describes",
    "discussing", "encouraged", "expecting", "explains", "knocked", "recounted", "restricting", "slammed",
    "touted", "accuses", "adds", "announce", "concludes", "convinced", "emphasized", "eviscerated", "outlined",
    "pleaded", "projected", "reads", "refusing", "remarked", "slams", "sparred", "vows", "wondering", "angered",
    "articulated", "chants", "cry", "disclosed", "hints", "insisting", "lamented", "praises", "praising",
    "predicting", "proposing", "quotes", "recall", "repeating", "reveal", "ripped", "shouted", "signaled",
    "touting"
  };

  private static final String[] SPEECH = {
    "say", "tell", "add", "state", "stress", "warn", "claim", "insist", "assert", "declare", "tweet", "write", "note",
    "explain", "reply", "respond", "ask", "remark", "quip", "joke", "exclaim", "concede", "contend", "maintain",
    "allege", "comment", "announce", "report", "testify", "emphasize", "emphasise", "confirm", "deny", "recount",
    "reiterate", "counter", "retort", "argue", "acknowledge", "admit", "caution", "complain", "predict", "promise",
    "pledge", "vow", "urge", "boast", "brag", "lament", "shout", "scream", "chant", "whisper", "mutter", "proclaim",
    "recall", "observe", "posit", "reason", "suggest", "highlight", "underscore", "underline", "mention", "clarify",
    "charge", "conclude", "estimate", "muse", "wonder", "speculate", "insinuate", "implore", "assure", "reassure",
    "inform", "advise", "threaten", "demand", "post", "blog", "echo", "opine", "concur", "joke", "hint", "recollect",
    "stipulate", "specify", "affirm", "aver", "declare", "repeat", "continue"
  };

  private static final String[] CLAUSE = {
    "believe", "think", "know", "learn", "feel", "hope", "fear", "realize", "realise", "indicate",
    "reveal", "agree", "expect", "worry", "signal", "disclose", "imply", "decide", "determine", "conclude",
    "suspect", "doubt", "guess", "assume", "suppose", "forecast", "project", "calculate", "acknowledge", "understand",
    "recognize", "recognise", "discover", "demonstrate", "prove", "suggest", "insist"
  };

  private static final String[] NOUNS = {"state", "post", "report", "comment", "charge", "note", "counter",
    "posts", "notes", "reports", "comments", "charges", "claim", "claims", "reason", "estimate", "estimates",
    "demand", "demands", "promise", "promises", "echo", "continue", "hint", "muse", "blog", "caution", "warning",
    "remark", "remarks", "reply", "project", "forecast", "guess", "doubt", "fear", "hope", "vow",
    "pledge", "pledges", "states", "reasons", "demands", "shows", "finds", "plans", "plan", "vows", "promises"};

  private static final Map<String, String[]> IRREGULAR = Map.ofEntries(
      Map.entry("say", new String[] {"said"}), Map.entry("tell", new String[] {"told"}),
      Map.entry("write", new String[] {"wrote", "written"}), Map.entry("think", new String[] {"thought"}),
      Map.entry("know", new String[] {"knew", "known"}), Map.entry("find", new String[] {"found"}),
      Map.entry("feel", new String[] {"felt"}), Map.entry("hold", new String[] {"held"}),
      Map.entry("understand", new String[] {"understood"}), Map.entry("forecast", new String[] {"forecast"}),
      Map.entry("learn", new String[] {"learnt", "learned"}), Map.entry("prove", new String[] {"proven", "proved"}),
      Map.entry("show", new String[] {"shown", "showed"}));

  private static final Set<String> DOUBLING = Set.of("admit", "quip", "regret", "commit", "plan");

  private static final Map<String, Strength> FORMS = build();

  private Cues() {}

  /** The strength of {@code norm} (a normalised word) as a cue, or null when it is not a reporting verb form. */
  static Strength strength(String norm) {
    return FORMS.get(norm);
  }

  /** Every form of a verb: base, third person, past (and participle) and -ing. */
  static Set<String> forms(String base) {
    String b = base.toLowerCase(Locale.ROOT);
    java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
    out.add(b);
    out.add(third(b));
    out.add(ing(b));
    if (IRREGULAR.containsKey(b)) {
      out.addAll(java.util.List.of(IRREGULAR.get(b)));
    } else {
      out.add(past(b));
    }
    return out;
  }

  private static Map<String, Strength> build() {
    Map<String, Strength> m = new HashMap<>();
    for (String f : FITTED) {
      m.put(f, Strength.ACT);
    }
    for (String v : CLAUSE) {
      forms(v).forEach(f -> m.put(f, Strength.CLAUSE));
    }
    for (String v : SPEECH) {
      forms(v).forEach(f -> m.put(f, Strength.SPEECH));
    }
    // Forms that are mostly nouns in news ("state media", "a post", "the report"): a cue only before "that".
    for (String noun : NOUNS) {
      m.put(noun, Strength.CLAUSE);
    }
    for (String v : new String[] {"find", "show", "agree", "pledge", "vow", "promise", "refuse", "decline",
        "threaten"}) {
      forms(v).forEach(f -> m.putIfAbsent(f, Strength.ACT));
      forms(v).stream().filter(f -> m.get(f) == Strength.CLAUSE).forEach(f -> m.put(f, Strength.ACT));
    }
    return Map.copyOf(m);
  }

  private static String third(String b) {
    if (b.endsWith("s") || b.endsWith("sh") || b.endsWith("ch") || b.endsWith("x") || b.endsWith("z")
        || b.endsWith("o")) {
      return b + "es";
    }
    if (b.endsWith("y") && !isVowel(b.charAt(b.length() - 2))) {
      return b.substring(0, b.length() - 1) + "ies";
    }
    return b + "s";
  }

  private static String past(String b) {
    if (b.endsWith("e")) {
      return b + "d";
    }
    if (b.endsWith("y") && !isVowel(b.charAt(b.length() - 2))) {
      return b.substring(0, b.length() - 1) + "ied";
    }
    if (DOUBLING.contains(b)) {
      return b + b.charAt(b.length() - 1) + "ed";
    }
    return b + "ed";
  }

  private static String ing(String b) {
    if (b.endsWith("e") && !b.endsWith("ee")) {
      return b.substring(0, b.length() - 1) + "ing";
    }
    if (DOUBLING.contains(b)) {
      return b + b.charAt(b.length() - 1) + "ing";
    }
    return b + "ing";
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }
}
