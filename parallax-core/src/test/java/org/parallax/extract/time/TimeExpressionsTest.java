package org.parallax.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.parallax.model.Span;

/** Small cases of finding and normalising expressions; published on Sunday 2023-06-18 unless said otherwise. */
class TimeExpressionsTest {

  static final LocalDate SUNDAY = LocalDate.of(2023, 6, 18);

  @ParameterizedTest(name = "{0} -> {1} {2} {3}")
  @CsvSource(delimiter = '|', textBlock = """
      They met on June 18.                         | June 18          | DATE     | 2023-06-18
      It happened on June 18, 2023, in Beijing.    | June 18, 2023    | DATE     | 2023-06-18
      It happened on 18 June in Beijing.           | 18 June          | DATE     | 2023-06-18
      The file is dated 2023-06-18.                | 2023-06-18       | DATE     | 2023-06-18
      The form is dated 6/18/2023.                 | 6/18/2023        | DATE     | 2023-06-18
      Prices fell in June 2023.                    | June 2023        | DATE     | 2023-06
      Biden took office in 2021 to great fanfare.  | 2021             | DATE     | 2021
      It grew fast in the 1990s.                   | the 1990s        | DATE     | 199
      It grew fast in the mid-1990s.               | the mid-1990s    | DATE     | 199
      Pelosi visited the island in August 2022.    | August 2022      | DATE     | 2022-08
      It has been governed so since 1949, when     | 1949             | DATE     | 1949
      Blinken landed in China on Sunday.           | Sunday           | DATE     | 2023-06-18
      The minister spoke on Friday.                | Friday           | DATE     | 2023-06-16
      The talks will resume on Monday.             | Monday           | DATE     | 2023-06-19
      He is to travel to Paris on Thursday.        | Thursday         | DATE     | 2023-06-22
      The vote is due to take place next Tuesday.  | next Tuesday     | DATE     | 2023-06-20
      They met last Monday.                        | last Monday      | DATE     | 2023-06-12
      The ministry said so yesterday.              | yesterday        | DATE     | 2023-06-17
      The ministry says so today.                  | today            | DATE     | 2023-06-18
      The ministry will say so tomorrow.           | tomorrow         | DATE     | 2023-06-19
      They met last week.                          | last week        | DATE     | 2023-W23
      They meet this week.                         | this week        | DATE     | 2023-W24
      They will meet next month.                   | next month       | DATE     | 2023-07
      Exports fell last year.                      | last year        | DATE     | 2022
      Exports fell this year.                      | this year        | DATE     | 2023
      Exports fell earlier this month.             | earlier this month | DATE   | 2023-06
      It started two days ago.                     | two days ago     | DATE     | 2023-06-16
      It started three years ago.                  | three years ago  | DATE     | 2020
      It will be done in five years.               | five years       | DURATION | P5Y
      The talks lasted three years.                | three years      | DURATION | P3Y
      The talks lasted 16 hours.                   | 16 hours         | DURATION | PT16H
      It was a five-year plan.                     | five-year        | DURATION | P5Y
      The past two months were hard.               | The past two months | DURATION | P2M
      Tension has grown in recent years.           | recent years     | DATE     | PAST_REF
      Relations are now at their lowest point.     | now              | DATE     | PRESENT_REF
      He is currently in Beijing.                  | currently        | DATE     | PRESENT_REF
      As in the past, nothing changed.             | the past         | DATE     | PAST_REF
      They will talk in the future.                | the future       | DATE     | FUTURE_REF
      The company expects growth in the third quarter. | the third quarter | DATE | 2023-Q3
      Profit rose 5% in the third quarter.         | the third quarter | DATE    | 2022-Q3
      Third-quarter profit rose.                   | Third-quarter    | DATE     | 2022-Q3
      Profit rose in the first quarter of 2021.    | the first quarter of 2021 | DATE | 2021-Q1
      They plan to visit this summer.              | this summer      | DATE     | 2023-SU
      They visited last winter.                    | last winter      | DATE     | 2022-WI
      They met at 3 p.m. on the terrace.           | 3 p.m.           | TIME     | 2023-06-18T15:00
      They met at 10:35 a.m. EDT.                  | 10:35 a.m. EDT   | TIME     | 2023-06-18T10:35
      They met this morning.                       | this morning     | TIME     | 2023-06-18TMO
      They met last night.                         | last night       | TIME     | 2023-06-17TNI
      The newspaper appears weekly.                | weekly           | SET      | P1W
      They talk every day.                         | every day        | SET      | P1D
      They meet every Sunday.                      | every Sunday     | SET      | XXXX-WXX-7
      It costs $5 a year.                          | a year           | SET      | P1Y
      Profit rose in fiscal 2022.                  | fiscal 2022      | DATE     | 2022
      They met at Christmas.                       | Christmas        | DATE     | 2022-12-25
      It lasted through the 20th century.          | the 20th century | DATE     | 19
      Sales rose in the first half.                | the first half   | DATE     | 2023-H1
      The talks were held in early May.            | early May        | DATE     | 2023-05
      It closed in the weekend.                    | the weekend      | DATE     | 2023-W24-WE
      They talked for five and a half hours.       | five and a half hours | DURATION | PT5H30M
      They talked for half an hour.                | half an hour     | DURATION | PT30M
      The war lasted 2 1/2 years.                  | 2 1/2 years      | DURATION | P2Y6M
      The talks open at 9 a.m. Tuesday in Paris.   | 9 a.m. Tuesday   | TIME     | 2023-06-13T09:00
      The talks will open at 9 a.m. Tuesday.       | 9 a.m. Tuesday   | TIME     | 2023-06-20T09:00
      Paribas said Monday that it intends to bid.  | Monday           | DATE     | 2023-06-12
      It was founded in nineteen sixty-eight.      | nineteen sixty-eight | DATE  | 1968
      """)
  void findsAndNormalises(String sentence, String text, String type, String value) {
    TimeExpression found = only(sentence.strip(), SUNDAY);
    assertEquals(text, found.text(), sentence);
    assertEquals(type, found.type(), sentence);
    assertEquals(value, found.value(), sentence);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      You may go now or never.
      They march on the capital.
      Some 2,000 people and 1,949 soldiers marched.
      It cost $2021 and weighed 1998 tons.
      The five-year-old boy cried.
      """)
  void leavesNonTimesAlone(String sentence) {
    List<TimeExpression> found = TimeExpressions.find(sentence, SUNDAY);
    assertTrue(found.stream().noneMatch(t -> t.text().matches("(?i)may|march|2,000|1,949|2021|1998|five-year")),
        () -> sentence + " -> " + found);
  }

  @ParameterizedTest(name = "{0} -> {1} {2} {3}")
  @CsvSource(delimiter = '|', textBlock = """
      The plant reopened in early 2004.                 | early 2004              | 2004          | START
      Officials met again in mid-June.                  | mid-June                | 2023-06       | MID
      Prices will rise by the end of the year.          | the end of the year     | 2023          | END
      It grew in the late 1990s.                        | the late 1990s          | 199           | END
      They talked for more than two years.              | more than two years     | P2Y           | MORE_THAN
      The strike lasted at least 72 hours.              | at least 72 hours       | PT72H         | EQUAL_OR_MORE
      The fire burned for nearly three years.           | nearly three years      | P3Y           | EQUAL_OR_LESS
      The blast came around 7:15 p.m. on Friday.        | around 7:15 p.m. on Friday | 2023-06-16T19:15 | APPROX
      The talks will take a week or so.                 | a week or so            | P1W           | APPROX
      The rule applies to cars built in 1994 or later.  | 1994 or later           | 1994          | ON_OR_AFTER
      """)
  void readsTheModifierAndTakesItsWords(String sentence, String text, String value, String mod) {
    TimeExpression found = TimeExpressions.find(sentence.strip(), SUNDAY).get(0);
    assertEquals(text, found.text(), sentence);
    assertEquals(value, found.value(), sentence);
    assertEquals(mod, found.mod(), sentence);
  }

  @Test
  void anExpressionWithoutModifierWordsHasNone() {
    assertEquals(null, only("Blinken landed in China on Sunday.", SUNDAY).mod());
    // "over" is left out: it is mostly a preposition
    assertEquals("the past 20 years", only("Sales doubled over the past 20 years.", SUNDAY).text());
  }

  @Test
  void thatYearIsTheYearNamedLast() {
    List<TimeExpression> found = TimeExpressions.find(
        "The plant closed on March 3, 1998. Sales had fallen that year and again the same month.", SUNDAY);
    assertEquals(List.of("1998-03-03", "1998", "1998-03"), found.stream().map(TimeExpression::value).toList());
  }

  @Test
  void aRangeOfWeekdaysRunsForwards() {
    LocalDate tuesday = LocalDate.of(2005, 3, 15);
    assertEquals(List.of("2005-03-07", "2005-03-09"), TimeExpressions.find(
        "The talks lasted from Monday to Wednesday.", tuesday).stream().map(TimeExpression::value).toList());
    assertEquals(List.of("2005-03-17", "2005-03-21"), TimeExpressions.find(
        "Talks will run from Thursday through Monday.", tuesday).stream().map(TimeExpression::value).toList());
    // two weekdays not joined as a range keep their own days
    assertEquals(List.of("2005-03-14", "2005-03-09"), TimeExpressions.find(
        "He left on Monday. The vote was on Wednesday.", tuesday).stream().map(TimeExpression::value).toList());
  }

  @Test
  void thatYearWithNothingNamedBeforeIsNotGuessed() {
    assertTrue(TimeExpressions.find("Sales had fallen that year.", SUNDAY).isEmpty());
  }

  @Test
  void aYearEndedOnADayIsAFiscalYear() {
    List<TimeExpression> found = TimeExpressions.find("Net income for the year ended March 31 rose.",
        LocalDate.of(2023, 6, 19));
    assertEquals(List.of("P1Y", "2023-03-31"), found.stream().map(TimeExpression::value).toList());
    assertEquals(TimeExpression.DURATION, found.get(0).type());
  }

  @Test
  void theDayBeforeCountsFromTheLastDayNamed() {
    List<TimeExpression> found = TimeExpressions.find("The deal was signed on June 10. The day before, talks failed.",
        SUNDAY);
    assertEquals(List.of("2023-06-10", "2023-06-09"), found.stream().map(TimeExpression::value).toList());
    assertEquals("The day before", found.get(1).text());
  }

  @Test
  void aTimeOfDayTakesTheDayNamedJustBefore() {
    List<TimeExpression> found = TimeExpressions.find("The talks start Tuesday at 9 a.m. in Beijing, he will say.",
        SUNDAY);
    assertEquals(List.of("2023-06-20", "2023-06-20T09:00"), found.stream().map(TimeExpression::value).toList());
  }

  @Test
  void aSundayPublishedOnMondayIsTheDayBefore() {
    assertEquals("2023-06-18", only("Blinken landed in China on Sunday.", LocalDate.of(2023, 6, 19)).value());
  }

  @Test
  void aYearAgoAfterAQuarterIsThatQuarterAYearEarlier() {
    List<TimeExpression> found = TimeExpressions.find("Profit rose in the first quarter from a year ago.",
        LocalDate.of(2023, 6, 19));
    assertEquals(List.of("2023-Q1", "2022-Q1"), found.stream().map(TimeExpression::value).toList());
  }

  @Test
  void spansCountCodePoints() {
    String text = "😀😀 On Sunday 𝒳 they met.";
    TimeExpression found = only(text, SUNDAY);
    assertEquals(new Span(6, 12), found.span());
    assertEquals("Sunday", found.span().ofCodePoints(text));
  }

  @Test
  void rejectsNullsAndBadTypes() {
    assertThrows(NullPointerException.class, () -> TimeExpressions.find(null, SUNDAY));
    assertThrows(NullPointerException.class, () -> TimeExpressions.find("today", null));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new TimeExpression(new Span(0, 5), "today", "WHEN", "2023-06-18"));
    assertEquals("type must be one of DATE, TIME, DURATION or SET, got: WHEN", e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> new TimeExpression(new Span(0, 5), "early", "DATE", "2023", "EARLY"));
  }

  private static TimeExpression only(String text, LocalDate published) {
    List<TimeExpression> found = TimeExpressions.find(text, published);
    assertEquals(1, found.size(), () -> text + " -> " + found);
    return found.get(0);
  }
}
