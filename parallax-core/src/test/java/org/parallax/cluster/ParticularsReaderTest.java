package org.parallax.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parallax.extract.entity.EntityRecognizer;
import org.parallax.model.Article;

class ParticularsReaderTest {

  private final ParticularsReader reader = new ParticularsReader(EntityRecognizer.shipped());

  private static Article article(String title, String text) {
    return new Article("a", "outlet", null, title, null, text, null, null, null);
  }

  @Test
  void personsAndPlacesOfTheLeadAreKeptAsTheStemOfTheirLastWord() {
    Particulars p = reader.read(article("Party girl checks into rehab",
        "Actress Tara Reid checked herself into a treatment center in Malibu, her representative Jack Ketsoyan told"
            + " reporters on Tuesday."));
    assertTrue(p.namesRead());
    assertTrue(p.persons().contains("reid"), "persons: " + p.persons());
    assertTrue(p.persons().contains("ketsoyan"), "persons: " + p.persons());
    assertTrue(p.places().contains("malibu"), "places: " + p.places());
  }

  @Test
  void initialsAndSuffixesDoNotStandForAPerson() {
    Particulars p = reader.read(article("Plea in court",
        "Former congressman Jesse Jackson Jr. pleaded guilty on Wednesday to misusing campaign money."));
    assertTrue(p.persons().contains("jackson"), "persons: " + p.persons());
    assertFalse(p.persons().contains("jr"), "persons: " + p.persons());
  }

  @Test
  void aPersonTheLeadNamesByOneWordAloneIsNoEvidence() {
    // "Reid" alone could be anyone, or a misread word; "Tara Reid" later in the lead makes it her.
    Particulars alone = reader.read(article("Rehab", "Reid checked herself into a treatment center on Tuesday."));
    assertFalse(alone.persons().contains("reid"), "persons: " + alone.persons());
    Particulars named = reader.read(article("Rehab",
        "Reid checked herself into a treatment center, a friend of Tara Reid said on Tuesday."));
    assertTrue(named.persons().contains("reid"), "persons: " + named.persons());
  }

  @Test
  void theTitleIsNotReadForNamesButForYears() {
    Particulars p = reader.read(article("Steele Criticized For 2010 Afghanistan Comments",
        "Republicans said on Friday that the party chairman had spoken out of turn about the war."));
    assertFalse(p.persons().contains("critic"), "a title-case word is no name: " + p.persons());
    assertEquals(Set.of(2010), p.years());
  }

  @Test
  void yearsAreFourDigitsThatAreNotPartOfALargerFigure() {
    Particulars p = reader.read(article("Patch released",
        "On December 17, 2008, the company paid 1,2005 dollars, or 2005.5 per unit, after a flaw found in 1999."));
    assertEquals(Set.of(2008, 1999), p.years());
  }

  @Test
  void aHeadlineAloneGivesItsYearsButNoNames() {
    Particulars p = reader.read(article("Lindsay Lohan checks into Betty Ford Center in 2013", ""));
    assertFalse(p.namesRead());
    assertTrue(p.persons().isEmpty());
    assertEquals(Set.of(2013), p.years());
  }

  @Test
  void withoutARecognizerOnlyYearsAreRead() {
    Particulars p = new ParticularsReader(null).read(article("Rehab",
        "Actress Tara Reid checked into a treatment center in Malibu in 2008."));
    assertFalse(p.namesRead());
    assertTrue(p.persons().isEmpty());
    assertEquals(Set.of(2008), p.years());
  }
}
