package org.parallax.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StackFeaturesTest {

  // Smith said the talks were useful . Then rain .
  //   0    1   2    3    4     5     6   7    8  9
  private static final String TEXT = "Smith said the talks were useful. Then rain.";
  private static final int[] LABELS = {1, 3, 5, 6, 6, 6, 0, 0, 0, 0};
  private static final double[] SURE = {0.95, 0.999, 0.6, 0.8, 0.8, 0.3, 1, 1, 1, 1};

  private static List<String> stacked(int i) {
    TagInput in = TagInput.of(TEXT);
    assertEquals(LABELS.length, in.size);
    String[] fixed = TagFeatures.fixed(in, i);
    String[] all = new StackFeatures(in, new AttributionTagger.Tagged(LABELS, SURE)).with(fixed, i);
    assertEquals(List.of(fixed), List.of(all).subList(0, fixed.length));
    return List.of(all).subList(fixed.length, all.length);
  }

  @Test
  void theCueSeesItsNeighboursLabelsOnBothSides() {
    assertEquals(List.of("k0=B-C", "k0p=B-C|99",
        "k-5=BOS", "k-4=BOS", "k-3=BOS", "k-2=BOS", "k-1=B-S",
        "k1=B-T", "k2=I-T", "k3=I-T", "k4=I-T", "k5=O",
        "k-1k0k+1=B-S|B-C|B-T", "k-2k-1=BOS|B-S", "k+1k+2=B-T|I-T",
        "kn=S<1", "kn=C<-", "kn=T<-", "kn=S>-", "kn=C>-", "kn=T>1",
        "knC=C<-|C>-", "kcs=true", "k0w=B-C|w=said"), stacked(1));
  }

  @Test
  void distancesStayWithinTheSentence() {
    List<String> f = stacked(5);
    assertTrue(f.contains("k0p=I-T|low"), f.toString());
    assertTrue(f.containsAll(List.of("kn=S<3-5", "kn=C<3-5", "kn=T<1", "kn=S>-", "kn=C>-", "kn=T>-")), f.toString());
    // "Then rain." has no predicted cue, and the first sentence's roles are not "before" it.
    List<String> then = stacked(7);
    assertTrue(then.containsAll(List.of("kcs=false", "kn=S<-", "kn=C<-", "kn=T<-", "k-1=O", "k-2=I-T")),
        then.toString());
  }

  @Test
  void labelsMustCoverEveryToken() {
    TagInput in = TagInput.of(TEXT);
    assertEquals("first has 2 labels for 10 tokens", assertThrows(IllegalArgumentException.class,
        () -> new StackFeatures(in, new AttributionTagger.Tagged(new int[2], new double[2]))).getMessage());
  }
}
