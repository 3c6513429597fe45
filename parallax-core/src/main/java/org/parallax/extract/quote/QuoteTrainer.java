package org.parallax.extract.quote;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.parallax.model.Span;

/**
 * Trains the {@link AttributionTagger} model from annotated texts (PolNeAR's training part): one event per token,
 * labelled with the role of the shortest gold span covering it (an attribution nested in another's content keeps its
 * own source, cue and content), with the gold labels of the two tokens before it as history. Training is
 * deterministic: the same texts and settings give the same bytes.
 */
public final class QuoteTrainer {

  /**
   * Training settings.
   *
   * @param algorithm OpenNLP trainer: MAXENT (GIS), MAXENT_QN (L-BFGS, regularised) or PERCEPTRON
   * @param iterations training iterations (for MAXENT_QN the most it runs; it stops earlier once converged)
   * @param cutoff features seen fewer times are dropped
   * @param l1 MAXENT_QN's L1 cost (0 for none; it also drops weights, so the model shrinks); must be 0 otherwise
   * @param l2 MAXENT_QN's L2 cost (0 for none); must be 0 otherwise
   */
  public record Settings(String algorithm, int iterations, int cutoff, double l1, double l2) {

    /** The settings of the shipped model. */
    public static final Settings SHIPPED = new Settings("MAXENT", 100, 2);

    public Settings {
      if (!List.of("MAXENT", QNTrainer.MAXENT_QN_VALUE, "PERCEPTRON").contains(algorithm)) {
        throw new IllegalArgumentException("algorithm must be MAXENT, MAXENT_QN or PERCEPTRON, got '" + algorithm
            + "'");
      }
      if (iterations < 1 || cutoff < 0) {
        throw new IllegalArgumentException("iterations must be >= 1 and cutoff >= 0, got " + iterations + ", "
            + cutoff);
      }
      if (!(l1 >= 0) || !(l2 >= 0) || Double.isInfinite(l1) || Double.isInfinite(l2)) {
        throw new IllegalArgumentException("l1 and l2 must be finite and >= 0, got " + l1 + ", " + l2);
      }
      if (!QNTrainer.MAXENT_QN_VALUE.equals(algorithm) && (l1 != 0 || l2 != 0)) {
        throw new IllegalArgumentException("l1 and l2 apply to MAXENT_QN only, got " + l1 + ", " + l2 + " for "
            + algorithm);
      }
    }

    /** Settings without regularisation costs (MAXENT or PERCEPTRON). */
    public Settings(String algorithm, int iterations, int cutoff) {
      this(algorithm, iterations, cutoff, 0, 0);
    }
  }

  /** One gold span: its role ({@code Source}, {@code Cue} or {@code Content}) and its segments in code points. */
  public record Gold(String role, List<Span> segments) {

    public Gold {
      if (!List.of("Source", "Cue", "Content").contains(role)) {
        throw new IllegalArgumentException("role must be Source, Cue or Content, got '" + role + "'");
      }
      segments = List.copyOf(segments);
    }
  }

  /** One annotated text. */
  public record Example(String text, List<Gold> gold) {

    public Example {
      if (text == null) {
        throw new IllegalArgumentException("The parameter 'text' must not be null.");
      }
      gold = List.copyOf(gold);
    }
  }

  private QuoteTrainer() {}

  /** A (first-stage) model trained on {@code examples}. */
  public static AbstractModel train(List<Example> examples, Settings settings) throws IOException {
    return train(examples, null, settings);
  }

  /**
   * A model trained on {@code examples}: the first stage when {@code first} is null, else the second stage, whose
   * features add {@link StackFeatures} from {@code first}, the first stage's labels of each example in order.
   */
  private static AbstractModel train(List<Example> examples, List<AttributionTagger.Tagged> first,
      Settings settings) throws IOException {
    if (examples.isEmpty()) {
      throw new IllegalArgumentException("examples must not be empty");
    }
    List<Event> events = new ArrayList<>();
    for (int k = 0; k < examples.size(); k++) {
      Example e = examples.get(k);
      TagInput in = TagInput.of(e.text());
      StackFeatures stacked = first == null ? null : new StackFeatures(in, first.get(k));
      int[] labels = labels(in, e.gold());
      String previous = "BOS";
      String beforePrevious = "BOS";
      for (int i = 0; i < in.size; i++) {
        String label = AttributionTagger.LABELS.get(labels[i]);
        events.add(new Event(label, stacked == null ? TagFeatures.of(in, i, previous, beforePrevious)
            : TagFeatures.concat(stacked.with(TagFeatures.fixed(in, i), i),
                StackFeatures.history(previous, beforePrevious))));
        beforePrevious = previous;
        previous = label;
      }
    }
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, settings.algorithm());
    params.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
    params.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
    // One thread: a multi-threaded L-BFGS gradient sums in a varying order, and the bytes must not vary.
    params.put(TrainingParameters.THREADS_PARAM, 1);
    if (QNTrainer.MAXENT_QN_VALUE.equals(settings.algorithm())) {
      params.put(QNTrainer.L1COST_PARAM, settings.l1());
      params.put(QNTrainer.L2COST_PARAM, settings.l2());
    }
    params.put(AbstractEventTrainer.DATA_INDEXER_PARAM, AbstractEventTrainer.DATA_INDEXER_ONE_PASS_VALUE);
    EventTrainer trainer = TrainerFactory.getEventTrainer(params, new HashMap<>());
    return toFloatPrecision((AbstractModel) trainer.train(ObjectStreamUtils.createObjectStream(events)));
  }

  /**
   * The second-stage model of a stacked tagger ({@link AttributionTagger#read(java.io.InputStream,
   * java.io.InputStream)}), trained on {@code examples} with {@code first}: the first stage's labels of each
   * example, as {@link #crossValidated} gives them. The first stage's labels on its own training texts are nearly
   * perfect, so a second stage trained on them would learn to copy them.
   */
  public static AbstractModel trainStack(List<Example> examples, List<AttributionTagger.Tagged> first,
      Settings settings) throws IOException {
    if (first.size() != examples.size()) {
      throw new IllegalArgumentException("first has " + first.size() + " labellings for " + examples.size()
          + " examples");
    }
    return train(examples, first, settings);
  }

  /** The fold of the example at {@code index} among {@code folds}: examples alternate between folds in order. */
  static int fold(int index, int folds) {
    if (index < 0 || folds < 2) {
      throw new IllegalArgumentException("index must be >= 0 and folds >= 2, got " + index + ", " + folds);
    }
    return index % folds;
  }

  /**
   * The first stage's labels of every example, each from a model trained on the other folds' examples
   * ({@link #fold}), so that they are as wrong as the first stage's labels on unseen text.
   *
   * @param progress told each fold's number as its training starts
   */
  public static List<AttributionTagger.Tagged> crossValidated(List<Example> examples, Settings settings, int folds,
      java.util.function.IntConsumer progress) throws IOException {
    if (examples.size() < folds) {
      throw new IllegalArgumentException("need at least " + folds + " examples for " + folds + " folds, got "
          + examples.size());
    }
    AttributionTagger.Tagged[] out = new AttributionTagger.Tagged[examples.size()];
    for (int f = 0; f < folds; f++) {
      progress.accept(f);
      List<Example> rest = new ArrayList<>();
      for (int k = 0; k < examples.size(); k++) {
        if (fold(k, folds) != f) {
          rest.add(examples.get(k));
        }
      }
      AttributionTagger tagger = new AttributionTagger(train(rest, settings));
      for (int k = 0; k < examples.size(); k++) {
        if (fold(k, folds) == f) {
          out[k] = tagger.firstStage(TagInput.of(examples.get(k).text()));
        }
      }
    }
    return List.of(out);
  }

  /**
   * Writes first-stage labellings, one line per text (labels as digits, a tab, then the probabilities), gzipped;
   * {@link #readLabellings} reads them back exactly.
   */
  public static void writeLabellings(List<AttributionTagger.Tagged> labellings, Path out) throws IOException {
    try (var w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(
        new GZIPOutputStream(Files.newOutputStream(out)), java.nio.charset.StandardCharsets.UTF_8))) {
      for (AttributionTagger.Tagged t : labellings) {
        StringBuilder line = new StringBuilder();
        for (int label : t.labels()) {
          line.append((char) ('0' + label));
        }
        line.append('\t');
        for (int i = 0; i < t.probabilities().length; i++) {
          line.append(i == 0 ? "" : " ").append(t.probabilities()[i]);
        }
        w.write(line.append('\n').toString());
      }
    }
  }

  /** The labellings {@link #writeLabellings} wrote to {@code in}. */
  public static List<AttributionTagger.Tagged> readLabellings(Path in) throws IOException {
    List<AttributionTagger.Tagged> out = new ArrayList<>();
    try (var r = new java.io.BufferedReader(new java.io.InputStreamReader(
        new java.util.zip.GZIPInputStream(Files.newInputStream(in)), java.nio.charset.StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        int tab = line.indexOf('\t');
        String[] p = tab + 1 < line.length() ? line.substring(tab + 1).split(" ") : new String[0];
        if (tab < 0 || p.length != tab) {
          throw new IOException(in + ": line " + (out.size() + 1) + ": labels and probabilities differ in number");
        }
        int[] labels = new int[tab];
        double[] probabilities = new double[tab];
        for (int i = 0; i < tab; i++) {
          labels[i] = line.charAt(i) - '0';
          probabilities[i] = Double.parseDouble(p[i]);
        }
        out.add(new AttributionTagger.Tagged(labels, probabilities));
      }
    }
    return out;
  }

  /**
   * Rounds every weight of {@code model} to float precision, in place. The trailing mantissa bits that maxent
   * training leaves are noise far below the weights' differences, and once zero they compress: the shipped model
   * shrinks from 6.0 to 4.1 MB.
   */
  static AbstractModel toFloatPrecision(AbstractModel model) {
    for (Context context : (Context[]) model.getDataStructures()[0]) {
      double[] weights = context.getParameters();
      for (int i = 0; i < weights.length; i++) {
        weights[i] = (float) weights[i];
      }
    }
    return model;
  }

  /**
   * The gold label of every token: the role of the shortest gold span covering it, begin where that span begins.
   * Segments of one span that only white space separates are one piece; others are pieces of their own.
   */
  static int[] labels(TagInput in, List<Gold> gold) {
    record Piece(int role, int from, int to) {}
    List<Piece> pieces = new ArrayList<>();
    String text = in.text;
    int length = text.codePointCount(0, text.length());
    for (Gold g : gold) {
      int role = List.of("Source", "Cue", "Content").indexOf(g.role()) + 1;
      List<Span> segments = new ArrayList<>(g.segments());
      segments.sort(Comparator.naturalOrder());
      Piece open = null;
      for (Span s : segments) {
        int from = text.offsetByCodePoints(0, Math.min(s.start(), length));
        int to = text.offsetByCodePoints(0, Math.min(s.end(), length));
        if (open != null && open.to() <= from && text.substring(open.to(), from).isBlank()) {
          open = new Piece(role, open.from(), Math.max(open.to(), to));
        } else {
          if (open != null) {
            pieces.add(open);
          }
          open = new Piece(role, from, to);
        }
      }
      if (open != null) {
        pieces.add(open);
      }
    }
    pieces.sort(Comparator.comparingInt((Piece p) -> p.to() - p.from()).reversed());
    int[] owner = new int[in.size];
    java.util.Arrays.fill(owner, -1);
    for (int k = 0; k < pieces.size(); k++) {
      Piece p = pieces.get(k);
      for (int i = in.tokenAt(p.from()); i < in.size && in.start[i] < p.to(); i++) {
        owner[i] = k;
      }
    }
    int[] out = new int[in.size];
    for (int i = 0; i < in.size; i++) {
      if (owner[i] >= 0) {
        int role = pieces.get(owner[i]).role();
        out[i] = i > 0 && owner[i - 1] == owner[i] ? role * 2 : role * 2 - 1;
      }
    }
    return out;
  }

  /** Writes {@code model} to {@code out}: OpenNLP's binary model format, gzipped (no time stamp). */
  public static void write(AbstractModel model, Path out) throws IOException {
    Files.write(out, bytes(model));
  }

  static byte[] bytes(AbstractModel model) throws IOException {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    try (DataOutputStream data = new DataOutputStream(new GZIPOutputStream(raw))) {
      new GenericModelWriter(model, data).persist();
    }
    return raw.toByteArray();
  }
}
