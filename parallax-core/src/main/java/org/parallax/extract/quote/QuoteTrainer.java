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

  /** A model trained on {@code examples}. */
  public static AbstractModel train(List<Example> examples, Settings settings) throws IOException {
    if (examples.isEmpty()) {
      throw new IllegalArgumentException("examples must not be empty");
    }
    List<Event> events = new ArrayList<>();
    for (Example e : examples) {
      TagInput in = TagInput.of(e.text());
      int[] labels = labels(in, e.gold());
      String previous = "BOS";
      String beforePrevious = "BOS";
      for (int i = 0; i < in.size; i++) {
        String label = AttributionTagger.LABELS.get(labels[i]);
        events.add(new Event(label, TagFeatures.of(in, i, previous, beforePrevious)));
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
