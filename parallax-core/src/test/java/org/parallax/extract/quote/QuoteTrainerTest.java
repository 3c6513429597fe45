package org.parallax.extract.quote;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.model.Context;
import org.junit.jupiter.api.Test;
import org.parallax.model.Span;

class QuoteTrainerTest {

  private static final QuoteTrainer.Settings TINY = new QuoteTrainer.Settings("PERCEPTRON", 10, 0);

  /** {@code Source said Content.} with each role given by the text it covers. */
  private static QuoteTrainer.Example example(String source, String cue, String content) {
    String text = "Before that, " + source + " " + cue + " " + content + ". Then nothing more happened.";
    List<QuoteTrainer.Gold> gold = new ArrayList<>();
    gold.add(gold(text, "Source", source));
    gold.add(gold(text, "Cue", cue));
    gold.add(gold(text, "Content", content));
    return new QuoteTrainer.Example(text, gold);
  }

  private static QuoteTrainer.Gold gold(String text, String role, String covered) {
    int start = text.indexOf(covered);
    return new QuoteTrainer.Gold(role, List.of(new Span(start, start + covered.length()).toCodePoints(text)));
  }

  private static List<QuoteTrainer.Example> examples() {
    return List.of(example("Smith", "said", "the talks were useful"),
        example("the minister", "argued", "prices would fall"),
        example("Jones", "was frustrated by", "the delays at the port"),
        example("the mayor", "said", "the bridge would reopen"));
  }

  @Test
  void trainingTwiceGivesTheSameBytes() throws IOException {
    byte[] first = QuoteTrainer.bytes(QuoteTrainer.train(examples(), TINY));
    byte[] second = QuoteTrainer.bytes(QuoteTrainer.train(examples(), TINY));
    assertArrayEquals(first, second);
  }

  @Test
  void aTrainedModelReadsBackAndTagsItsTrainingText() throws IOException {
    byte[] model = QuoteTrainer.bytes(QuoteTrainer.train(examples(), TINY));
    AttributionTagger tagger = AttributionTagger.read(new ByteArrayInputStream(model));
    String text = examples().get(0).text();
    List<Attribution> found = tagger.attributions(text);
    assertEquals(1, found.size());
    assertEquals("Smith", found.get(0).source().ofCodePoints(text));
    assertEquals("said", found.get(0).cue().ofCodePoints(text));
    assertEquals("the talks were useful", found.get(0).content().ofCodePoints(text));
  }

  @Test
  void aModelWithAPartnerTagsItsTrainingTextAndAWeightOfOneIsRefused() throws IOException {
    byte[] perceptron = QuoteTrainer.bytes(QuoteTrainer.train(examples(), TINY));
    byte[] maxent = QuoteTrainer.bytes(QuoteTrainer.train(examples(), new QuoteTrainer.Settings("MAXENT", 30, 0)));
    String text = examples().get(3).text();
    AttributionTagger pair = AttributionTagger.read(new ByteArrayInputStream(maxent),
        new ByteArrayInputStream(perceptron), 0.6);
    List<Attribution> found = pair.attributions(text);
    assertEquals(1, found.size());
    assertEquals("the mayor", found.get(0).source().ofCodePoints(text));
    assertEquals("the bridge would reopen", found.get(0).content().ofCodePoints(text));
    assertEquals(AttributionTagger.read(new ByteArrayInputStream(maxent)).attributions(text),
        AttributionTagger.read(new ByteArrayInputStream(maxent), new ByteArrayInputStream(perceptron), 0)
            .attributions(text));
    assertThrows(IllegalArgumentException.class, () -> AttributionTagger.read(new ByteArrayInputStream(maxent),
        new ByteArrayInputStream(perceptron), 1.0));
  }

  @Test
  void quasiNewtonTrainingIsRepeatableAndTagsItsTrainingText() throws IOException {
    QuoteTrainer.Settings qn = new QuoteTrainer.Settings("MAXENT_QN", 50, 0, 0, 0.1);
    byte[] first = QuoteTrainer.bytes(QuoteTrainer.train(examples(), qn));
    assertArrayEquals(first, QuoteTrainer.bytes(QuoteTrainer.train(examples(), qn)));
    String text = examples().get(1).text();
    List<Attribution> found = AttributionTagger.read(new ByteArrayInputStream(first)).attributions(text);
    assertEquals(1, found.size());
    assertEquals("the minister", found.get(0).source().ofCodePoints(text));
    assertEquals("argued", found.get(0).cue().ofCodePoints(text));
    assertEquals("prices would fall", found.get(0).content().ofCodePoints(text));
  }

  @Test
  void anL1CostDropsWeights() throws IOException {
    assertTrue(nonZero(new QuoteTrainer.Settings("MAXENT_QN", 50, 0, 1.0, 0))
        < nonZero(new QuoteTrainer.Settings("MAXENT_QN", 50, 0, 0, 0.1)));
  }

  private static int nonZero(QuoteTrainer.Settings settings) throws IOException {
    int n = 0;
    for (Context c : (Context[]) QuoteTrainer.train(examples(), settings).getDataStructures()[0]) {
      for (double w : c.getParameters()) {
        n += w != 0 ? 1 : 0;
      }
    }
    return n;
  }

  @Test
  void labelsGiveTheShortestCoveringSpanItsOwnRole() {
    String text = "He said Ann told him it rained.";
    TagInput in = TagInput.of(text);
    int[] labels = QuoteTrainer.labels(in, List.of(gold(text, "Content", "Ann told him it rained"),
        gold(text, "Source", "Ann"), gold(text, "Cue", "told him"), gold(text, "Content", "it rained")));
    // He said Ann told him it rained .
    assertArrayEquals(new int[] {0, 0, 1, 3, 4, 5, 6, 0}, labels);
  }

  @Test
  void tokensSplitAtAnInnerApostrophe() {
    String text = "He’s well-known, it's \"fine\".";
    List<String> words = TagInput.tokens(text).stream().map(t -> text.substring(t[0], t[1])).toList();
    assertEquals(List.of("He", "’s", "well-known", ",", "it", "'s", "\"", "fine", "\"", "."), words);
  }

  @Test
  void badSettingsAreRefusedByName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new QuoteTrainer.Settings("CRF", 10, 0));
    assertEquals("algorithm must be MAXENT, MAXENT_QN or PERCEPTRON, got 'CRF'", e.getMessage());
    assertEquals("l1 and l2 apply to MAXENT_QN only, got 0.0, 0.5 for MAXENT", assertThrows(
        IllegalArgumentException.class, () -> new QuoteTrainer.Settings("MAXENT", 10, 0, 0, 0.5)).getMessage());
    assertEquals("l1 and l2 must be finite and >= 0, got -0.1, 0.0", assertThrows(
        IllegalArgumentException.class, () -> new QuoteTrainer.Settings("MAXENT_QN", 10, 0, -0.1, 0)).getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> QuoteTrainer.train(List.of(), TINY))
        .getMessage().contains("examples"));
  }
}
