package org.parallax.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.DictionaryNameFinder;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;
import opennlp.tools.util.featuregen.DictionaryFeatureGenerator;
import org.junit.jupiter.api.Test;

class GazetteerFeatureFactoryTest {

  private static GazetteerFeatureFactory.CaseFolding generator() {
    Dictionary places = new Dictionary(true);
    places.put(new StringList("Japan"));
    places.put(new StringList("New", "York"));
    places.put(new StringList("NATO"));
    return new GazetteerFeatureFactory.CaseFolding(new DictionaryFeatureGenerator("gLOC", places),
        new DictionaryFeatureGenerator("gLOC", places));
  }

  private static List<String> features(GazetteerFeatureFactory.CaseFolding generator, String[] tokens, int index) {
    List<String> out = new ArrayList<>();
    generator.createFeatures(out, tokens, index, new String[tokens.length]);
    return out;
  }

  @Test
  void aWordInCapitalsIsFoundInItsCapitalisedForm() {
    GazetteerFeatureFactory.CaseFolding generator = generator();
    String[] headline = {"SOCCER", "-", "JAPAN", "BEAT", "NEW", "YORK", "AND", "NATO"};
    assertEquals(List.of(), features(generator, headline, 0));
    assertEquals(List.of("gLOC:w=dic", "gLOC:w=dic=Japan"), features(generator, headline, 2));
    assertEquals(List.of("gLOC:w=dic", "gLOC:w=dic=New"), features(generator, headline, 4));
    assertEquals(List.of("gLOC:w=dic", "gLOC:w=dic=York"), features(generator, headline, 5));
    assertEquals(List.of("gLOC:w=dic", "gLOC:w=dic=NATO"), features(generator, headline, 7), "as written first");
  }

  @Test
  void wordsNotInCapitalsAreLookedUpAsWritten() {
    GazetteerFeatureFactory.CaseFolding generator = generator();
    String[] sentence = {"japan", "and", "Japan", "and", "NEW", "York"};
    assertEquals(List.of(), features(generator, sentence, 0));
    assertEquals(List.of("gLOC:w=dic", "gLOC:w=dic=Japan"), features(generator, sentence, 2));
    assertEquals(List.of("gLOC:w=dic", "gLOC:w=dic=New"), features(generator, sentence, 4));
  }

  @Test
  void capitalisedForms() {
    assertEquals("Japan", WordClusters.capitalised("JAPAN"));
    assertEquals("U.s.", WordClusters.capitalised("U.S."));
    assertNull(WordClusters.capitalised("A"));
    assertNull(WordClusters.capitalised("Japan"));
    assertNull(WordClusters.capitalised("1996"));
  }

  @Test
  void theFinderFindsWhatOpenNlpsDictionaryFinderFinds() {
    for (boolean caseSensitive : new boolean[] {true, false}) {
      Dictionary names = new Dictionary(caseSensitive);
      names.put(new StringList("New", "York"));
      names.put(new StringList("New", "York", "Stock", "Exchange"));
      names.put(new StringList("York"));
      names.put(new StringList("Stock"));
      names.put(new StringList("Bank", "of", "Japan"));
      String[] tokens = {"the", "New", "York", "Stock", "Exchange", "and", "new", "york", "stock", "met", "BANK", "of",
          "Japan", "in", "York", "Stock", "New"};
      List<Span> expected = Arrays.stream(new DictionaryNameFinder(names).find(tokens))
          .map(s -> new Span(s.getStart(), s.getEnd())).toList();
      List<Span> found = Arrays.stream(new GazetteerFeatureFactory.Finder(names).find(tokens))
          .map(s -> new Span(s.getStart(), s.getEnd())).toList();
      assertEquals(expected, found, "case sensitive: " + caseSensitive);
      assertEquals(caseSensitive ? 3 : 6, found.size(), found.toString());
    }
  }
}
