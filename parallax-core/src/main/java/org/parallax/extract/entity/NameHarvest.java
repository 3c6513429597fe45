package org.parallax.extract.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.StringList;
import org.parallax.model.Span;
import org.parallax.text.Sentences;

/**
 * Name lists harvested by pattern from unlabelled news text, for the name finder's gazetteer features.
 * Organisations: the run of capitalised words (with "&amp;", "of", "and" inside) right before a company designator
 * ("Pirelli SpA", "Bank of Boston Corp"), listed with and without the designator. Persons: the capitalised words
 * after an honorific or a title ("Mr John Smith", "Chairman Paul Volcker"), and the last two words of any capitalised
 * run whose last word was seen so ("James Baker" in "Treasury Secretary James Baker"). Locations: the dateline place
 * that opens a wire story ("SALVADOR, Feb 26 -"). A name is kept when it occurs in at least {@code minStories}
 * stories. Text is tokenised as the name finder tokenises it ({@link NerTokenizer}). Not thread-safe.
 */
public final class NameHarvest {

  /** The types harvested, each a list named {@code harvest-TYPE} inside the model. */
  public static final List<String> TYPES = List.of("PER", "ORG", "LOC");

  private static final Set<String> DESIGNATORS = Set.of(
      "Inc", "Inc.", "Corp", "Corp.", "Corporation", "Co", "Co.", "Cos", "Cos.", "Ltd", "Ltd.", "Limited", "Plc",
      "PLC", "plc", "AG", "SA", "S.A.", "NV", "N.V.", "SpA", "GmbH", "Group", "Holdings", "AB", "BV", "KK", "Pty",
      "LP", "L.P.", "Bhd", "Berhad");

  private static final Set<String> CONNECTORS = Set.of("&", "of", "and");

  private static final Set<String> HONORIFICS = Set.of(
      "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sir", "President", "Chairman", "Secretary", "Minister",
      "Governor", "Senator", "Sen.", "Rep.", "chairman", "president", "spokesman", "spokeswoman", "analyst",
      "economist");

  private static final Set<String> MONTHS = Set.of(
      "Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec",
      "January", "February", "August", "September", "October", "November", "December");

  private static final int MAX_PERSON_WORDS = 3;

  private final int minStories;
  private final Map<String, Map<String, Integer>> storyCounts = new TreeMap<>();
  private final Map<String, Integer> runStoryCounts = new HashMap<>();
  private final Map<String, Integer> lowerCounts = new HashMap<>();
  private final Map<String, Integer> capitalCounts = new HashMap<>();

  /** An empty harvest keeping names seen in at least {@code minStories} stories. */
  public NameHarvest(int minStories) {
    if (minStories < 1) {
      throw new IllegalArgumentException("minStories must be >= 1, got " + minStories);
    }
    this.minStories = minStories;
  }

  /** Reads one story's text (not its title: wire titles are in capitals and name nothing the text does not). */
  public void addStory(String text) {
    Set<String> found = new HashSet<>();
    Set<String> runs = new HashSet<>();
    String dateline = dateline(text);
    if (dateline != null) {
      found.add("LOC\t" + dateline);
    }
    for (Span sentence : Sentences.split(text)) {
      String[] tokens = NerTokenizer.tokens(text, sentence.start(), sentence.end()).stream()
          .map(NerTokenizer.Token::form).toArray(String[]::new);
      countCase(tokens);
      organisations(tokens, found);
      persons(tokens, found);
      twoWordEnds(tokens, runs);
    }
    found.forEach(f -> {
      int tab = f.indexOf('\t');
      storyCounts.computeIfAbsent(f.substring(0, tab), t -> new HashMap<>()).merge(f.substring(tab + 1), 1,
          Integer::sum);
    });
    runs.forEach(r -> runStoryCounts.merge(r, 1, Integer::sum));
  }

  /** The harvested names of {@code type} kept by the story count, sorted. */
  public Set<String> names(String type) {
    if (!TYPES.contains(type)) {
      throw new IllegalArgumentException("type must be one of " + TYPES + ", got '" + type + "'");
    }
    Set<String> out = new TreeSet<>();
    storyCounts.getOrDefault(type, Map.of()).forEach((name, count) -> {
      if (count >= minStories) {
        out.add(name);
      }
    });
    if (type.equals("PER")) {
      Set<String> surnames = new HashSet<>();
      for (String name : out) {
        surnames.add(name.substring(name.lastIndexOf(' ') + 1));
      }
      runStoryCounts.forEach((run, count) -> {
        if (count >= minStories && surnames.contains(run.substring(run.indexOf(' ') + 1))) {
          out.add(run);
        }
      });
    }
    return out;
  }

  /** One OpenNLP dictionary per type in {@code types}, named {@code harvest-TYPE}, in {@link #TYPES} order. */
  public Map<String, Dictionary> dictionaries(Set<String> types) {
    Map<String, Dictionary> out = new TreeMap<>();
    for (String type : TYPES) {
      if (types.contains(type)) {
        Dictionary dictionary = new Dictionary(true);
        names(type).forEach(n -> dictionary.put(new StringList(n.split(" "))));
        out.put("harvest-" + type, dictionary);
      }
    }
    return out;
  }

  /** The place of a dateline "NEW YORK, March 2 -" opening {@code text}, capitalised ("New York"), or null. */
  static String dateline(String text) {
    int comma = text.indexOf(',');
    if (comma < 2 || comma > 40) {
      return null;
    }
    String place = text.substring(0, comma).strip();
    String[] after = text.substring(comma + 1).strip().split("\\s+", 3);
    if (after.length < 3 || !MONTHS.contains(after[0]) || !after[1].matches("\\d{1,2}")
        || !after[2].startsWith("-")) {
      return null;
    }
    List<String> words = new ArrayList<>();
    for (String word : place.split("\\s+")) {
      String capitalised = WordClusters.capitalised(word);
      if (capitalised == null || !Character.isLetter(word.charAt(0))) {
        return null;
      }
      words.add(capitalised);
    }
    return String.join(" ", words);
  }

  private void countCase(String[] tokens) {
    for (int i = 1; i < tokens.length; i++) {
      String t = tokens[i];
      if (Character.isLowerCase(t.charAt(0))) {
        lowerCounts.merge(t, 1, Integer::sum);
      } else if (capitalisedWord(t) && wordBefore(tokens, i)) {
        capitalCounts.merge(t.toLowerCase(Locale.ROOT), 1, Integer::sum);
      }
    }
  }

  private void organisations(String[] tokens, Set<String> found) {
    for (int d = 1; d < tokens.length; d++) {
      if (!DESIGNATORS.contains(tokens[d]) || !capitalisedWord(tokens[d - 1]) && !tokens[d - 1].equals("&")) {
        continue;
      }
      int start = d;
      while (start > 0 && (capitalisedWord(tokens[start - 1]) || CONNECTORS.contains(tokens[start - 1]))
          && !DESIGNATORS.contains(tokens[start - 1])) {
        start--;
      }
      while (start < d && CONNECTORS.contains(tokens[start])) {
        start++;
      }
      start = withoutCommonOpening(tokens, start, d);
      int end = d;
      while (end > start && (CONNECTORS.contains(tokens[end - 1]) || DESIGNATORS.contains(tokens[end - 1]))) {
        end--;
      }
      if (end > start) {
        found.add("ORG\t" + join(tokens, start, d + 1));
        found.add("ORG\t" + join(tokens, start, end));
      }
    }
  }

  private void persons(String[] tokens, Set<String> found) {
    for (int h = 0; h + 1 < tokens.length; h++) {
      if (!HONORIFICS.contains(tokens[h])) {
        continue;
      }
      int end = h + 1;
      while (end < tokens.length && capitalisedWord(tokens[end]) && !HONORIFICS.contains(tokens[end])
          && !DESIGNATORS.contains(tokens[end])) {
        end++;
      }
      if (end > h + 1 && end - h - 1 <= MAX_PERSON_WORDS
          && (end == tokens.length || !DESIGNATORS.contains(tokens[end]))) {
        found.add("PER\t" + join(tokens, h + 1, end));
      }
    }
  }

  /** The last two words of each maximal capitalised run of two or more, for full names of harvested surnames. */
  private static void twoWordEnds(String[] tokens, Set<String> runs) {
    int i = 0;
    while (i < tokens.length) {
      if (!capitalisedWord(tokens[i])) {
        i++;
        continue;
      }
      int end = i;
      while (end < tokens.length && capitalisedWord(tokens[end])) {
        end++;
      }
      if (end - i >= 2 && (i > 0 || end - i >= 3)
          && !HONORIFICS.contains(tokens[end - 2]) && !DESIGNATORS.contains(tokens[end - 1])) {
        runs.add(tokens[end - 2] + " " + tokens[end - 1]);
      }
      i = end;
    }
  }

  /**
   * Skips the opening words of a run that begins a sentence or clause ("The", "In") when they are common words,
   * that is, written in lower case more often than capitalised inside sentences in the text read so far.
   */
  private int withoutCommonOpening(String[] tokens, int start, int end) {
    while (start < end && (start == 0 || !wordBefore(tokens, start)) && common(tokens[start])) {
      start++;
    }
    return start;
  }

  private boolean common(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return lowerCounts.getOrDefault(lower, 0) > capitalCounts.getOrDefault(lower, 0);
  }

  private static boolean wordBefore(String[] tokens, int i) {
    return i > 0 && Character.isLetterOrDigit(tokens[i - 1].charAt(0));
  }

  private static boolean capitalisedWord(String token) {
    return Character.isUpperCase(token.charAt(0)) && token.chars().anyMatch(Character::isLetter);
  }

  private static String join(String[] tokens, int from, int to) {
    return String.join(" ", List.of(tokens).subList(from, to));
  }
}
