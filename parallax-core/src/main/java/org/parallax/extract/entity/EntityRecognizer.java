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
 * {@link Sentences}, tokenises each sentence as CoNLL-2003 was, runs the name finder ({@link ChainNameFinder}, or an
 * OpenNLP {@link NameFinderME} trained with another algorithm), tags the untagged
 * repeats of the article's names ({@link DocumentConsistency}) and links short forms to full names with
 * {@link NameLinker}.
 *
 * <p>Thread-safe: the model is shared, each thread gets its own finder. Load the shipped model once with
 * {@link #shipped()}.
 */
public final class EntityRecognizer {

  /** Classpath resource of the shipped model, beside this class. */
  public static final String MODEL_RESOURCE = "en-ner-chain.bin";

  static {
    GazetteerFeatureFactory.register();
  }

  private static volatile EntityRecognizer shipped;

  private final ThreadLocal<SentenceFinder> finders;
  /** The model's gazetteers by CoNLL type: names of the training data, words joined by spaces. */
  private final java.util.Map<String, Set<String>> gazetteers;

  /** The names of all the model's gazetteers. */
  private final Set<String> known;

  /** One sentence's names ({@code find}), with document state kept from sentence to sentence until {@code clear}. */
  private record SentenceFinder(java.util.function.Function<String[], opennlp.tools.util.Span[]> find,
      Runnable clear) {}

  /** A recognizer over an OpenNLP name finder {@code model}. */
  public EntityRecognizer(TokenNameFinderModel model) {
    java.util.Objects.requireNonNull(model, "model");
    this.finders = ThreadLocal.withInitial(() -> {
      NameFinderME finder = new NameFinderME(model);
      return new SentenceFinder(finder::find, finder::clearAdaptiveData);
    });
    this.gazetteers = gazetteers(type -> model.getArtifact(NerTrainer.GAZETTEER_PREFIX + type));
    this.known = union(gazetteers);
  }

  /** A recognizer over a chain model. */
  EntityRecognizer(ChainNameFinder.Model model) {
    java.util.Objects.requireNonNull(model, "model");
    this.finders = ThreadLocal.withInitial(() -> {
      ChainNameFinder finder = new ChainNameFinder(model);
      return new SentenceFinder(finder::find, finder::clearAdaptiveData);
    });
    this.gazetteers = gazetteers(type -> model.resources().get(NerTrainer.GAZETTEER_PREFIX + type));
    this.known = union(gazetteers);
  }

  /** A recognizer over the model in {@code file}, as {@code parallax train ner} writes it with any algorithm. */
  public static EntityRecognizer load(java.nio.file.Path file) throws IOException {
    try (InputStream in = java.nio.file.Files.newInputStream(file)) {
      return read(in);
    } catch (IOException | RuntimeException e) {
      throw new IOException(file + ": not a name finder model: " + e.getMessage(), e);
    }
  }

  private static EntityRecognizer read(InputStream in) throws IOException {
    byte[] bytes = in.readAllBytes();
    return ChainNameFinder.isChainModel(bytes)
        ? new EntityRecognizer(ChainNameFinder.read(new java.io.ByteArrayInputStream(bytes)))
        : new EntityRecognizer(new TokenNameFinderModel(new java.io.ByteArrayInputStream(bytes)));
  }

  private static Set<String> union(java.util.Map<String, Set<String>> gazetteers) {
    Set<String> all = new HashSet<>();
    gazetteers.values().forEach(all::addAll);
    return Set.copyOf(all);
  }

  /** The names of each type's gazetteer of a model, words joined by spaces; empty where it has none. */
  private static java.util.Map<String, Set<String>> gazetteers(java.util.function.Function<String, Object> artifact) {
    java.util.Map<String, Set<String>> out = new java.util.HashMap<>();
    for (String type : NerTrainer.TYPES) {
      Set<String> names = new HashSet<>();
      if (artifact.apply(type) instanceof Dictionary dictionary) {
        for (StringList entry : dictionary) {
          names.add(String.join(" ", entry));
        }
      }
      out.put(type, names);
    }
    return java.util.Map.copyOf(out);
  }

  /** The recognizer with the model shipped in Parallax, loaded from the classpath on first use. */
  public static EntityRecognizer shipped() {
    EntityRecognizer r = shipped;
    if (r == null) {
      synchronized (EntityRecognizer.class) {
        r = shipped;
        if (r == null) {
          r = loadShipped();
          shipped = r;
        }
      }
    }
    return r;
  }

  private static EntityRecognizer loadShipped() {
    try (InputStream in = EntityRecognizer.class.getResourceAsStream(MODEL_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("The NER model resource " + MODEL_RESOURCE + " is missing beside "
            + EntityRecognizer.class.getName());
      }
      return read(in);
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
    return RoleLinker.link(text, sentences, MissedNames.add(text, sentences, names, known));
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
    SentenceFinder finder = finders.get();
    finder.clear().run();
    List<List<Chunk>> out = new ArrayList<>(sentences.size());
    try {
      for (String[] tokens : sentences) {
        List<Chunk> chunks = new ArrayList<>();
        for (opennlp.tools.util.Span name : finder.find().apply(tokens)) {
          chunks.add(new Chunk(name.getStart(), name.getEnd(), name.getType()));
        }
        out.add(LeadingModifiers.cut(tokens, chunks));
      }
    } finally {
      finder.clear().run();
    }
    List<List<Chunk>> consistent =
        Surnames.retype(sentences, DocumentConsistency.apply(sentences, out), gazetteers.get("MISC"));
    return Acronyms.apply(sentences, CompanyNames.retype(sentences, consistent, gazetteers.get("LOC")));
  }
}
