package org.parallax.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.StringList;
import org.junit.jupiter.api.Test;

class WordNetNamesTest {

  /** Lines in WordNet 3.1's data.noun format (the licence header lines start with a space). */
  private static final String NOUNS = String.join("\n",
      "  1 This software and database is being provided to you, the LICENSEE, by  ",
      "08952341 15 n 04 Paris 0 City_of_Light 0 French_capital 0 capital_of_France 0 002 @i 08709407 n 0000"
          + " #p 08949695 n 0000 | the capital and largest city of France  ",
      "08952342 15 n 01 city 0 001 @ 08709407 n 0000 | a large and densely populated urban area  ",
      "09452656 17 n 02 Seine 0 Seine_River 0 002 @i 09434308 n 0000 #p 08949695 n 0000 | a French river  ",
      "09452657 17 n 01 Alpine_glacier 0 001 @ 09434308 n 0000 | a glacier in a mountain valley  ",
      "11059856 18 n 02 Hemingway 0 Ernest_Hemingway 0 001 @i 10813654 n 0000 | an American writer  ",
      "09727801 18 n 03 Frenchman 0 Frenchwoman 0 French_person 0 001 @ 09705914 n 0000 | a person of French"
          + " nationality  ",
      "08312501 14 n 02 United_Nations 0 UN 0 001 @ 08311617 n 0000 | an organization of independent states  ",
      "08312502 14 n 01 party 0 001 @ 08311617 n 0000 | an organization to gain political power  ",
      "00061368 04 n 02 Hegira 1 Hejira 1 001 @i 00059563 n 0000 | the flight of Muhammad from Mecca  ",
      "");

  /** Lines in data.adj format, one with a syntactic marker. */
  private static final String ADJECTIVES = String.join("\n",
      "  1 This software and database is being provided to you, the LICENSEE, by  ",
      "02969938 01 a 02 French 0 Gallic 1 002 \\ 08949695 n 0201 \\ 08949695 n 0101 | of or pertaining to France  ",
      "00020141 00 s 02 outback(a) 0 Elizabethan(a) 0 001 & 00019912 a 0000 | of the time of Elizabeth I  ",
      "");

  /** Lines in index.noun format: lemma, part of speech, synsets, pointers, then the synsets, most frequent first. */
  private static final String INDEX = String.join("\n",
      "  1 This software and database is being provided to you, the LICENSEE, by  ",
      "city n 1 1 @ 1 0 08952342  ",
      "party n 1 1 @ 1 0 08312502  ",
      "paris n 1 2 @i #p 1 0 08952341  ",
      "");

  private static WordNetNames sample() throws IOException {
    return WordNetNames.read(new StringReader(NOUNS), new StringReader(ADJECTIVES), new StringReader(INDEX));
  }

  @Test
  void capitalisedLemmasAreTypedByLexicographerFileAndInstancePointer() throws IOException {
    WordNetNames names = sample();
    assertEquals(Set.of("Hemingway", "Ernest Hemingway"), names.names("PER"));
    assertEquals(Set.of("Paris", "City of Light", "French capital", "Seine", "Seine River"), names.names("LOC"));
    assertEquals(Set.of("United Nations", "UN"), names.names("ORG"));
    assertEquals(Set.of("Frenchman", "Frenchwoman", "French person", "French", "Gallic", "Elizabethan"),
        names.names("MISC"));
  }

  @Test
  void commonNounsAreTypedByTheirMostFrequentSenseWithTheirPlurals() throws IOException {
    WordNetNames names = sample();
    assertEquals(Set.of("party", "parties"), names.nouns("ORG"));
    assertEquals(Set.of("city", "cities"), names.nouns("LOC"));
    assertEquals(Set.of(), names.nouns("PER"));
    assertEquals("churches", WordNetNames.plural("church"));
    assertEquals("days", WordNetNames.plural("day"));
  }

  @Test
  void theNamesCanBeCutToThoseOfSeveralWordsAndTheNounsLeftOut() throws IOException {
    WordNetNames cut = sample().multiWordNames().withoutNouns();
    assertEquals(Set.of("Ernest Hemingway"), cut.names("PER"));
    assertEquals(Set.of("City of Light", "French capital", "Seine River"), cut.names("LOC"));
    assertEquals(Set.of("United Nations"), cut.names("ORG"));
    assertEquals(Set.of(), cut.nouns("ORG"));
    assertEquals(Set.of("party", "parties"), sample().multiWordNames().nouns("ORG"));
  }

  @Test
  void theListsBecomeOneCaseSensitiveDictionaryPerType() throws IOException {
    var dictionaries = sample().dictionaries();
    assertEquals(Set.of("wordnet-PER", "wordnet-ORG", "wordnet-LOC", "wordnet-MISC", "wordnet-nouns-PER",
        "wordnet-nouns-ORG", "wordnet-nouns-LOC"), dictionaries.keySet());
    Dictionary loc = dictionaries.get("wordnet-LOC");
    assertTrue(loc.contains(new StringList("City", "of", "Light")));
    assertTrue(!loc.contains(new StringList("city", "of", "light")));
    assertEquals(5, loc.size());
    assertTrue(dictionaries.get("wordnet-nouns-ORG").contains(new StringList("Parties")));
    assertTrue(WordNetNames.none().dictionaries().values().stream().allMatch(d -> d.size() == 0));
  }

  @Test
  void lemmasAreReadAsNames() {
    assertEquals("New York", WordNetNames.name("New_York"));
    assertEquals("Elizabethan", WordNetNames.name("Elizabethan(a)"));
    assertNull(WordNetNames.name("capital_of_France"));
    assertEquals(List.of("Hejira"), WordNetNames.synset("00061368 04 n 01 Hejira 1 001 @i 00059563 n 0000 | x")
        .lemmas());
  }

  @Test
  void aMalformedSynsetNamesTheFileAndLine() {
    IOException e = assertThrows(IOException.class, () -> WordNetNames.read(
        new StringReader("  licence\n08952341 15 n 02 Paris 0\n"), new StringReader(""), new StringReader("")));
    assertTrue(e.getMessage().startsWith("data.noun line 2: malformed ("), e.getMessage());
    IOException index = assertThrows(IOException.class, () -> WordNetNames.read(new StringReader(NOUNS),
        new StringReader(""), new StringReader("town n 1 1 @ 1 0 01234567\n")));
    assertEquals("index.noun line 1: malformed (synset 01234567 is not in data.noun)", index.getMessage());
  }

  @Test
  void anUnknownTypeIsRefused() throws IOException {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sample().names("DATE"));
    assertEquals("type must be one of [PER, ORG, LOC, MISC], got 'DATE'", e.getMessage());
  }
}
