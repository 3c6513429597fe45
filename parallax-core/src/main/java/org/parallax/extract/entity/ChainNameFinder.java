package org.parallax.extract.entity;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * The Parallax name finder: the features of {@code ner-features.xml} (OpenNLP's feature generators with the
 * Parallax gazetteers, word clusters and word classes), and a {@link ChainPerceptron} over BILOU tags that decodes
 * each sentence as a whole. One finder per thread: the feature generators keep document state (the previous-map
 * feature), cleared with {@link #clearAdaptiveData()} between documents.
 */
final class ChainNameFinder {

  /** Zip entry of the weights in a model file; its presence tells a chain model from an OpenNLP one. */
  static final String WEIGHTS_ENTRY = "chain-weights";

  private static final String DESCRIPTOR_ENTRY = "features.xml";
  private static final String FORMAT = "parallax-chain-ner 1";
  private static final BilouCodec CODEC = new BilouCodec();
  private static final LocalDateTime FIXED_ENTRY_TIME = LocalDateTime.of(2023, 1, 1, 0, 0);

  /**
   * A trained finder: the feature descriptor and the resources it names (gazetteers, clusters, classes), the
   * features that carry weights with their ids, the BILOU outcomes in tag order, and the weights.
   */
  record Model(byte[] descriptor, Map<String, Object> resources, Map<String, Integer> featureIds, String[] outcomes,
      ChainPerceptron chain) {}

  private final Model model;
  private final AdaptiveFeatureGenerator generator;

  ChainNameFinder(Model model) {
    this.model = model;
    this.generator = generator(model.descriptor(), model.resources());
  }

  private static AdaptiveFeatureGenerator generator(byte[] descriptor, Map<String, Object> resources) {
    try {
      return GeneratorFactory.create(new ByteArrayInputStream(descriptor), resources::get);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot build the name finder's feature generators", e);
    }
  }

  /** The names of one sentence; the sentence then informs the previous-map feature of the rest of the document. */
  Span[] find(String[] tokens) {
    int[][] ids = new int[tokens.length][];
    List<String> features = new ArrayList<>();
    for (int i = 0; i < tokens.length; i++) {
      features.clear();
      generator.createFeatures(features, tokens, i, null);
      ids[i] = ids(features, model.featureIds());
    }
    int[] tags = model.chain().decode(ids);
    String[] outcomes = new String[tags.length];
    for (int i = 0; i < tags.length; i++) {
      outcomes[i] = model.outcomes()[tags[i]];
    }
    generator.updateAdaptiveData(tokens, outcomes);
    return CODEC.decode(Arrays.asList(outcomes));
  }

  void clearAdaptiveData() {
    generator.clearAdaptiveData();
  }

  private static int[] ids(List<String> features, Map<String, Integer> featureIds) {
    int[] out = new int[features.size()];
    int n = 0;
    for (String feature : features) {
      Integer id = featureIds.get(feature);
      if (id != null) {
        out[n++] = id;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** The BILOU outcomes of the CoNLL types, "other" first. */
  static String[] outcomes() {
    List<String> out = new ArrayList<>(List.of(BilouCodec.OTHER));
    for (String type : NerTrainer.TYPES) {
      for (String part : List.of(BilouCodec.START, BilouCodec.CONTINUE, BilouCodec.LAST, BilouCodec.UNIT)) {
        out.add(type + "-" + part);
      }
    }
    return out.toArray(String[]::new);
  }

  /**
   * Trains a finder on {@code documents}. Every training token's features are generated as the finder generates
   * them (the previous-map feature from the gold tags of the document's earlier sentences); features seen fewer
   * than {@code cutoff} times are dropped; one perceptron is trained per seed (1 to {@code seeds}, each visiting the
   * sentences in its own order, {@code threads} at a time) and their weights are summed, which averages out the
   * dependence on the order. Features left with no weight are dropped. Deterministic for any thread count.
   */
  static Model train(List<ConllCorpus.Document> documents, byte[] descriptor, Map<String, Object> resources,
      int cutoff, int epochs, int seeds, int threads) {
    AdaptiveFeatureGenerator generator = generator(descriptor, resources);
    String[] outcomes = outcomes();
    Map<String, Integer> outcomeIds = new HashMap<>();
    for (int t = 0; t < outcomes.length; t++) {
      outcomeIds.put(outcomes[t], t);
    }
    // Every feature string gets an id when first seen, so that each token keeps ints, not strings.
    Map<String, Integer> seen = new LinkedHashMap<>();
    int[] counts = new int[1024];
    List<int[][]> sentences = new ArrayList<>();
    List<int[]> gold = new ArrayList<>();
    List<String> features = new ArrayList<>();
    for (ConllCorpus.Document document : documents) {
      generator.clearAdaptiveData();
      for (ConllCorpus.Sentence sentence : document.sentences()) {
        String[] tokens = sentence.tokens();
        Span[] names = Iob1.chunks(sentence.tags()).stream()
            .map(c -> new Span(c.start(), c.end(), c.type())).toArray(Span[]::new);
        String[] tags = CODEC.encode(names, tokens.length);
        int[][] x = new int[tokens.length][];
        int[] y = new int[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
          features.clear();
          generator.createFeatures(features, tokens, i, null);
          x[i] = new int[features.size()];
          for (int k = 0; k < x[i].length; k++) {
            int id = seen.computeIfAbsent(features.get(k), f -> seen.size());
            if (id == counts.length) {
              counts = Arrays.copyOf(counts, 2 * counts.length);
            }
            counts[id]++;
            x[i][k] = id;
          }
          y[i] = outcomeIds.get(tags[i]);
        }
        generator.updateAdaptiveData(tokens, tags);
        sentences.add(x);
        gold.add(y);
      }
    }
    // Features seen fewer than cutoff times are dropped; the rest keep their order of first appearance.
    int[] kept = new int[seen.size()];
    Map<String, Integer> featureIds = new LinkedHashMap<>();
    for (Map.Entry<String, Integer> feature : seen.entrySet()) {
      int id = feature.getValue();
      kept[id] = counts[id] >= cutoff ? featureIds.size() : -1;
      if (kept[id] >= 0) {
        featureIds.put(feature.getKey(), kept[id]);
      }
    }
    for (int[][] x : sentences) {
      for (int i = 0; i < x.length; i++) {
        int n = 0;
        for (int id : x[i]) {
          if (kept[id] >= 0) {
            x[i][n++] = kept[id];
          }
        }
        x[i] = n == x[i].length ? x[i] : Arrays.copyOf(x[i], n);
      }
    }
    int tags = outcomes.length;
    boolean[] allowed = new boolean[(tags + 1) * tags];
    boolean[] allowedEnd = new boolean[tags];
    for (int t = 0; t < tags; t++) {
      allowedEnd[t] = !opens(outcomes[t]);
      for (int p = 0; p <= tags; p++) {
        allowed[p * tags + t] = follows(p == tags ? null : outcomes[p], outcomes[t]);
      }
    }
    ChainPerceptron chain = summed(seeds, threads, seed -> ChainPerceptron.train(featureIds.size(), tags, allowed,
        allowedEnd, sentences, gold, epochs, seed));
    return pruned(new Model(descriptor, resources, featureIds, outcomes, chain));
  }

  private static ChainPerceptron summed(int seeds, int threads,
      java.util.function.LongFunction<ChainPerceptron> train) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, seeds)));
    try {
      List<Future<ChainPerceptron>> runs = new ArrayList<>();
      for (int seed = 1; seed <= seeds; seed++) {
        long s = seed;
        runs.add(pool.submit(() -> train.apply(s)));
      }
      ChainPerceptron sum = null;
      for (Future<ChainPerceptron> run : runs) {
        sum = sum == null ? run.get() : sum.plus(run.get());
      }
      return sum;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("training was interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("training failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** The model's feature strings, indexed by id. */
  private static String[] featureNames(Model model) {
    String[] names = new String[model.chain().features()];
    model.featureIds().forEach((name, id) -> names[id] = name);
    return names;
  }

  /** The model without the features whose weights are all zero, ids renumbered in their order. */
  private static Model pruned(Model model) {
    ChainPerceptron chain = model.chain();
    int tags = chain.tags();
    float[] weights = chain.emission();
    String[] names = featureNames(model);
    Map<String, Integer> kept = new LinkedHashMap<>();
    float[] out = new float[weights.length];
    for (int f = 0; f < names.length; f++) {
      boolean any = false;
      for (int t = 0; t < tags && !any; t++) {
        any = weights[f * tags + t] != 0;
      }
      if (any) {
        int id = kept.size();
        kept.put(names[f], id);
        System.arraycopy(weights, f * tags, out, id * tags, tags);
      }
    }
    ChainPerceptron compact = new ChainPerceptron(tags, Arrays.copyOf(out, kept.size() * tags), chain.transition(),
        chain.allowed(), chain.allowedEnd());
    return new Model(model.descriptor(), model.resources(), kept, model.outcomes(), compact);
  }

  /** Whether a BILOU outcome leaves a name open (start or continue). */
  private static boolean opens(String outcome) {
    return outcome.endsWith("-" + BilouCodec.START) || outcome.endsWith("-" + BilouCodec.CONTINUE);
  }

  /** Whether BILOU outcome {@code next} may follow {@code previous} (null: the sentence start). */
  private static boolean follows(String previous, String next) {
    boolean inside = next.endsWith("-" + BilouCodec.CONTINUE) || next.endsWith("-" + BilouCodec.LAST);
    if (previous == null || !opens(previous)) {
      return !inside;
    }
    return inside && type(previous).equals(type(next));
  }

  private static String type(String outcome) {
    return outcome.substring(0, outcome.lastIndexOf('-'));
  }

  /**
   * Writes {@code model} as a zip: the feature descriptor, each resource (gazetteers as OpenNLP dictionaries,
   * clusters and classes as their text files), and the weights. Entries in a fixed order with fixed times, so the
   * same model gives the same bytes.
   */
  static void write(Model model, OutputStream out) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      entry(zip, DESCRIPTOR_ENTRY, model.descriptor());
      for (Map.Entry<String, Object> resource : new TreeMap<>(model.resources()).entrySet()) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Object value = resource.getValue();
        if (value instanceof Dictionary dictionary) {
          writeNames(dictionary, bytes);
        } else if (value instanceof WordClusters clusters) {
          clusters.write(bytes);
        } else if (value instanceof WordClasses classes) {
          classes.write(bytes);
        } else {
          throw new IllegalArgumentException("cannot write resource '" + resource.getKey() + "' of "
              + value.getClass().getName());
        }
        entry(zip, kind(value) + "/" + resource.getKey(), bytes.toByteArray());
      }
      entry(zip, WEIGHTS_ENTRY, weights(model));
    }
  }

  /**
   * Writes a case-sensitive gazetteer as UTF-8 lines, one name per line, its tokens separated by spaces, sorted.
   * (OpenNLP's own dictionary reader files entries before it knows the dictionary is case-sensitive, and so folds
   * together names that differ in case alone, such as "US" and "Us".)
   */
  private static void writeNames(Dictionary dictionary, OutputStream out) throws IOException {
    if (!dictionary.isCaseSensitive()) {
      throw new IllegalArgumentException("gazetteers are case-sensitive");
    }
    List<String> lines = new ArrayList<>();
    for (opennlp.tools.util.StringList entry : dictionary) {
      List<String> tokens = new ArrayList<>();
      entry.forEach(tokens::add);
      if (tokens.stream().anyMatch(t -> t.isEmpty() || t.contains(" ") || t.contains("\n"))) {
        throw new IllegalArgumentException("a gazetteer token is empty or holds a space or line break: " + tokens);
      }
      lines.add(String.join(" ", tokens));
    }
    java.util.Collections.sort(lines);
    out.write((String.join("\n", lines) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static Dictionary readNames(byte[] content) {
    Dictionary dictionary = new Dictionary(true);
    for (String line : new String(content, java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
      if (!line.isEmpty()) {
        dictionary.put(new opennlp.tools.util.StringList(line.split(" ")));
      }
    }
    return dictionary;
  }

  private static String kind(Object resource) {
    return resource instanceof Dictionary ? "dictionary" : resource instanceof WordClusters ? "clusters" : "classes";
  }

  private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setTimeLocal(FIXED_ENTRY_TIME);
    zip.putNextEntry(entry);
    zip.write(content);
    zip.closeEntry();
  }

  private static byte[] weights(Model model) throws IOException {
    ChainPerceptron chain = model.chain();
    int tags = chain.tags();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream data = new DataOutputStream(bytes);
    data.writeUTF(FORMAT);
    data.writeInt(tags);
    for (String outcome : model.outcomes()) {
      data.writeUTF(outcome);
    }
    for (int k = 0; k < chain.transition().length; k++) {
      data.writeBoolean(chain.allowed()[k]);
      data.writeFloat(chain.transition()[k]);
    }
    for (boolean end : chain.allowedEnd()) {
      data.writeBoolean(end);
    }
    String[] names = featureNames(model);
    data.writeInt(names.length);
    float[] weights = chain.emission();
    for (int f = 0; f < names.length; f++) {
      data.writeUTF(names[f]);
      int nonZero = 0;
      for (int t = 0; t < tags; t++) {
        nonZero += weights[f * tags + t] != 0 ? 1 : 0;
      }
      data.writeByte(nonZero);
      for (int t = 0; t < tags; t++) {
        if (weights[f * tags + t] != 0) {
          data.writeByte(t);
          data.writeFloat(weights[f * tags + t]);
        }
      }
    }
    data.flush();
    return bytes.toByteArray();
  }

  /** Whether {@code bytes}, the start of a model file, is a chain model (a zip whose first entry is its features). */
  static boolean isChainModel(byte[] bytes) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      ZipEntry first = zip.getNextEntry();
      return first != null && first.getName().equals(DESCRIPTOR_ENTRY);
    }
  }

  /** Reads a model written by {@link #write}; does not close {@code in}. */
  static Model read(InputStream in) throws IOException {
    byte[] descriptor = null;
    byte[] weights = null;
    Map<String, Object> resources = new HashMap<>();
    ZipInputStream zip = new ZipInputStream(in);
    ZipEntry entry;
    while ((entry = zip.getNextEntry()) != null) {
      String name = entry.getName();
      byte[] content = zip.readAllBytes();
      if (name.equals(DESCRIPTOR_ENTRY)) {
        descriptor = content;
      } else if (name.equals(WEIGHTS_ENTRY)) {
        weights = content;
      } else if (name.startsWith("dictionary/")) {
        resources.put(name.substring("dictionary/".length()), readNames(content));
      } else if (name.startsWith("clusters/")) {
        resources.put(name.substring("clusters/".length()), WordClusters.read(new ByteArrayInputStream(content)));
      } else if (name.startsWith("classes/")) {
        resources.put(name.substring("classes/".length()), WordClasses.read(new ByteArrayInputStream(content)));
      } else {
        throw new IOException("name finder model: unknown entry '" + name + "'");
      }
    }
    if (descriptor == null || weights == null) {
      throw new IOException("name finder model: the " + (descriptor == null ? DESCRIPTOR_ENTRY : WEIGHTS_ENTRY)
          + " entry is missing");
    }
    return readWeights(descriptor, resources, weights);
  }

  private static Model readWeights(byte[] descriptor, Map<String, Object> resources, byte[] bytes)
      throws IOException {
    DataInputStream data = new DataInputStream(new ByteArrayInputStream(bytes));
    String format = data.readUTF();
    if (!format.equals(FORMAT)) {
      throw new IOException("name finder model: format '" + format + "', expected '" + FORMAT + "'");
    }
    int tags = data.readInt();
    if (tags < 1 || tags > 127) {
      throw new IOException("name finder model: " + tags + " tags");
    }
    String[] outcomes = new String[tags];
    for (int t = 0; t < tags; t++) {
      outcomes[t] = data.readUTF();
    }
    boolean[] allowed = new boolean[(tags + 1) * tags];
    float[] transition = new float[allowed.length];
    for (int k = 0; k < allowed.length; k++) {
      allowed[k] = data.readBoolean();
      transition[k] = data.readFloat();
    }
    boolean[] allowedEnd = new boolean[tags];
    for (int t = 0; t < tags; t++) {
      allowedEnd[t] = data.readBoolean();
    }
    int features = data.readInt();
    if (features < 0 || (long) features * tags > Integer.MAX_VALUE) {
      throw new IOException("name finder model: " + features + " features");
    }
    Map<String, Integer> featureIds = new HashMap<>();
    float[] weights = new float[features * tags];
    for (int f = 0; f < features; f++) {
      featureIds.put(data.readUTF(), f);
      int nonZero = data.readUnsignedByte();
      for (int k = 0; k < nonZero; k++) {
        int t = data.readUnsignedByte();
        if (t >= tags) {
          throw new IOException("name finder model: tag " + t + " of " + tags + " at feature " + f);
        }
        weights[f * tags + t] = data.readFloat();
      }
    }
    return new Model(descriptor, resources, featureIds, outcomes,
        new ChainPerceptron(tags, weights, transition, allowed, allowedEnd));
  }
}
