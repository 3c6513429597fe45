package org.parallax.dedup;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.parallax.text.Token;
import org.parallax.text.Tokenizer;

/**
 * MinHash signatures over word shingles, with locality-sensitive hashing bands, to find near-duplicate articles
 * (wire reprints, light edits) without comparing every pair.
 *
 * <p>With {@value #HASHES} hashes in {@value #BANDS} bands, two texts whose shingle sets have Jaccard similarity
 * 0.7 share a band with probability above 0.99, and texts at 0.3 with probability about 0.23; candidates are then
 * confirmed on the estimated similarity.
 */
public final class MinHasher {

  public static final int HASHES = 128;
  public static final int BANDS = 32;
  private static final int ROWS = HASHES / BANDS;
  private static final int SHINGLE = 4;
  private static final long PRIME = (1L << 61) - 1;

  /** Texts with fewer words than this are too short to call near-duplicates on wording alone. */
  public static final int MIN_WORDS = 25;

  private final long[] a = new long[HASHES];
  private final long[] b = new long[HASHES];

  public MinHasher() {
    SplittableRandom random = new SplittableRandom(0x5EEDL);
    for (int i = 0; i < HASHES; i++) {
      a[i] = 1 + random.nextLong(PRIME - 1);
      b[i] = random.nextLong(PRIME);
    }
  }

  /** The signature of {@code text}, or null when it is shorter than {@link #MIN_WORDS} words. */
  public long[] signature(String text) {
    List<Token> words = Tokenizer.words(text);
    if (words.size() < MIN_WORDS) {
      return null;
    }
    long[] sig = new long[HASHES];
    java.util.Arrays.fill(sig, Long.MAX_VALUE);
    for (int i = 0; i + SHINGLE <= words.size(); i++) {
      long h = shingleHash(words, i);
      for (int k = 0; k < HASHES; k++) {
        long v = Math.floorMod(a[k] * h + b[k], PRIME);
        if (v < sig[k]) {
          sig[k] = v;
        }
      }
    }
    return sig;
  }

  private static long shingleHash(List<Token> words, int from) {
    long h = 1125899906842597L;
    for (int i = from; i < from + SHINGLE; i++) {
      String w = words.get(i).norm();
      for (int c = 0; c < w.length(); c++) {
        h = 31 * h + w.charAt(c);
      }
      h = 31 * h + ' ';
    }
    return mix(h) & PRIME;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }

  /** One key per band: two signatures that share a key are near-duplicate candidates. */
  public static List<String> bandKeys(long[] sig) {
    List<String> keys = new ArrayList<>(BANDS);
    for (int band = 0; band < BANDS; band++) {
      long h = band;
      for (int r = 0; r < ROWS; r++) {
        h = mix(h * 0x9E3779B97F4A7C15L + sig[band * ROWS + r]);
      }
      keys.add(band + ":" + Long.toHexString(h));
    }
    return keys;
  }

  /** The fraction of equal positions: an estimate of the Jaccard similarity of the two shingle sets. */
  public static double similarity(long[] x, long[] y) {
    int same = 0;
    for (int i = 0; i < HASHES; i++) {
      if (x[i] == y[i]) {
        same++;
      }
    }
    return same / (double) HASHES;
  }

  public static byte[] encode(long[] sig) {
    ByteBuffer buf = ByteBuffer.allocate(sig.length * Long.BYTES);
    for (long v : sig) {
      buf.putLong(v);
    }
    return buf.array();
  }

  public static long[] decode(byte[] bytes, int offset, int length) {
    ByteBuffer buf = ByteBuffer.wrap(bytes, offset, length);
    long[] sig = new long[length / Long.BYTES];
    for (int i = 0; i < sig.length; i++) {
      sig[i] = buf.getLong();
    }
    return sig;
  }
}
