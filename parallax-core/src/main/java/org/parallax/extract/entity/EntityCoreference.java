package org.parallax.extract.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;
import org.parallax.text.Stopwords;

/**
 * Cross-document entity coreference over the tokenised documents of one topic: groups mention spans (names,
 * nominals such as "the actress", pronouns) into entities.
 *
 * <p>Two strategies. {@link Strategy#SAME_HEAD_LEMMA}, the standard baseline of the cross-document coreference
 * literature, puts mentions whose head words share a lemma into one entity. {@link Strategy#NAMES_HEADS_PRONOUNS}
 * keeps those groups (pronouns aside) and joins them further: a mention that is a name joins the other mentions of
 * the name's canonical form ({@link NameLinker} within the document, {@link NameReconciler} across the topic for
 * persons); a nominal whose head is a role word that stands before exactly one person's name somewhere in the topic
 * ("inmate" of "inmate Arcade Comeaux") joins that person; a third-person pronoun joins the nearest preceding
 * mention of its document that agrees with it (a person name for "he"/"she", a non-person for "it", a plural or an
 * organisation for "they") within two sentences, and otherwise the pronouns of the same lemma in the topic.
 *
 * <p>The head of a mention is its last word before a preposition, relative pronoun, comma or bracket ("leader"
 * in "the leader of the group"); its lemma is the lower-cased head with a plural ending removed (Lucene's {@link
 * EnglishMinimalStemmer}).
 */
public final class EntityCoreference {

  /** How mentions are grouped. */
  public enum Strategy {
    /** Mentions with the same head lemma corefer (the baseline). */
    SAME_HEAD_LEMMA,
    /** Names by canonical form, nominals by head lemma, pronouns to an agreeing antecedent. */
    NAMES_HEADS_PRONOUNS
  }

  /** A name the recognizer found: tokens {@code [start, end)}, its type and canonical form in its document. */
  public record Name(int start, int end, String type, String canonical) {}

  /**
   * One tokenised document of the topic.
   *
   * @param id the document's name
   * @param tokens its tokens
   * @param sentences the sentence number of each token
   * @param names the names found in it
   * @param mentions the mention spans to resolve, each {@code {start, end}} in tokens
   */
  public record Document(String id, List<String> tokens, List<Integer> sentences, List<Name> names,
      List<int[]> mentions) {
    public Document {
      Objects.requireNonNull(id, "id");
      tokens = List.copyOf(tokens);
      sentences = List.copyOf(sentences);
      names = List.copyOf(names);
      mentions = List.copyOf(mentions);
    }
  }

  /** A mention: its document's index in the topic and its index in that document's mentions. */
  public record MentionRef(int document, int mention) {}

  private static final Set<String> HEAD_STOPS = Set.of("of", "in", "at", "on", "for", "from", "with", "by", "to",
      "who", "whom", "whose", "which", "that", "as", ",", "(", "--", ":", ";");
  private static final Set<String> PERSONAL = Set.of("he", "him", "his", "himself", "she", "her", "hers",
      "herself");
  private static final Set<String> NEUTER = Set.of("it", "its", "itself");
  private static final Set<String> PLURAL = Set.of("they", "them", "their", "theirs", "themselves");
  private static final Set<String> OTHER_PRONOUNS = Set.of("i", "me", "my", "mine", "myself", "we", "us", "our",
      "ours", "ourselves", "you", "your", "yours", "yourself", "yourselves", "who", "whom", "whose", "which",
      "that", "this", "these", "those", "one");
  private static final int PRONOUN_WINDOW = 2;

  private EntityCoreference() {}


  /** The entities of the topic made of {@code documents}: every mention in exactly one, in first-mention order. */
  public static List<List<MentionRef>> resolve(List<Document> documents, Strategy strategy) {
    Objects.requireNonNull(strategy, "strategy");
    List<MentionRef> refs = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    List<String> personNames = new ArrayList<>();
    List<List<Name>> namesOf = new ArrayList<>();
    for (int d = 0; d < documents.size(); d++) {
      Document doc = documents.get(d);
      List<Name> names = new ArrayList<>();
      for (int[] span : doc.mentions()) {
        names.add(strategy == Strategy.SAME_HEAD_LEMMA ? null : nameAt(doc, span, head(doc.tokens(), span)));
      }
      namesOf.add(names);
      for (Name n : doc.names()) {
        if (n.type().equals(Mention.PERSON)) {
          personNames.add(n.canonical());
        }
      }
    }
    Map<String, String> reconciled = NameReconciler.reconcile(personNames);
    Map<String, Set<String>> roles = roles(documents, reconciled);
    int[] parent = new int[documents.stream().mapToInt(d -> d.mentions().size()).sum()];
    for (int d = 0; d < documents.size(); d++) {
      Document doc = documents.get(d);
      int first = refs.size();
      for (int m = 0; m < doc.mentions().size(); m++) {
        int[] span = doc.mentions().get(m);
        int head = head(doc.tokens(), span);
        String lemma = lemma(doc.tokens().get(head));
        Name name = namesOf.get(d).get(m);
        String key;
        if (strategy == Strategy.SAME_HEAD_LEMMA) {
          key = "lemma:" + lemma;
        } else if (name != null) {
          key = name.type().equals(Mention.PERSON) ? personKey(reconciled.get(name.canonical()))
              : "name:" + name.type() + ":" + String.join(" ", Names.words(name.canonical()));
        } else if (!isPronoun(lemma, span) && roles.getOrDefault(lemma, Set.of()).size() == 1) {
          key = roles.get(lemma).iterator().next();
        } else {
          key = "lemma:" + lemma;
        }
        refs.add(new MentionRef(d, m));
        keys.add(key);
        parent[refs.size() - 1] = refs.size() - 1;
      }
      if (strategy == Strategy.NAMES_HEADS_PRONOUNS) {
        linkPronouns(doc, namesOf.get(d), first, keys);
      }
    }
    Map<String, Integer> firstWithKey = new HashMap<>();
    for (int i = 0; i < refs.size(); i++) {
      Integer j = firstWithKey.putIfAbsent(keys.get(i), i);
      if (j != null) {
        UnionFind.union(parent, j, i);
      }
    }
    if (strategy == Strategy.NAMES_HEADS_PRONOUNS) {
      // A name or a role noun also keeps the company of its head lemma, as in the baseline: "Lohan" stays with
      // "Lohan" where the recognizer missed one of them.
      Map<String, Integer> byLemma = new HashMap<>();
      for (int i = 0; i < refs.size(); i++) {
        Document doc = documents.get(refs.get(i).document());
        int[] span = doc.mentions().get(refs.get(i).mention());
        String lemma = lemma(doc.tokens().get(head(doc.tokens(), span)));
        if (isPronoun(lemma, span)) {
          continue;
        }
        Integer j = byLemma.putIfAbsent(lemma, i);
        if (j != null) {
          UnionFind.union(parent, j, i);
        }
      }
    }
    Map<Integer, List<MentionRef>> entities = new LinkedHashMap<>();
    for (int i = 0; i < refs.size(); i++) {
      entities.computeIfAbsent(UnionFind.find(parent, i), r -> new ArrayList<>()).add(refs.get(i));
    }
    return new ArrayList<>(entities.values());
  }

  /**
   * The persons each role word names across the topic: the word just before a person's name in the same sentence
   * ("inmate" in "inmate Arcade Comeaux", "spokesperson" in "State Department spokesperson Matthew Miller"), by
   * lemma, when it is a lower-case word other than a function word.
   */
  private static Map<String, Set<String>> roles(List<Document> documents, Map<String, String> reconciled) {
    Map<String, Set<String>> roles = new HashMap<>();
    for (Document doc : documents) {
      for (Name n : doc.names()) {
        int before = n.start() - 1;
        if (!n.type().equals(Mention.PERSON) || before < 0
            || !doc.sentences().get(before).equals(doc.sentences().get(n.start()))) {
          continue;
        }
        String word = doc.tokens().get(before);
        String lower = word.toLowerCase(Locale.ROOT);
        if (word.equals(lower) && word.codePoints().allMatch(Character::isLetter) && !Stopwords.contains(lower)) {
          roles.computeIfAbsent(lemma(word), k -> new java.util.HashSet<>())
              .add(personKey(reconciled.get(n.canonical())));
        }
      }
    }
    return roles;
  }

  private static String personKey(String reconciledName) {
    return "name:" + Mention.PERSON + ":" + reconciledName;
  }

  /**
   * Gives each third-person pronoun of {@code doc} the key of its nearest preceding agreeing mention within
   * {@link #PRONOUN_WINDOW} sentences; {@code keys} holds the document's keys from {@code first} on.
   */
  private static void linkPronouns(Document doc, List<Name> names, int first, List<String> keys) {
    List<Integer> order = new ArrayList<>();
    for (int m = 0; m < doc.mentions().size(); m++) {
      order.add(m);
    }
    order.sort((a, b) -> Integer.compare(doc.mentions().get(a)[0], doc.mentions().get(b)[0]));
    for (int o = 0; o < order.size(); o++) {
      int m = order.get(o);
      int[] span = doc.mentions().get(m);
      String word = doc.tokens().get(span[0]).toLowerCase(Locale.ROOT);
      if (span[1] - span[0] != 1 || !(PERSONAL.contains(word) || NEUTER.contains(word) || PLURAL.contains(word))) {
        continue;
      }
      int sentence = doc.sentences().get(span[0]);
      for (int p = o - 1; p >= 0; p--) {
        int a = order.get(p);
        int[] candidate = doc.mentions().get(a);
        if (sentence - doc.sentences().get(candidate[0]) > PRONOUN_WINDOW) {
          break;
        }
        if (agrees(word, doc, candidate, names.get(a))) {
          keys.set(first + m, keys.get(first + a));
          break;
        }
      }
    }
  }

  private static boolean agrees(String pronoun, Document doc, int[] candidate, Name name) {
    String head = doc.tokens().get(head(doc.tokens(), candidate));
    String lower = head.toLowerCase(Locale.ROOT);
    boolean candidatePronoun = candidate[1] - candidate[0] == 1 && isPronoun(lower, candidate);
    if (PERSONAL.contains(pronoun)) {
      return name != null ? name.type().equals(Mention.PERSON) : candidatePronoun && PERSONAL.contains(lower);
    }
    if (NEUTER.contains(pronoun)) {
      return name != null ? !name.type().equals(Mention.PERSON)
          : candidatePronoun ? NEUTER.contains(lower) : lemma(head).equals(lower);
    }
    return name != null ? name.type().equals(Mention.ORGANIZATION)
        : candidatePronoun ? PLURAL.contains(lower) : !lemma(head).equals(lower);
  }

  private static boolean isPronoun(String lemma, int[] span) {
    return span[1] - span[0] == 1 && (PERSONAL.contains(lemma) || NEUTER.contains(lemma) || PLURAL.contains(lemma)
        || OTHER_PRONOUNS.contains(lemma));
  }

  /** The name whose tokens hold the mention's head, if any. */
  private static Name nameAt(Document doc, int[] span, int head) {
    for (Name n : doc.names()) {
      if (n.start() <= head && head < n.end() && n.start() < span[1] && span[0] < n.end()) {
        return n;
      }
    }
    return null;
  }

  /** The index of the head token of {@code span}: its last word before a preposition, relative or comma. */
  static int head(List<String> tokens, int[] span) {
    int end = span[1];
    for (int i = span[0] + 1; i < span[1]; i++) {
      if (HEAD_STOPS.contains(tokens.get(i).toLowerCase(Locale.ROOT))) {
        end = i;
        break;
      }
    }
    for (int i = end - 1; i > span[0]; i--) {
      String t = tokens.get(i);
      if (!t.equals("'s") && !t.equals("'") && t.codePoints().anyMatch(Character::isLetterOrDigit)) {
        return i;
      }
    }
    return span[0];
  }

  /** The lower-cased word without a plural ending. */
  static String lemma(String word) {
    char[] chars = word.toLowerCase(Locale.ROOT).toCharArray();
    int length = new EnglishMinimalStemmer().stem(chars, chars.length);
    return new String(chars, 0, length);
  }
}
