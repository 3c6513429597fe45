package org.parallax.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.extract.entity.WordClusters;

/** The word-cluster features of the attribution tagger, read against the shipped clusters. */
class TagFeaturesTest {

  private static int index(TagInput in, String token) {
    for (int i = 0; i < in.size; i++) {
      if (in.text.substring(in.start[i], in.end[i]).equals(token)) {
        return i;
      }
    }
    throw new AssertionError("no token '" + token + "' in '" + in.text + "'");
  }

  @Test
  void aPrefixIsTheCoarserClusterAndAShortPathIsItself() {
    assertEquals("0110", TagFeatures.prefix("01101110001", 4));
    assertEquals("011011", TagFeatures.prefix("01101110001", 6));
    assertEquals("0110", TagFeatures.prefix("0110", 6));
    assertEquals(TagInput.NO_CLUSTER, TagFeatures.prefix(TagInput.NO_CLUSTER, 2));
  }

  @Test
  void everyTokenCarriesItsShippedClusterWithStraightApostrophes() {
    TagInput in = TagInput.of("The minister’s aide said it.");
    String said = WordClusters.shipped().lookup("said");
    String s = WordClusters.shipped().lookup("'s");
    assertNotNull(said, "the shipped clusters know 'said'");
    assertNotNull(s, "the shipped clusters know the clitic 's");
    assertEquals(said, in.cluster[index(in, "said")]);
    assertEquals(s, in.cluster[index(in, "’s")]);
  }

  @Test
  void anUnknownWordHasNoCluster() {
    TagInput in = TagInput.of("Qzxvw said so.");
    assertEquals(TagInput.NO_CLUSTER, in.cluster[index(in, "Qzxvw")]);
  }

  @Test
  void featuresNameTheClustersOfTheTokenAndItsNeighbours() {
    TagInput in = TagInput.of("The minister said that prices would fall.");
    int i = index(in, "said");
    List<String> f = List.of(TagFeatures.fixed(in, i));
    String said = in.cluster[i];
    String minister = in.cluster[i - 1];
    String that = in.cluster[i + 1];
    assertTrue(f.contains("c=" + said), f.toString());
    assertTrue(f.contains("c4=" + TagFeatures.prefix(said, 4)), f.toString());
    assertTrue(f.contains("c10=" + TagFeatures.prefix(said, 10)), f.toString());
    assertTrue(f.contains("c-1c=" + TagFeatures.prefix(minister, 6) + "|" + TagFeatures.prefix(said, 6)),
        f.toString());
    assertTrue(f.contains("cc+1=" + TagFeatures.prefix(said, 6) + "|" + TagFeatures.prefix(that, 6)), f.toString());
  }

  @Test
  void theFirstAndLastTokensSeeTheTextsEdgesAsNeighbours() {
    TagInput in = TagInput.of("Smith agreed");
    List<String> first = List.of(TagFeatures.fixed(in, 0));
    List<String> last = List.of(TagFeatures.fixed(in, in.size - 1));
    assertTrue(first.contains("c-1=BOS|BOS"), first.toString());
    assertTrue(last.contains("c+1=EOS|EOS"), last.toString());
  }
}
