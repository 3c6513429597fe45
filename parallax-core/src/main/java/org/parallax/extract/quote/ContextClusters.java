package org.parallax.extract.quote;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.parallax.embed.TokenVectors;

/**
 * Discrete contextual features for the attribution tagger: each token's MiniLM vector ({@link TokenVectors}) mapped
 * to the nearest of k centroids fitted by k-means on training tokens, so that a predicate the training text never
 * showed as a cue can share weight with cues read in a similar context.
 *
 * <p>Experimental: off unless the system property {@value #PROPERTY} names a centroid file that {@link #write}
 * wrote. Each thread keeps its own {@link TokenVectors} (one ONNX session per thread).
 */
final class ContextClusters {

  /** System property naming the centroid file the tagger's features use; unset, the features are off. */
  static final String PROPERTY = "parallax.quotes.context";

  /** System property: {@code cue-sentences} reads only the sentences with a cue candidate; unset, the whole text. */
  static final String SCOPE = "parallax.quotes.context.scope";

  /** The cluster of a token that was not read. */
  static final int NONE = -1;

  private static final ThreadLocal<TokenVectors> VECTORS = ThreadLocal.withInitial(TokenVectors::new);
  private static volatile ContextClusters active;
  private static volatile boolean loaded;

  private final float[][] centroids;
  private final float[] halfNorms;

  ContextClusters(float[][] centroids) {
    if (centroids.length == 0) {
      throw new IllegalArgumentException("The parameter 'centroids' must not be empty.");
    }
    this.centroids = centroids;
    halfNorms = new float[centroids.length];
    for (int c = 0; c < centroids.length; c++) {
      halfNorms[c] = dot(centroids[c], centroids[c]) / 2;
    }
  }

  /** The clusters named by {@value #PROPERTY}, or null when the property is unset. */
  static ContextClusters active() {
    if (!loaded) {
      synchronized (ContextClusters.class) {
        if (!loaded) {
          String file = System.getProperty(PROPERTY);
          if (file != null) {
            try (InputStream in = Files.newInputStream(Path.of(file))) {
              active = read(in);
            } catch (IOException e) {
              throw new java.io.UncheckedIOException("Cannot read the context clusters " + file, e);
            }
          }
          loaded = true;
        }
      }
    }
    return active;
  }

  int size() {
    return centroids.length;
  }

  /** The token vectors of {@code words} on this thread's model. */
  static float[][] vectors(List<String> words) {
    return VECTORS.get().of(words);
  }

  /**
   * The nearest centroid of each token's vector, or {@link #NONE}. With the system property {@value #SCOPE} set to
   * {@code cue-sentences}, only the sentences with a cue candidate ({@link TagInput#cueSentences()}) are read, as one
   * sequence; the other tokens get {@link #NONE}.
   */
  int[] of(TagInput in) {
    boolean[] read = new boolean[in.size];
    if ("cue-sentences".equals(System.getProperty(SCOPE))) {
      read = in.cueSentences();
    } else {
      java.util.Arrays.fill(read, true);
    }
    List<String> words = new ArrayList<>();
    for (int i = 0; i < in.size; i++) {
      if (read[i]) {
        words.add(in.text.substring(in.start[i], in.end[i]));
      }
    }
    float[][] v = vectors(words);
    int[] out = new int[in.size];
    int k = 0;
    for (int i = 0; i < in.size; i++) {
      out[i] = read[i] ? nearest(v[k++]) : NONE;
    }
    return out;
  }

  /** The index of the centroid nearest {@code v} (Euclidean). */
  int nearest(float[] v) {
    int best = 0;
    float bestScore = Float.NEGATIVE_INFINITY;
    for (int c = 0; c < centroids.length; c++) {
      float score = dot(centroids[c], v) - halfNorms[c];
      if (score > bestScore) {
        bestScore = score;
        best = c;
      }
    }
    return best;
  }

  private static float dot(float[] a, float[] b) {
    float s0 = 0;
    float s1 = 0;
    float s2 = 0;
    float s3 = 0;
    int d = 0;
    for (; d + 3 < a.length; d += 4) {
      s0 += a[d] * b[d];
      s1 += a[d + 1] * b[d + 1];
      s2 += a[d + 2] * b[d + 2];
      s3 += a[d + 3] * b[d + 3];
    }
    for (; d < a.length; d++) {
      s0 += a[d] * b[d];
    }
    return (s0 + s1) + (s2 + s3);
  }

  /**
   * K-means (Lloyd) on {@code points}: {@code k} distinct points drawn with {@code seed} to start, then
   * {@code iterations} rounds; an emptied centroid keeps its place. Deterministic for the same input and settings.
   */
  static ContextClusters fit(List<float[]> points, int k, long seed, int iterations) {
    if (k < 1 || k > points.size()) {
      throw new IllegalArgumentException("k must be between 1 and " + points.size() + ", got " + k);
    }
    Random random = new Random(seed);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      order.add(i);
    }
    java.util.Collections.shuffle(order, random);
    int dims = points.get(0).length;
    float[][] centroids = new float[k][];
    for (int c = 0; c < k; c++) {
      centroids[c] = points.get(order.get(c)).clone();
    }
    for (int round = 0; round < iterations; round++) {
      ContextClusters current = new ContextClusters(centroids);
      double[][] sums = new double[k][dims];
      int[] counts = new int[k];
      for (float[] p : points) {
        int c = current.nearest(p);
        counts[c]++;
        for (int d = 0; d < dims; d++) {
          sums[c][d] += p[d];
        }
      }
      float[][] next = new float[k][];
      for (int c = 0; c < k; c++) {
        if (counts[c] == 0) {
          next[c] = centroids[c];
          continue;
        }
        next[c] = new float[dims];
        for (int d = 0; d < dims; d++) {
          next[c][d] = (float) (sums[c][d] / counts[c]);
        }
      }
      centroids = next;
    }
    return new ContextClusters(centroids);
  }

  /** The centroids, gzipped: their count, dimensions, then the floats row by row. */
  byte[] bytes() throws IOException {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(raw))) {
      out.writeInt(centroids.length);
      out.writeInt(centroids[0].length);
      for (float[] c : centroids) {
        for (float x : c) {
          out.writeFloat(x);
        }
      }
    }
    return raw.toByteArray();
  }

  static void write(ContextClusters clusters, Path out) throws IOException {
    Files.write(out, clusters.bytes());
  }

  static ContextClusters read(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(in)));
    int k = data.readInt();
    int dims = data.readInt();
    float[][] centroids = new float[k][dims];
    for (float[] c : centroids) {
      for (int d = 0; d < dims; d++) {
        c[d] = data.readFloat();
      }
    }
    return new ContextClusters(centroids);
  }
}
