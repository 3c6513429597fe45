package org.parallax.extract.time;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.parallax.TestData;

/** The tagger tries rules only where {@link Words#FIRST_WORDS} allows: no rule may match anywhere else. */
class TaggerTest {

  static final String PHRASES = String.join(" . ", "Mon., June 18", "the 18th of June", "very early 2021",
      "fiscal year 1990", "FY1990", "model year 2020", "Q3 2021", "the year two thousand", "nineteen ninety-six",
      "the '90s", "the nineties", "year-earlier quarter", "year-ago period", "comparable year-ago quarter",
      "corresponding period", "the latest period", "the same period", "this year's third quarter",
      "final quarter", "the end of the month", "the rest of the year", "the remainder of the week",
      "the close of 1969", "the turn of the century", "mid-November", "midnight Friday", "midday", "noon today",
      "New Year's Day", "Valentine's Day", "Labor Day", "Memorial Day", "Boxing Day", "Independence Day",
      "Halloween", "Thanksgiving", "Christmas Eve", "more than two years", "less than an hour", "fewer than 10 days",
      "no more than sixty days", "up to 180 days", "roughly a year", "approximately three weeks",
      "another two weeks", "a further week", "an additional month", "just two days ago", "barely a week ago",
      "exactly a year ago", "around five years ago", "several months", "a few days", "a couple of years",
      "dozens of years", "hundreds of years", "half an hour", "five and a half hours", "2 1/2 years",
      "every other week", "each July", "Tuesdays", "daily", "bi-weekly", "biweekly", "once a week", "twice a day",
      "three times a year", "per year", "right now", "nowadays", "presently", "these days", "at present",
      "the present", "recently", "lately", "formerly", "the recent past", "the distant future", "someday",
      "the foreseeable future", "this past spring", "this coming Sunday", "coming weeks", "past years",
      "recent years", "decades", "centuries", "the following day", "the previous night", "that day",
      "the day after tomorrow", "tonight", "last night", "the 20th century", "early 1990s", "late-1980s",
      "10:35 a.m. EDT", "22:00 GMT", "3 o'clock", "4Q", "the 1988 quarter", "the first half", "2023-06-18",
      "6/18/23", "the current fiscal year", "the full year", "earlier this month", "later this year");

  @Test
  void everyRuleMatchStartsWhereTheTaggerLooks() throws IOException {
    List<String> texts = new ArrayList<>(List.of(PHRASES, PHRASES.toUpperCase(java.util.Locale.ROOT)));
    texts.add(TestData.read("al-mayadeen.txt"));
    texts.add(TestData.read("second-outlet.txt"));
    List<Rule> rules = new ArrayList<>();
    rules.addAll(CalendarRules.rules());
    rules.addAll(RelativeRules.rules());
    rules.addAll(QuantityRules.rules());
    for (String text : texts) {
      for (Rule rule : rules) {
        Matcher m = rule.pattern().matcher(text);
        while (m.find()) {
          int at = m.start();
          assertTrue(Tagger.mayStart(text, at), () -> "rule " + rule.name() + " matched '" + m.group()
              + "', which starts with a word missing from Words.FIRST_WORDS");
        }
      }
    }
  }
}
