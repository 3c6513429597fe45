package org.parallax.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ContextAggregationFeatureFactoryTest {

  private static final String[] RESULT = {"Petofi", "beat", "Vasas", "2-1", "."};
  private static final String[] REPORT = {"Fans", "of", "Petofi", "cheered", "."};

  private ContextAggregationFeatureFactory.Generator generator =
      new ContextAggregationFeatureFactory.Generator(2, null, 6, true);

  @AfterEach
  void clear() {
    DocumentContext.set(null);
  }

  private List<String> features(String[] tokens, int index) {
    List<String> out = new ArrayList<>();
    generator.createFeatures(out, tokens, index, new String[tokens.length]);
    return out;
  }

  @Test
  void aWordReadsTheContextsOfItsOtherOccurrencesInTheDocument() {
    DocumentContext.set(DocumentContext.of(List.of(RESULT, REPORT)));
    assertEquals(List.of("ag-2=fans", "ag-1=of", "ag+1=cheered", "ag+2=.", "agInside"), features(RESULT, 0));
    assertEquals(List.of("ag-2=<s>", "ag-1=<s>", "ag+1=beat", "ag+2=vasas"), features(REPORT, 2));
  }

  @Test
  void aWordSeenOnceALowerCaseWordAndAnUntaggedDocumentGetNone() {
    DocumentContext.set(DocumentContext.of(List.of(RESULT, REPORT)));
    assertEquals(List.of(), features(RESULT, 2));
    assertEquals(List.of(), features(RESULT, 1));
    assertEquals(List.of(), features(RESULT, 3));
    DocumentContext.set(null);
    assertEquals(List.of(), features(RESULT, 0));
  }

  @Test
  void capitalsMeetTheBodyDigitsReadAsZeroAndLowerCaseUseIsMarked() {
    String[] headline = {"SOCCER", "-", "PETOFI", "WIN"};
    String[] body = {"Vasas", "lost", "to", "Petofi", "3-0", "and", "will", "win", "again", "."};
    DocumentContext.set(DocumentContext.of(List.of(headline, body)));
    // in document order: the headline's own "agInside" entered first, and the body's occurrence gives it again
    assertEquals(List.of("agInside", "ag-2=lost", "ag-1=to", "ag+1=0-0", "ag+2=and"), features(headline, 2));
    assertEquals(List.of("agLower"), features(headline, 3));
    assertEquals(List.of("ag-2=soccer", "ag-1=-", "ag+1=win", "ag+2=</s>", "agInside"), features(body, 3));
  }

  @Test
  void aContextTheOtherOccurrencesShareWithThisOneStillCounts() {
    String[] again = RESULT.clone();
    DocumentContext.set(DocumentContext.of(List.of(RESULT, again)));
    assertEquals(List.of("ag-2=<s>", "ag-1=<s>", "ag+1=beat", "ag+2=vasas"), features(RESULT, 0));
    assertTrue(features(RESULT, 2).contains("ag-1=beat"));
  }

  @Test
  void neighboursReadAsClusterPathsWithinTheWindowWithoutMarks() {
    WordClusters clusters = new WordClusters(java.util.Map.of("of", new WordClusters.Entry("0110111", 9)));
    generator = new ContextAggregationFeatureFactory.Generator(1, clusters, 4, false);
    DocumentContext.set(DocumentContext.of(List.of(RESULT, REPORT)));
    // "beat" and "cheered" have no cluster: the other occurrence gives "bc-" too
    assertEquals(List.of("ag+1=bc-", "ag-1=bc0110"), features(RESULT, 0));
    assertEquals(List.of("ag-1=<s>", "ag+1=bc-"), features(REPORT, 2));
  }

  @Test
  void shapesMarkAnOccurrenceBeforeANumberOrBesideACapitalisedWord() {
    generator = new ContextAggregationFeatureFactory.Generator(0, null, 6, true, true);
    String[] results = {"Petofi", "2", "Vasas", "1"};
    String[] report = {"The", "Petofi", "Stadium", "was", "full", "."};
    DocumentContext.set(DocumentContext.of(List.of(results, report)));
    assertEquals(List.of("agInside", "agRun"), features(results, 0));
    assertEquals(List.of("agNumber"), features(report, 1));
    assertEquals(List.of(), features(results, 2));
  }
}
