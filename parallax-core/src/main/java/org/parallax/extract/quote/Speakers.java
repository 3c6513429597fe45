package org.parallax.extract.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.model.Span;

/**
 * The person names of one article and the speaker each source stands for: a name resolves to the longest form of it
 * seen in the article ("Blinken" to "Antony Blinken"); a relative "who" to the name just before it; "he"/"she" to
 * the speaker of the attribution just before, or
 * else the nearest preceding person name, when either lies within the last few sentences; a description ("the
 * spokesperson", "the minister") to the nearest preceding person named next to that word. Anything else keeps its
 * source text.
 */
final class Speakers {

  /** Titles and roles stripped from the front of a name ("Secretary of State Antony Blinken"). */
  private static final Set<String> TITLES = Set.of("mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.", "gen.",
      "president", "secretary", "minister", "senator", "governor", "spokesperson", "spokesman", "spokeswoman",
      "state", "foreign", "prime", "vice", "former", "chairman", "chairwoman", "director", "chief", "judge",
      "justice", "mayor", "us", "u.s.", "chinese", "american", "british", "russian", "speaker", "house", "councilor",
      "candidate", "democrat", "republican", "democratic", "the", "but", "and", "in", "on", "at", "according", "when",
      "while", "if", "as", "after", "before", "moreover", "meanwhile", "however", "earlier", "later", "it", "then",
      "a", "an", "read", "so", "this", "that", "although", "though", "during", "since", "because", "there", "ambassador",
      "general", "lt.", "col.", "capt.", "professor", "prof.", "rev.", "pope", "king", "queen", "prince", "lord",
      "sir", "dame", "officer", "official", "leader", "first", "lady", "attorney", "defense", "defence", "party",
      "department", "sec.", "gop", "white", "nominee", "presidential", "congressman", "congresswoman", "analyst");

  /** Words that make a capitalised run an organisation or a place rather than a person. */
  private static final Set<String> NOT_PERSON = Set.of("department", "ministry", "party", "council", "committee",
      "commission", "republic", "states", "union", "court", "congress", "senate", "news", "times", "post", "press",
      "agency", "office", "foundation", "university", "institute", "association", "bank", "fund", "organization",
      "sea", "house", "city", "county", "street", "journal", "english", "network", "service", "center", "centre",
      "group", "campaign", "administration", "company", "inc.", "corp.", "america", "china", "kingdom", "nations",
      "war", "day", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
      "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
      "twitter", "facebook", "reuters", "cnn", "fox", "abc", "nbc", "cbs", "msnbc", "afp", "cctv", "ap", "media");

  /** Role words a description source may end with. */
  private static final Set<String> ROLES = Set.of("spokesperson", "spokesman", "spokeswoman", "minister",
      "secretary", "president", "senator", "governor", "official", "diplomat", "ambassador", "chairman",
      "chairwoman", "director", "candidate", "nominee", "mayor", "leader", "chief", "judge", "lawmaker",
      "congressman", "congresswoman", "businessman", "businesswoman", "billionaire", "democrat", "republican",
      "general", "commander", "premier", "chancellor", "envoy", "aide", "adviser", "advisor", "executive",
      "founder", "author", "professor", "analyst", "economist", "attorney", "lawyer", "prosecutor", "sheriff",
      "councilor", "representative", "manager", "strategist", "pollster", "host", "anchor", "mogul", "speaker");

  private static final Set<String> HE_SHE = Set.of("he", "she", "him", "her");

  /** How far back, in characters, a pronoun looks for its person. */
  private static final int PRONOUN_REACH = 700;

  /** A person-like name occurrence: its span, its words and the words just before it. */
  record Mention(Span span, List<String> words, List<String> context) {
    String name() {
      return String.join(" ", words);
    }
  }

  private final List<Mention> mentions;
  private final Map<String, String> canonical = new HashMap<>();

  private Speakers(List<Mention> mentions) {
    this.mentions = mentions;
    Map<String, Integer> freq = new HashMap<>();
    mentions.forEach(m -> freq.merge(m.name(), 1, Integer::sum));
    for (Mention m : mentions) {
      String last = key(m.words().get(m.words().size() - 1));
      String best = canonical.get(last);
      if (best == null || better(m.name(), best, freq)) {
        canonical.put(last, m.name());
      }
    }
  }

  /** The names of {@code text}, read from its words outside quotes. */
  static Speakers of(String text, List<Span> quoteParts) {
    List<Tok> toks = Lexer.lex(text, new Span(0, text.length()), quoteParts);
    List<Mention> out = new ArrayList<>();
    int i = 0;
    while (i < toks.size()) {
      if (!toks.get(i).capitalised()) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < toks.size() && toks.get(j + 1).capitalised()
          && !text.substring(toks.get(j).end(), toks.get(j + 1).start()).contains("\n")
          && text.substring(toks.get(j).end(), toks.get(j + 1).start()).isBlank()) {
        j++;
      }
      int s = i;
      while (s <= j && TITLES.contains(toks.get(s).norm())) {
        s++;
      }
      List<String> words = new ArrayList<>();
      boolean person = true;
      for (int k = s; k <= j; k++) {
        String w = toks.get(k).raw().replaceAll("['’]s$", "");
        words.add(w);
        person &= !NOT_PERSON.contains(toks.get(k).norm().replaceAll("'s$", ""));
      }
      if (!words.isEmpty() && person) {
        List<String> context = new ArrayList<>();
        for (int k = Math.max(0, i - 7); k < Math.min(toks.size(), j + 5); k++) {
          if (toks.get(k).isWord() && (k < s || k > j)) {
            context.add(toks.get(k).norm());
          }
        }
        out.add(new Mention(new Span(toks.get(s).start(), toks.get(j).end()), words, context));
      }
      i = j + 1;
    }
    return new Speakers(out);
  }

  /** The canonical name for a source at {@code source}, given the speaker of the attribution just before. */
  String resolve(String text, Span source, String previousSpeaker, int previousEnd) {
    String raw = source.of(text);
    List<Tok> words = Lexer.lex(text, source, List.of()).stream().filter(Tok::isWord).toList();
    if (words.isEmpty()) {
      return raw;
    }
    if (words.size() == 1 && HE_SHE.contains(words.get(0).norm())) {
      if (previousSpeaker != null && previousEnd >= 0 && source.start() - previousEnd <= PRONOUN_REACH
          && isPerson(previousSpeaker)) {
        return previousSpeaker;
      }
      Mention m = nearestBefore(source.start(), null);
      return m == null ? raw : canonical(m);
    }
    if (words.size() == 1 && words.get(0).isWord("who")) {
      Mention m = nearestBefore(source.start(), null);
      return m == null || source.start() - m.span().end() > 3 ? raw : canonical(m);
    }
    String first = words.get(0).norm();
    String last = words.get(words.size() - 1).norm();
    if ((first.equals("the") || first.equals("this")) && ROLES.contains(last) && words.size() <= 4) {
      Mention m = nearestBefore(source.start(), last);
      return m == null ? raw : canonical(m);
    }
    for (Mention m : mentions) {
      if (source.contains(m.span()) && canonical(m).indexOf(' ') > 0) {
        return canonical(m);
      }
    }
    return raw;
  }

  private boolean isPerson(String name) {
    return name.indexOf(' ') > 0 && mentions.stream().anyMatch(m -> m.name().equals(name));
  }

  private Mention nearestBefore(int pos, String role) {
    for (int k = mentions.size() - 1; k >= 0; k--) {
      Mention m = mentions.get(k);
      if (m.span().end() > pos) {
        continue;
      }
      if (role == null && pos - m.span().end() > PRONOUN_REACH) {
        return null;
      }
      if (canonical(m).indexOf(' ') > 0 && (role == null || m.context().contains(role))) {
        return m;
      }
    }
    return null;
  }

  private String canonical(Mention m) {
    return canonical.getOrDefault(key(m.words().get(m.words().size() - 1)), m.name());
  }

  private static String key(String word) {
    return org.parallax.text.Tokenizer.normalise(word);
  }

  /** Longer (in words that are not initials) wins, then the more frequent, then the one seen first. */
  private static boolean better(String candidate, String best, Map<String, Integer> freq) {
    int a = fullWords(candidate);
    int b = fullWords(best);
    if (a != b) {
      return a > b;
    }
    return freq.get(candidate) > freq.get(best);
  }

  private static int fullWords(String name) {
    int n = 0;
    for (String w : name.split(" ")) {
      if (!(w.length() == 2 && w.endsWith("."))) {
        n++;
      }
    }
    return n;
  }
}
