package org.parallax.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.extract.entity.ConllCorpus;
import org.parallax.extract.entity.EntityRecognizer;

class NerEvaluationTest {

  @Test
  void scoresChunksAsConlleval() {
    List<String[]> gold = List.of(
        new String[] {"I-PER", "I-PER", "O", "I-LOC"},
        new String[] {"I-ORG", "I-ORG", "O", "I-MISC", "B-MISC"});
    List<String[]> predicted = List.of(
        new String[] {"I-PER", "I-PER", "O", "I-ORG"},
        new String[] {"I-ORG", "O", "O", "I-MISC", "B-MISC"});
    NerEvaluation.Result r = NerEvaluation.score(gold, predicted);
    assertEquals(new NerEvaluation.Score("ALL", 5, 5, 3), r.overall());
    assertEquals(new NerEvaluation.Score("PER", 1, 1, 1), r.byType().get("PER"));
    assertEquals(new NerEvaluation.Score("LOC", 1, 0, 0), r.byType().get("LOC"));
    assertEquals(new NerEvaluation.Score("ORG", 1, 2, 0), r.byType().get("ORG"));
    assertEquals(new NerEvaluation.Score("MISC", 2, 2, 2), r.byType().get("MISC"));
    assertEquals(0.6, r.overall().precision(), 1e-9);
    assertEquals(0.6, r.overall().f1(), 1e-9);
    assertEquals(7.0 / 9, r.tokenAccuracy(), 1e-9);
  }

  @Test
  void textModeScoresTheDetokenisedDocumentBySpan() {
    ConllCorpus.Document doc = new ConllCorpus.Document(List.of(new ConllCorpus.Sentence(
        new String[] {"\"", "Angela", "Merkel", "\"", "visited", "Paris", "(", "France", ")", "on", "Monday", "."},
        new String[] {"O", "I-PER", "I-PER", "O", "O", "I-LOC", "O", "I-LOC", "O", "O", "O", "O"})));
    NerEvaluation.Result tokens = NerEvaluation.evaluate(EntityRecognizer.shipped(), List.of(doc));
    NerEvaluation.Result text = NerTextEvaluation.evaluate(EntityRecognizer.shipped(), List.of(doc));
    assertEquals(3, text.overall().gold());
    assertEquals(tokens.overall(), text.overall());
  }
}
