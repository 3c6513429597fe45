package org.parallax.extract.entity;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * An OpenNLP feature-generator factory for context aggregation (Ratinov and Roth 2009): a capitalised token gets,
 * as features, the contexts of the <em>other</em> occurrences of its word form in the same document
 * ({@link DocumentContext}), so that a word the local window leaves in doubt ("Petofi" in a line of results) is
 * read with what the rest of the document says about it. One model, one pass: the cost is the features alone.
 *
 * <p>The context of a capitalised occurrence is its neighbours up to {@code window} to the left and right
 * ({@code ag-1=of}, {@code ag+1=said}), lower-cased with digits read as 0, or with {@code clusters} naming the word
 * clusters in the model, their cluster paths cut to {@code prefix} ({@code ag+1=bc0110}); sentence edges are marked
 * ({@code <s>}, {@code </s>}). With {@code marks}, an occurrence past the sentence start adds {@code agInside} and a
 * lower-case occurrence {@code agLower}; with {@code shapes}, an occurrence before a number adds {@code agNumber}
 * (a score in a results table) and one beside another capitalised word {@code agRun}. Forms are compared in lower
 * case, so "JAPAN" in a headline meets "Japan" in the body. A token seen once in its document, or tagged with no
 * document set, gets none. Referenced by class name from {@code ner-features.xml}.
 */
public final class ContextAggregationFeatureFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

  static final String INSIDE = "agInside";
  static final String LOWER = "agLower";
  static final String NUMBER = "agNumber";
  static final String RUN = "agRun";

  /** Public and argument-free: OpenNLP instantiates it by reflection when it reads the feature descriptor. */
  public ContextAggregationFeatureFactory() {}

  @Override
  public AdaptiveFeatureGenerator create() throws InvalidFormatException {
    int window = getInt("window", 2);
    if (window < 0) {
      throw new InvalidFormatException("window must be >= 0, got " + window);
    }
    WordClusters clusters = null;
    String key = getStr("clusters", null);
    if (key != null) {
      Object resource = resourceManager == null ? null : resourceManager.getResource(key);
      if (!(resource instanceof WordClusters c)) {
        throw new InvalidFormatException("The name finder model lacks the word cluster artifact '" + key + "'");
      }
      clusters = c;
    }
    int prefix = getInt("prefix", 6);
    if (prefix < 1) {
      throw new InvalidFormatException("prefix must be >= 1, got " + prefix);
    }
    return new Generator(window, clusters, prefix, getBool("marks", true), getBool("shapes", false));
  }

  /**
   * The features of one token: each context its form's other occurrences in the current document give, once, in
   * document order; a context counts only as often as the other occurrences give it, so the token's own
   * neighbours are not read back as evidence. The contexts of a document are gathered once, when its first token
   * is seen. Not thread-safe: OpenNLP gives each name finder its own generators, and the document is the calling
   * thread's.
   */
  static final class Generator implements AdaptiveFeatureGenerator {
    private final int window;
    private final WordClusters clusters;
    private final int prefix;
    private final boolean marks;
    private final boolean shapes;
    private DocumentContext document;
    /** Lower-case form to its contexts over all its occurrences in the document, in order, with their counts. */
    private Map<String, Map<String, Integer>> contexts;

    Generator(int window, WordClusters clusters, int prefix, boolean marks) {
      this(window, clusters, prefix, marks, false);
    }

    Generator(int window, WordClusters clusters, int prefix, boolean marks, boolean shapes) {
      this.window = window;
      this.clusters = clusters;
      this.prefix = prefix;
      this.marks = marks;
      this.shapes = shapes;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
      String token = tokens[index];
      if (token.isEmpty() || !Character.isUpperCase(token.charAt(0))) {
        return;
      }
      DocumentContext current = DocumentContext.current();
      if (current == null) {
        return;
      }
      if (current != document) {
        contexts = gather(current);
        document = current;
      }
      Map<String, Integer> all = contexts.get(token.toLowerCase(Locale.ROOT));
      if (all == null) {
        return;
      }
      String[] own = occurrence(tokens, index);
      for (Map.Entry<String, Integer> context : all.entrySet()) {
        if (context.getValue() > count(own, context.getKey())) {
          features.add(context.getKey());
        }
      }
    }

    private Map<String, Map<String, Integer>> gather(DocumentContext document) {
      Map<String, Map<String, Integer>> out = new HashMap<>();
      for (String[] tokens : document.sentences()) {
        for (int i = 0; i < tokens.length; i++) {
          String[] own = occurrence(tokens, i);
          if (own.length > 0) {
            Map<String, Integer> bag =
                out.computeIfAbsent(tokens[i].toLowerCase(Locale.ROOT), k -> new LinkedHashMap<>());
            for (String context : own) {
              bag.merge(context, 1, Integer::sum);
            }
          }
        }
      }
      return out;
    }

    /** What the occurrence at {@code index} adds to its form's contexts; nothing for a token not a word. */
    String[] occurrence(String[] tokens, int index) {
      String token = tokens[index];
      if (token.isEmpty() || !Character.isLetter(token.charAt(0))) {
        return new String[0];
      }
      if (!Character.isUpperCase(token.charAt(0))) {
        return marks && Character.isLowerCase(token.charAt(0)) ? new String[] {LOWER} : new String[0];
      }
      boolean inside = marks && index > 0;
      boolean number = shapes && index + 1 < tokens.length && startsWithDigit(tokens[index + 1]);
      boolean run = shapes && (index > 0 && capitalised(tokens[index - 1])
          || index + 1 < tokens.length && capitalised(tokens[index + 1]));
      String[] out = new String[2 * window + (inside ? 1 : 0) + (number ? 1 : 0) + (run ? 1 : 0)];
      int n = 0;
      for (int d = window; d >= 1; d--) {
        out[n++] = "ag-" + d + "=" + neighbour(tokens, index - d);
      }
      for (int d = 1; d <= window; d++) {
        out[n++] = "ag+" + d + "=" + neighbour(tokens, index + d);
      }
      if (inside) {
        out[n++] = INSIDE;
      }
      if (number) {
        out[n++] = NUMBER;
      }
      if (run) {
        out[n] = RUN;
      }
      return out;
    }

    private static boolean startsWithDigit(String token) {
      return !token.isEmpty() && Character.isDigit(token.charAt(0));
    }

    private static boolean capitalised(String token) {
      return !token.isEmpty() && Character.isUpperCase(token.charAt(0));
    }

    private String neighbour(String[] tokens, int index) {
      if (index < 0) {
        return "<s>";
      }
      if (index >= tokens.length) {
        return "</s>";
      }
      if (clusters != null) {
        String path = clusters.lookup(tokens[index]);
        return path == null ? "bc-" : "bc" + path.substring(0, Math.min(prefix, path.length()));
      }
      String lower = tokens[index].toLowerCase(Locale.ROOT);
      StringBuilder out = null;
      for (int i = 0; i < lower.length(); i++) {
        if (Character.isDigit(lower.charAt(i))) {
          if (out == null) {
            out = new StringBuilder(lower);
          }
          out.setCharAt(i, '0');
        }
      }
      return out == null ? lower : out.toString();
    }

    private static int count(String[] own, String context) {
      int n = 0;
      for (String o : own) {
        if (o.equals(context)) {
          n++;
        }
      }
      return n;
    }
  }
}
