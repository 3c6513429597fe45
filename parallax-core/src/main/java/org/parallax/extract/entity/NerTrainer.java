package org.parallax.extract.entity;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.StringList;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the Parallax name finder from CoNLL-2003 documents: by default a {@link ChainNameFinder} (an averaged
 * structured perceptron decoding whole sentences), else OpenNLP's {@link NameFinderME}; either with the features of
 * {@code ner-features.xml} (token and token-class windows, prefixes and suffixes, previous-map, bigrams, sentence
 * start), one gazetteer per type built from the training documents alone, and the path prefixes of word clusters
 * learned from unlabelled text ({@link WordClusters}) and the ids of flat word classes ({@link WordClasses}) for the
 * token and its neighbours. Training is deterministic: the same
 * documents and settings give the same model.
 */
public final class NerTrainer {

  /** The algorithm of the shipped model: {@link ChainNameFinder}. */
  public static final String CHAIN = "CHAIN";

  /** The CoNLL types, in the order their gazetteers are declared. */
  public static final List<String> TYPES = List.of("PER", "ORG", "LOC", "MISC");

  static final String FEATURES_RESOURCE = "ner-features.xml";

  /**
   * Training settings.
   *
   * @param algorithm CHAIN ({@link ChainNameFinder}: an averaged structured perceptron over whole sentences), or an
   *     OpenNLP trainer of a token classifier decoded by beam search: MAXENT (GIS), MAXENT_QN (L-BFGS, or OWL-QN
   *     when {@code l1Cost} is above 0) or PERCEPTRON
   * @param iterations training iterations (for CHAIN, passes over the training sentences)
   * @param cutoff features seen fewer times are dropped
   * @param gazetteerMinDocs a name enters its type's gazetteer when it occurs in at least this many documents
   * @param threads trainer threads (CHAIN: perceptrons trained at once; MAXENT and MAXENT_QN)
   * @param l1Cost L1 regularisation cost (MAXENT_QN only; 0 for the others)
   * @param l2Cost L2 regularisation cost (MAXENT_QN only; 0 for the others)
   * @param seeds CHAIN only: perceptrons trained, each visiting the sentences in its own order, whose weights are
   *     summed (1 for the others)
   */
  public record Settings(String algorithm, int iterations, int cutoff, int gazetteerMinDocs, int threads,
      double l1Cost, double l2Cost, int seeds) {

    /** The trainers a model can be trained with. */
    public static final List<String> ALGORITHMS = List.of(CHAIN, "MAXENT", "MAXENT_QN", "PERCEPTRON");

    /** The settings of the shipped model. */
    public static final Settings SHIPPED = new Settings(CHAIN, 30, 1, 3, 2, 0, 0, 8);

    public Settings {
      if (!ALGORITHMS.contains(algorithm)) {
        throw new IllegalArgumentException("algorithm must be one of " + ALGORITHMS + ", got '" + algorithm + "'");
      }
      if (iterations < 1 || cutoff < 0 || gazetteerMinDocs < 1 || threads < 1) {
        throw new IllegalArgumentException("iterations, gazetteerMinDocs and threads must be >= 1 and cutoff >= 0, "
            + "got " + iterations + ", " + gazetteerMinDocs + ", " + threads + ", " + cutoff);
      }
      if (!(l1Cost >= 0 && l2Cost >= 0 && Double.isFinite(l1Cost) && Double.isFinite(l2Cost))) {
        throw new IllegalArgumentException("l1Cost and l2Cost must be finite and >= 0, got " + l1Cost + ", " + l2Cost);
      }
      if (!algorithm.equals("MAXENT_QN") && (l1Cost != 0 || l2Cost != 0)) {
        throw new IllegalArgumentException("l1Cost and l2Cost apply to MAXENT_QN only, got " + l1Cost + ", " + l2Cost
            + " with " + algorithm);
      }
      if (seeds < 1 || (!algorithm.equals(CHAIN) && seeds != 1)) {
        throw new IllegalArgumentException("seeds must be >= 1, and 1 unless the algorithm is " + CHAIN + ", got "
            + seeds + " with " + algorithm);
      }
    }
  }

  static {
    GazetteerFeatureFactory.register();
  }

  private NerTrainer() {}

  /** Artifact name of a type's gazetteer inside the model, before the type. */
  static final String GAZETTEER_PREFIX = "gazetteer-";

  /** Artifact name of the word clusters inside the model, as {@code ner-features.xml} refers to them. */
  static final String CLUSTERS_ARTIFACT = "word-clusters";

  /** Artifact name of the word classes inside the model, as {@code ner-features.xml} refers to them. */
  static final String CLASSES_ARTIFACT = "word-classes";

  /**
   * Trains a name finder on {@code documents}, with {@code clusters} as its word clusters and {@code classes} as its
   * word classes, and writes it to {@code out} reproducibly: the same documents and settings give the same bytes.
   */
  public static void train(List<ConllCorpus.Document> documents, Settings settings, WordClusters clusters,
      WordClasses classes, Path out) throws IOException {
    Map<String, Object> resources = resources(documents, settings, clusters, classes);
    if (settings.algorithm().equals(CHAIN)) {
      ChainNameFinder.Model model = ChainNameFinder.train(documents, featureDescriptor(), resources,
          settings.cutoff(), settings.iterations(), settings.seeds(), settings.threads());
      try (java.io.OutputStream stream = Files.newOutputStream(out)) {
        ChainNameFinder.write(model, stream);
      }
    } else {
      write(trainOpenNlp(documents, settings, resources), out);
    }
  }

  private static Map<String, Object> resources(List<ConllCorpus.Document> documents, Settings settings,
      WordClusters clusters, WordClasses classes) {
    java.util.Objects.requireNonNull(clusters, "clusters");
    java.util.Objects.requireNonNull(classes, "classes");
    if (documents.isEmpty()) {
      throw new IllegalArgumentException("documents must not be empty");
    }
    Map<String, Object> resources = new HashMap<>();
    gazetteers(documents, settings.gazetteerMinDocs()).forEach(resources::put);
    resources.put(CLUSTERS_ARTIFACT, clusters);
    resources.put(CLASSES_ARTIFACT, classes);
    return resources;
  }

  /** An OpenNLP name finder model trained on {@code documents} with {@code resources} for its features. */
  private static TokenNameFinderModel trainOpenNlp(List<ConllCorpus.Document> documents, Settings settings,
      Map<String, Object> resources) throws IOException {
    List<NameSample> samples = samples(documents);
    TokenNameFinderFactory factory = TokenNameFinderFactory.create(
        null, featureDescriptor(), resources, new BilouCodec());
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, settings.algorithm());
    params.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
    params.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
    params.put(TrainingParameters.THREADS_PARAM, settings.threads());
    if (settings.algorithm().equals(QNTrainer.MAXENT_QN_VALUE)) {
      params.put(QNTrainer.L1COST_PARAM, settings.l1Cost());
      params.put(QNTrainer.L2COST_PARAM, settings.l2Cost());
    }
    TokenNameFinderModel model =
        NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(samples), params, factory);
    return settings.algorithm().equals(QNTrainer.MAXENT_QN_VALUE) ? ZeroWeights.dropped(model) : model;
  }

  /** The OpenNLP feature descriptor the model is trained with. */
  static byte[] featureDescriptor() throws IOException {
    try (InputStream in = NerTrainer.class.getResourceAsStream(FEATURES_RESOURCE)) {
      if (in == null) {
        throw new IOException("Resource " + FEATURES_RESOURCE + " is missing beside " + NerTrainer.class.getName());
      }
      return in.readAllBytes();
    }
  }

  /** One gazetteer per type: the names of that type occurring in at least {@code minDocs} documents. */
  static Map<String, Dictionary> gazetteers(List<ConllCorpus.Document> documents, int minDocs) {
    Map<String, Map<String, Integer>> docCounts = new TreeMap<>();
    for (ConllCorpus.Document document : documents) {
      Set<String> seen = new HashSet<>();
      for (ConllCorpus.Sentence sentence : document.sentences()) {
        for (Chunk chunk : Iob1.chunks(sentence.tags())) {
          String name = String.join(" ", List.of(sentence.tokens()).subList(chunk.start(), chunk.end()));
          if (seen.add(chunk.type() + "\t" + name)) {
            docCounts.computeIfAbsent(chunk.type(), t -> new TreeMap<>()).merge(name, 1, Integer::sum);
          }
        }
      }
    }
    Map<String, Dictionary> out = new TreeMap<>();
    for (String type : TYPES) {
      Dictionary dictionary = new Dictionary(true);
      docCounts.getOrDefault(type, Map.of()).forEach((name, count) -> {
        if (count >= minDocs) {
          dictionary.put(new StringList(name.split(" ")));
        }
      });
      out.put(GAZETTEER_PREFIX + type, dictionary);
    }
    return out;
  }

  private static List<NameSample> samples(List<ConllCorpus.Document> documents) {
    List<NameSample> samples = new ArrayList<>();
    for (ConllCorpus.Document document : documents) {
      boolean first = true;
      for (ConllCorpus.Sentence sentence : document.sentences()) {
        List<Chunk> chunks = Iob1.chunks(sentence.tags());
        opennlp.tools.util.Span[] names = chunks.stream()
            .map(c -> new opennlp.tools.util.Span(c.start(), c.end(), c.type()))
            .toArray(opennlp.tools.util.Span[]::new);
        samples.add(new NameSample(sentence.tokens(), names, first));
        first = false;
      }
    }
    return samples;
  }

  /**
   * Writes {@code model} to {@code out} reproducibly: OpenNLP's zip with fixed entry times and without the training
   * timestamp, so that training twice on the same data gives the same bytes.
   */
  private static void write(TokenNameFinderModel model, Path out) throws IOException {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    model.serialize(raw);
    ByteArrayOutputStream fixed = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(raw.toByteArray()));
        ZipOutputStream zip = new ZipOutputStream(fixed)) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        byte[] content = in.readAllBytes();
        if (entry.getName().equals("manifest.properties")) {
          content = withoutTimestamps(content);
        }
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTimeLocal(FIXED_ENTRY_TIME);
        zip.putNextEntry(copy);
        zip.write(content);
        zip.closeEntry();
      }
    }
    Files.write(out, fixed.toByteArray());
  }

  private static final LocalDateTime FIXED_ENTRY_TIME = LocalDateTime.of(2023, 1, 1, 0, 0);

  private static byte[] withoutTimestamps(byte[] manifest) {
    StringBuilder kept = new StringBuilder();
    for (String line : new String(manifest, StandardCharsets.ISO_8859_1).split("\\R")) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      kept.append(line.startsWith("Timestamp=") ? "Timestamp=0" : line).append('\n');
    }
    return kept.toString().getBytes(StandardCharsets.ISO_8859_1);
  }
}
