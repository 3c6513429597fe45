package org.parallax.extract.quote;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;
import org.parallax.model.Span;

/**
 * Finds attributions with a token tagger trained on PolNeAR: each token of the text gets a label (begin or inside of
 * a source, cue or content, or outside) from a maximum-entropy model over word, word-cluster, shape, quotation-mark,
 * cue-lexicon and rule features ({@link TagFeatures}), averaged in log-probability with a perceptron trained on the
 * same features (the shipped partner finds more, the maxent model is more precise), decided left to right in a beam
 * of {@link #BEAM} label sequences, each token with the two labels before it; the labelled spans are then grouped
 * into attributions, each content with the nearest cue and the source nearest that cue; a cue left without a content
 * gets the clause {@link CueContent} reads for it, and indirect contents end with their clause. Last,
 * {@link UntaggedCues} adds the attributions of cue phrases the tagger left untouched ({@code according to X},
 * {@code X is expected to}), repeats go, and a content that opens at a quotation keeps the article or "to" before it.
 *
 * <p>{@link #find(String)} has the contract of {@link Attributions#find(String)}: spans in code points, inside the
 * text, ordered by content start, never throwing on non-null text.
 */
public final class AttributionTagger {

  /** Classpath resource of the shipped model, beside this class. */
  public static final String MODEL_RESOURCE = "attribution-tagger.bin.gz";

  /** The labels, in the order the trainer and the decoder share. */
  static final List<String> LABELS = List.of("O", "B-S", "I-S", "B-C", "I-C", "B-T", "I-T");

  /**
   * How far, in tokens, a content looks for its cue, and a cue for its source. A content with no cue in reach is
   * dropped: on PolNeAR dev most such contents are not attributions at all.
   */
  private static final int CUE_REACH = 8;
  private static final int SOURCE_REACH = 25;

  private static volatile AttributionTagger shipped;

  /** Classpath resource of the shipped partner model (OpenNLP perceptron), beside this class. */
  public static final String PARTNER_RESOURCE = "attribution-tagger-perceptron.bin.gz";

  /**
   * The shipped partner's weight: each label's log-probability is the maxent model's times 0.3 plus the perceptron's
   * times 0.7 (chosen on PolNeAR dev among 0.5 to 0.9 with the beam of {@link #BEAM}).
   */
  public static final double PARTNER_WEIGHT = 0.7;

  private final LabelScores model;
  private final int[] labelIndex;
  private final LabelScores partner;
  private final int[] partnerIndex;
  private final double partnerWeight;

  AttributionTagger(MaxentModel model) {
    this(model, null, 0);
  }

  /** A tagger that decodes with {@code model} and, when not null, {@code partner} weighted {@code partnerWeight}. */
  AttributionTagger(MaxentModel model, MaxentModel partner, double partnerWeight) {
    if (!(partnerWeight >= 0 && partnerWeight < 1)) {
      throw new IllegalArgumentException("partnerWeight must be in [0, 1), got " + partnerWeight);
    }
    this.model = new LabelScores(model);
    labelIndex = indexes(model);
    this.partner = partner == null ? null : new LabelScores(partner);
    partnerIndex = partner == null ? null : indexes(partner);
    this.partnerWeight = partner == null ? 0 : partnerWeight;
  }

  private static int[] indexes(MaxentModel model) {
    int[] index = new int[LABELS.size()];
    for (int l = 0; l < LABELS.size(); l++) {
      index[l] = model.getIndex(LABELS.get(l));
    }
    return index;
  }

  /** The tagger with the model shipped in Parallax, loaded from the classpath on first use. */
  public static AttributionTagger shipped() {
    AttributionTagger t = shipped;
    if (t == null) {
      synchronized (AttributionTagger.class) {
        t = shipped;
        if (t == null) {
          try (InputStream in = resource(MODEL_RESOURCE); InputStream partner = resource(PARTNER_RESOURCE)) {
            t = read(in, partner, PARTNER_WEIGHT);
          } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the attribution models " + MODEL_RESOURCE + " and "
                + PARTNER_RESOURCE, e);
          }
          shipped = t;
        }
      }
    }
    return t;
  }

  private static InputStream resource(String name) {
    InputStream in = AttributionTagger.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("Resource " + name + " is missing beside " + AttributionTagger.class.getName());
    }
    return in;
  }

  /** A tagger with the model in {@code in} alone, as {@link QuoteTrainer#write} writes it (gzip). */
  public static AttributionTagger read(InputStream in) throws IOException {
    return new AttributionTagger(model(in));
  }

  /**
   * A tagger with the model in {@code in} and a partner model in {@code partner} (both as {@link QuoteTrainer#write}
   * writes them), the partner's log-probabilities weighted {@code partnerWeight} in [0, 1) against the model's.
   */
  public static AttributionTagger read(InputStream in, InputStream partner, double partnerWeight) throws IOException {
    return new AttributionTagger(model(in), model(partner), partnerWeight);
  }

  private static MaxentModel model(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in)));
    return new GenericModelReader(new BinaryFileDataReader(data)).getModel();
  }

  /** The attributions of {@code text} by the shipped model. */
  public static List<Attribution> find(String text) {
    return shipped().attributions(text);
  }

  /** The attributions of {@code text} by this tagger's model. */
  public List<Attribution> attributions(String text) {
    if (text == null) {
      throw new IllegalArgumentException("The parameter 'text' must not be null.");
    }
    TagInput in = TagInput.of(text);
    List<Attribution> merged = RuleMerge.merge(text, group(in, labels(in)), in.rules);
    return withLeadingWord(text, distinct(UntaggedCues.add(in, merged)));
  }

  /** Words that a quotation completes and its content keeps ("called it a “rant”", "urged them to “go vote”"). */
  private static final Set<String> LEADING_WORDS = Set.of("the", "a", "an", "his", "her", "their", "its", "our", "my",
      "to");

  /**
   * The attributions with each content that opens at a quotation mark right after one of {@link #LEADING_WORDS}
   * opened at that word instead (on PolNeAR's training part a gold content holds the article, possessive or "to"
   * before its quotation 104 times and leaves it out 8 times), unless the word belongs to the source or the cue.
   */
  static List<Attribution> withLeadingWord(String text, List<Attribution> attributions) {
    List<Attribution> out = new ArrayList<>(attributions.size());
    for (Attribution a : attributions) {
      int quote = text.offsetByCodePoints(0, a.content().start());
      int end = quote;
      while (end > 0 && text.charAt(end - 1) == ' ') {
        end--;
      }
      int start = end;
      while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
        start--;
      }
      boolean leads = quote < text.length() && TagInput.isQuoteMark(text.substring(quote, quote + 1))
          && end < quote && start < end && LEADING_WORDS.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
      Span widened = new Span(text.codePointCount(0, start), a.content().end());
      boolean free = (a.cue() == null || !a.cue().overlaps(widened))
          && (a.source() == null || !a.source().overlaps(widened));
      if (leads && free) {
        out.add(new Attribution(a.source(), a.cue(), widened, a.speaker(), a.direct()));
      } else {
        out.add(a);
      }
    }
    return out;
  }

  /** The attributions without repeats: the first of those with the same source, cue and content is kept. */
  static List<Attribution> distinct(List<Attribution> attributions) {
    Set<List<Span>> seen = new HashSet<>();
    List<Attribution> out = new ArrayList<>();
    for (Attribution a : attributions) {
      if (seen.add(Arrays.asList(a.source(), a.cue(), a.content()))) {
        out.add(a);
      }
    }
    return out.size() == attributions.size() ? attributions : List.copyOf(out);
  }

  /**
   * How many label sequences the decoder keeps at each token (chosen on PolNeAR dev among 2 to 20: with the partner,
   * 2 lost a long content's right reading early; past 8 the gains stop).
   */
  static final int BEAM = 8;

  /** The label index that stands for "before the first token" in a label history. */
  private static final int BOS = LABELS.size();

  /** The label index (into {@link #LABELS}) of every token: the likeliest sequence a beam search finds. */
  int[] labels(TagInput in) {
    int n = in.size;
    int width = BEAM * LABELS.size();
    int[][] back = new int[n][];
    int[][] chosen = new int[n][];
    int[] last = {0};
    int[] beforeLast = {0};
    double[] scores = {0};
    double[] next = new double[width];
    int[] from = new int[width];
    int[] label = new int[width];
    Integer[] order = new Integer[width];
    // one token's probabilities per label history (previous, before previous): beam entries that share it share them
    double[][][] seen = new double[(BOS + 1) * (BOS + 1)][][];
    for (int i = 0; i < n; i++) {
      String[] fixedFeatures = TagFeatures.fixed(in, i);
      Object fixed = model.fixed(fixedFeatures);
      Object fixed2 = partner == null ? null : partner.fixed(fixedFeatures);
      int candidates = 0;
      Arrays.fill(seen, null);
      for (int h = 0; h < scores.length; h++) {
        int previousLabel = i == 0 ? BOS : last[h];
        int beforePreviousLabel = i < 2 ? BOS : beforeLast[h];
        int history = previousLabel * (BOS + 1) + beforePreviousLabel;
        if (seen[history] == null) {
          String previous = previousLabel == BOS ? "BOS" : LABELS.get(previousLabel);
          String beforePrevious = beforePreviousLabel == BOS ? "BOS" : LABELS.get(beforePreviousLabel);
          String[] dyn = TagFeatures.dynamic(in, i, previous, beforePrevious);
          seen[history] = new double[][] {model.probabilities(fixed, dyn),
              partner == null ? null : partner.probabilities(fixed2, dyn)};
        }
        double[] p = seen[history][0];
        double[] p2 = seen[history][1];
        for (int l = 0; l < LABELS.size(); l++) {
          if (labelIndex[l] < 0 || !allowed(l, i == 0 ? 0 : last[h])) {
            continue;
          }
          double lp = Math.log(Math.max(p[labelIndex[l]], 1e-12));
          if (p2 != null) {
            lp = (1 - partnerWeight) * lp + partnerWeight * Math.log(Math.max(p2[partnerIndex[l]], 1e-12));
          }
          next[candidates] = scores[h] + lp;
          from[candidates] = h;
          label[candidates] = l;
          order[candidates] = candidates;
          candidates++;
        }
      }
      Arrays.sort(order, 0, candidates, (x, y) -> Double.compare(next[y], next[x]));
      int kept = Math.min(BEAM, candidates);
      back[i] = new int[kept];
      chosen[i] = new int[kept];
      int[] newLast = new int[kept];
      int[] newBeforeLast = new int[kept];
      double[] newScores = new double[kept];
      for (int k = 0; k < kept; k++) {
        int c = order[k];
        back[i][k] = from[c];
        chosen[i][k] = label[c];
        newLast[k] = label[c];
        newBeforeLast[k] = last[from[c]];
        newScores[k] = next[c];
      }
      last = newLast;
      beforeLast = newBeforeLast;
      scores = newScores;
    }
    int[] out = new int[n];
    int h = 0;
    for (int i = n - 1; i >= 0; i--) {
      out[i] = chosen[i][h];
      h = back[i][h];
    }
    return out;
  }

  /** An inside label only continues its own role. */
  private static boolean allowed(int label, int previous) {
    return label == 0 || label % 2 == 1 || previous == label || previous == label - 1;
  }

  /** A run of tokens [{@code from}, {@code to}) with one role: 1 source, 2 cue, 3 content. */
  record Piece(int role, int from, int to) {
    static final int SOURCE = 1;
    static final int CUE = 2;
    static final int CONTENT = 3;
  }

  /**
   * A tagged source that ends in a relative "who" or "which" ("Mr. Obama, who", "some who") trimmed to the pronoun:
   * the relative clause's own attribution has the pronoun as its source (PolNeAR's training part marks "who" or
   * "which" alone 531 times and a longer phrase ending in it 7 times), and the speaker is resolved from the pronoun to
   * the name before it.
   */
  static Piece relativePronoun(TagInput in, Piece source) {
    if (source == null || source.to() - source.from() < 2) {
      return source;
    }
    String last = in.norm[source.to() - 1];
    boolean relative = last.equals("who") || last.equals("which");
    return relative ? new Piece(Piece.SOURCE, source.to() - 1, source.to()) : source;
  }

  private static List<Attribution> group(TagInput in, int[] labels) {
    List<Piece> pieces = new ArrayList<>();
    for (int i = 0; i < in.size; i++) {
      if (labels[i] == 0) {
        continue;
      }
      int role = (labels[i] + 1) / 2;
      int j = i;
      while (j + 1 < in.size && labels[j + 1] == role * 2) {
        j++;
      }
      pieces.add(new Piece(role, i, j + 1));
      i = j;
    }
    String text = in.text;
    Speakers speakers = null;
    List<Attribution> out = new ArrayList<>();
    String previousSpeaker = null;
    int previousEnd = -1;
    for (Piece[] pair : pairs(in, pieces)) {
      Piece content = pair[0];
      Piece cue = pair[1];
      Piece source = relativePronoun(in, nearest(pieces, Piece.SOURCE, cue, SOURCE_REACH));
      Span contentSpan = span(in, CueContent.trimmed(in, content));
      Span sourceSpan = source == null ? null : span(in, source);
      String speaker = null;
      if (sourceSpan != null) {
        if (speakers == null) {
          speakers = Speakers.of(text, quoteParts(text));
        }
        speaker = speakers.resolve(text, sourceSpan, previousSpeaker, previousEnd);
        previousSpeaker = speaker;
        previousEnd = sourceSpan.end();
      }
      String said = contentSpan.of(text);
      boolean direct = TagInput.isQuoteMark(said.substring(0, 1))
          || TagInput.isQuoteMark(said.substring(said.length() - 1));
      out.add(new Attribution(cp(text, sourceSpan), cp(text, span(in, cue)),
          cp(text, contentSpan), speaker, direct));
    }
    return out;
  }

  /**
   * Each content with its cue, ordered by content start: every content with the nearest cue in reach (contents
   * without one are dropped), then every cue left without a content with the one {@link CueContent} reads for it.
   */
  private static List<Piece[]> pairs(TagInput in, List<Piece> pieces) {
    List<Piece[]> pairs = new ArrayList<>();
    Set<Piece> cued = new HashSet<>();
    for (Piece content : pieces) {
      if (content.role() == Piece.CONTENT) {
        Piece cue = nearest(pieces, Piece.CUE, content, CUE_REACH);
        if (cue != null) {
          pairs.add(new Piece[] {content, cue});
          cued.add(cue);
        }
      }
    }
    for (Piece cue : pieces) {
      if (cue.role() == Piece.CUE && !cued.contains(cue)) {
        Piece content = CueContent.of(in, cue, nearest(pieces, Piece.SOURCE, cue, CueContent.SOURCE_REACH));
        if (content != null) {
          pairs.add(new Piece[] {content, cue});
        }
      }
    }
    pairs.sort(Comparator.comparingInt((Piece[] pair) -> pair[0].from()));
    return pairs;
  }

  /** The piece of {@code role} nearest {@code to}, at most {@code reach} tokens away, or null. */
  static Piece nearest(List<Piece> pieces, int role, Piece to, int reach) {
    Piece best = null;
    int bestGap = reach + 1;
    for (Piece p : pieces) {
      if (p.role() != role) {
        continue;
      }
      int gap = p.from() >= to.to() ? p.from() - to.to() : to.from() >= p.to() ? to.from() - p.to() : 0;
      if (gap < bestGap) {
        best = p;
        bestGap = gap;
      }
    }
    return best;
  }

  private static List<Span> quoteParts(String text) {
    List<Span> parts = new ArrayList<>();
    for (Quote q : QuoteMarks.find(text)) {
      parts.addAll(q.parts());
    }
    parts.sort(Comparator.naturalOrder());
    return parts;
  }

  private static Span span(TagInput in, Piece p) {
    return new Span(in.start[p.from()], in.end[p.to() - 1]);
  }

  private static Span cp(String text, Span span) {
    return span == null ? null : span.toCodePoints(text);
  }
}
