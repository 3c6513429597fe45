package org.parallax.extract.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.StringList;
import org.parallax.model.Span;
import org.parallax.text.Sentences;

/**
 * Finds names in text: the one entry point of named-entity recognition. Splits the text with
 * {@link Sentences}, tokenises each sentence as CoNLL-2003 was, runs the OpenNLP name finder, tags the untagged
 * repeats of the article's names ({@link DocumentConsistency}) and links short forms to full names with
 * {@link NameLinker}.
 *
 * <p>Thread-safe: the model is shared, each thread gets its own {@link NameFinderME}. Load the shipped model once
 * with {@link #shipped()}.
 */
public final class EntityRecognizer {

  /** Classpath resource of the shipped model, beside this class. */
  public static final String MODEL_RESOURCE = "en-ner-conll.bin";

  static {
    GazetteerFeatureFactory.register();
  }

  private static volatile EntityRecognizer shipped;

  private final TokenNameFinderModel model;
  private final ThreadLocal<NameFinderME> finders;
  private final Set<String> places;

  /** A recognizer over {@code model}. */
  public EntityRecognizer(TokenNameFinderModel model) {
    this.model = java.util.Objects.requireNonNull(model, "model");
    this.finders = ThreadLocal.withInitial(() -> new NameFinderME(this.model));
    this.places = gazetteer(model, "LOC");
  }

  /** The names of {@code type}'s gazetteer in {@code model}, words joined by spaces; empty when it has none. */
  private static Set<String> gazetteer(TokenNameFinderModel model, String type) {
    Set<String> names = new HashSet<>();
    if (model.getArtifact(NerTrainer.GAZETTEER_PREFIX + type) instanceof Dictionary dictionary) {
      for (StringList entry : dictionary) {
        names.add(String.join(" ", entry));
      }
    }
    return names;
  }

  /** The recognizer with the model shipped in Parallax, loaded from the classpath on first use. */
  public static EntityRecognizer shipped() {
    EntityRecognizer r = shipped;
    if (r == null) {
      synchronized (EntityRecognizer.class) {
        r = shipped;
        if (r == null) {
          r = new EntityRecognizer(loadShippedModel());
          shipped = r;
        }
      }
    }
    return r;
  }

  private static TokenNameFinderModel loadShippedModel() {
    try (InputStream in = EntityRecognizer.class.getResourceAsStream(MODEL_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("The NER model resource " + MODEL_RESOURCE + " is missing beside "
            + EntityRecognizer.class.getName());
      }
      return new TokenNameFinderModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the NER model resource " + MODEL_RESOURCE, e);
    }
  }

  /**
   * The mentions of {@code text} in text order, spans in code points, each with its canonical name: the names, the
   * surnames the model passed over ({@link MissedNames}), and the titles and roles that stand for a person named in
   * the text ("the spokesperson", see {@link RoleLinker}).
   */
  public List<Mention> find(String text) {
    List<List<NerTokenizer.Token>> sentences = new ArrayList<>();
    List<Mention> names = names(text, sentences);
    return RoleLinker.link(text, sentences, MissedNames.add(text, sentences, names));
  }

  /** The name mentions of {@code text} alone (no roles), in text order, spans in code points, linked. */
  public List<Mention> names(String text) {
    return names(text, new ArrayList<>());
  }

  private List<Mention> names(String text, List<List<NerTokenizer.Token>> sentences) {
    List<String[]> forms = new ArrayList<>();
    for (Span sentence : Sentences.split(text)) {
      List<NerTokenizer.Token> tokens = NerTokenizer.tokens(text, sentence.start(), sentence.end());
      if (!tokens.isEmpty()) {
        sentences.add(tokens);
        forms.add(tokens.stream().map(NerTokenizer.Token::form).toArray(String[]::new));
      }
    }
    List<List<Chunk>> chunks = tagDocument(forms);
    List<Mention> mentions = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      List<NerTokenizer.Token> tokens = sentences.get(i);
      for (Chunk name : chunks.get(i)) {
        Span chars = new Span(tokens.get(name.start()).span().start(), tokens.get(name.end() - 1).span().end());
        String covered = chars.of(text);
        mentions.add(new Mention(chars.toCodePoints(text), covered, Mention.fromConll(name.type()), covered));
      }
    }
    return NameLinker.link(mentions);
  }

  /**
   * The chunks of one pre-tokenised document, sentence by sentence; what evaluation scores and what {@link #find}
   * uses. Names seen earlier in the document inform later sentences, and a second pass tags the untagged repeats
   * of the document's names ({@link DocumentConsistency}) and retypes a person's single name ({@link Surnames}).
   */
  public List<List<Chunk>> tagDocument(List<String[]> sentences) {
    NameFinderME finder = finders.get();
    finder.clearAdaptiveData();
    List<List<Chunk>> out = new ArrayList<>(sentences.size());
    try {
      for (String[] tokens : sentences) {
        List<Chunk> chunks = new ArrayList<>();
        for (opennlp.tools.util.Span name : finder.find(tokens)) {
          chunks.add(new Chunk(name.getStart(), name.getEnd(), name.getType()));
        }
        out.add(LeadingModifiers.cut(tokens, chunks));
      }
    } finally {
      finder.clearAdaptiveData();
    }
    List<List<Chunk>> consistent = Surnames.retype(sentences, DocumentConsistency.apply(sentences, out));
    return Acronyms.apply(sentences, CompanyNames.retype(sentences, consistent, places));
  }
}
