package org.parallax.extract.quote;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.util.List;
import opennlp.tools.ml.model.AbstractModel;
import org.junit.jupiter.api.Test;
import org.parallax.model.Span;

/** The split sums give exactly the probabilities of the models' own {@code eval}. */
class LabelScoresTest {

  private static final String TEXT = "Before that, Smith said the talks were useful. Then nothing more happened.";

  private static List<QuoteTrainer.Example> examples() {
    return List.of(new QuoteTrainer.Example(TEXT, List.of(gold("Source", "Smith"), gold("Cue", "said"),
        gold("Content", "the talks were useful"))));
  }

  private static QuoteTrainer.Gold gold(String role, String covered) {
    int start = TEXT.indexOf(covered);
    return new QuoteTrainer.Gold(role, List.of(new Span(start, start + covered.length())));
  }

  @Test
  void maxentAndPerceptronScoresEqualTheirEval() throws IOException {
    for (String algorithm : List.of("MAXENT", "PERCEPTRON")) {
      AbstractModel model = QuoteTrainer.train(examples(), new QuoteTrainer.Settings(algorithm, 10, 0));
      LabelScores scores = new LabelScores(model);
      TagInput in = TagInput.of(TEXT);
      for (int i = 0; i < in.size; i++) {
        String[] fixed = TagFeatures.fixed(in, i);
        String[] dynamic = TagFeatures.dynamic(in, i, "O", "B-S");
        assertArrayEquals(model.eval(TagFeatures.with(fixed, in, i, "O", "B-S")),
            scores.probabilities(scores.fixed(fixed), dynamic), 0.0, algorithm + " token " + i);
      }
    }
  }
}
