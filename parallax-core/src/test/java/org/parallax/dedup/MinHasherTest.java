package org.parallax.dedup;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MinHasherTest {

  private static final long SEED = 20260001L;
  private final MinHasher hasher = new MinHasher();

  private static String randomText(SplittableRandom random, int words) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words; i++) {
      sb.append("w").append(random.nextInt(5000)).append(' ');
    }
    return sb.toString();
  }

  @Test
  void lightEditsStaySimilarAndUnrelatedTextsDoNot() {
    SplittableRandom random = new SplittableRandom(SEED);
    String text = randomText(random, 300);
    List<String> words = new ArrayList<>(List.of(text.split(" ")));
    for (int i = 0; i < 6; i++) {
      words.set(random.nextInt(words.size()), "edited");
    }
    String edited = String.join(" ", words);
    long[] a = hasher.signature(text);
    long[] b = hasher.signature(edited);
    long[] c = hasher.signature(randomText(random, 300));
    double near = MinHasher.similarity(a, b);
    double far = MinHasher.similarity(a, c);
    assertTrue(near > 0.7, "seed " + SEED + ": near-duplicate similarity " + near);
    assertTrue(far < 0.1, "seed " + SEED + ": unrelated similarity " + far);
    assertTrue(!Collections.disjoint(MinHasher.bandKeys(a), MinHasher.bandKeys(b)), "seed " + SEED);
  }

  @Test
  void shortTextsHaveNoSignature() {
    assertNull(hasher.signature("Too short to judge by wording alone."));
  }

  @Test
  void signaturesRoundTrip() {
    long[] sig = hasher.signature(randomText(new SplittableRandom(SEED), 50));
    byte[] bytes = MinHasher.encode(sig);
    assertTrue(java.util.Arrays.equals(sig, MinHasher.decode(bytes, 0, bytes.length)));
  }
}
