package org.parallax.extract.quote;

import org.parallax.embed.SentenceEmbedder;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.List;
import java.util.Map;

/**
 * Contextual token vectors from the all-MiniLM-L6-v2 model that {@link SentenceEmbedder} ships: for a sequence of
 * words, one {@value SentenceEmbedder#DIMENSIONS}-float vector per word, the mean of its word pieces' last hidden
 * states, scaled to unit length (all zeros for a word the tokenizer gives no piece).
 *
 * <p>A sequence longer than the model's {@value SentenceEmbedder#MAX_TOKENS} word pieces is read in overlapping
 * windows, run as one padded batch; each piece takes its state from the window in which it has the most context on
 * its nearer side. Not thread-safe: each thread holds its own instance (one ONNX session, one intra-op thread).
 * Close it to free the native session.
 */
public final class TokVec implements AutoCloseable {

  /** Word pieces per window, [CLS] and [SEP] left out. */
  private static final int WINDOW = SentenceEmbedder.MAX_TOKENS - 2;
  /** How far the start of one window lies from the start of the next. */
  private static final int STRIDE = 192;
  private static final long CLS = 101;
  private static final long SEP = 102;
  private static final int DIMENSIONS = SentenceEmbedder.DIMENSIONS;

  private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
  private final HuggingFaceTokenizer tokenizer;
  private final OrtSession session;

  /** Loads the model and tokenizer from the class path (nothing is fetched). */
  public TokVec() {
    try (InputStream json = SentenceEmbedder.class.getResourceAsStream("/all-minilm-l6-v2-q-tokenizer.json")) {
      tokenizer = HuggingFaceTokenizer.newInstance(json,
          Map.of("truncation", "false", "padding", "false", "addSpecialTokens", "false"));
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      byte[] model;
      try (InputStream in = SentenceEmbedder.class.getResourceAsStream("/all-minilm-l6-v2-q.onnx")) {
        model = in.readAllBytes();
      }
      session = environment.createSession(model, options);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the embedding model from the class path", e);
    } catch (OrtException e) {
      throw new IllegalStateException("Cannot start the embedding model: " + e.getMessage(), e);
    }
  }

  /** The vector of each word of {@code words}, in order: {@code words.size()} arrays. */
  public float[][] of(List<String> words) {
    if (words == null) {
      throw new IllegalArgumentException("The parameter 'words' must not be null.");
    }
    float[][] out = new float[words.size()][DIMENSIONS];
    if (words.isEmpty()) {
      return out;
    }
    Encoding encoding = tokenizer.encode(words.toArray(new String[0]), false, false);
    long[] ids = encoding.getIds();
    long[] wordIds = encoding.getWordIds();
    int pieces = ids.length;
    if (pieces == 0) {
      return out;
    }
    int windows = pieces <= WINDOW ? 1 : 1 + (pieces - WINDOW + STRIDE - 1) / STRIDE;
    int width = Math.min(pieces, WINDOW) + 2;
    float[][][] hidden;
    try {
      hidden = run(ids, windows, width);
    } catch (OrtException e) {
      throw new IllegalStateException("The embedding model failed: " + e.getMessage(), e);
    }
    for (int p = 0; p < pieces; p++) {
      int word = (int) wordIds[p];
      if (word < 0 || word >= out.length) {
        continue;
      }
      int w = window(p, pieces, windows);
      float[] state = hidden[w][p - w * STRIDE + 1];
      float[] v = out[word];
      for (int d = 0; d < DIMENSIONS; d++) {
        v[d] += state[d];
      }
    }
    for (float[] v : out) {
      normalise(v);
    }
    return out;
  }

  /** The window piece {@code p} is read from: the one that gives it the most context on its nearer side. */
  static int window(int p, int pieces, int windows) {
    int best = 0;
    int bestMargin = -1;
    for (int w = Math.max(0, (p - WINDOW) / STRIDE); w < windows && w * STRIDE <= p; w++) {
      int from = w * STRIDE;
      int to = Math.min(pieces, from + WINDOW);
      if (p >= to) {
        continue;
      }
      int left = w == 0 ? Integer.MAX_VALUE : p - from;
      int right = to == pieces ? Integer.MAX_VALUE : to - 1 - p;
      int margin = Math.min(left, right);
      if (margin > bestMargin) {
        best = w;
        bestMargin = margin;
      }
    }
    return best;
  }

  private float[][][] run(long[] pieceIds, int windows, int width) throws OrtException {
    long[] ids = new long[windows * width];
    long[] mask = new long[windows * width];
    long[] types = new long[windows * width];
    for (int w = 0; w < windows; w++) {
      int from = w * STRIDE;
      int to = Math.min(pieceIds.length, from + WINDOW);
      int row = w * width;
      ids[row] = CLS;
      mask[row] = 1;
      for (int p = from; p < to; p++) {
        ids[row + 1 + p - from] = pieceIds[p];
        mask[row + 1 + p - from] = 1;
      }
      ids[row + 1 + to - from] = SEP;
      mask[row + 1 + to - from] = 1;
    }
    long[] shape = {windows, width};
    try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
        OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
        OnnxTensor typeTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(types), shape);
        OrtSession.Result result = session.run(Map.of("input_ids", idTensor, "attention_mask", maskTensor,
            "token_type_ids", typeTensor))) {
      return (float[][][]) result.get(0).getValue();
    }
  }

  private static void normalise(float[] v) {
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    if (norm > 0) {
      float scale = (float) (1 / Math.sqrt(norm));
      for (int d = 0; d < v.length; d++) {
        v[d] *= scale;
      }
    }
  }

  @Override
  public void close() {
    try {
      session.close();
    } catch (OrtException e) {
      // Closing frees native memory; nothing more can be done if that fails.
    }
    tokenizer.close();
  }
}
