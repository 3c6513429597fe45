package org.parallax.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Span;

/** Attribution in each quote style, indirect speech, nesting and speaker resolution, one small text each. */
class AttributionsTest {

  /** Each attribution as {@code source | cue | content | speaker | direct/indirect}, texts cut out of {@code text}. */
  static List<String> render(String text) {
    return Attributions.find(text).stream().map(a -> cut(text, a.source()) + " | " + cut(text, a.cue()) + " | "
        + cut(text, a.content()) + " | " + a.speaker() + " | " + (a.direct() ? "direct" : "indirect")).toList();
  }

  /** Each attribution as {@code source | cue | content}. */
  static List<String> triples(String text) {
    return Attributions.find(text).stream()
        .map(a -> cut(text, a.source()) + " | " + cut(text, a.cue()) + " | " + cut(text, a.content())).toList();
  }

  private static String cut(String text, Span s) {
    return s == null ? "-" : s.ofCodePoints(text);
  }

  @Test
  void curlyQuoteThenSourceAndCue() {
    assertEquals(List.of("Miller | said | “We will win,” | Miller | direct"),
        render("“We will win,” Miller said."));
  }

  /** The tokens of {@code text} as one sentence, quotations as one token each, and the index of the quotation. */
  private static List<Tok> lexed(String text) {
    List<Span> parts = QuoteMarks.find(text).stream().flatMap(q -> q.parts().stream()).toList();
    return Lexer.lex(text, new Span(0, text.length()), parts);
  }

  private static int quotation(List<Tok> toks) {
    return toks.indexOf(toks.stream().filter(Tok::isQuote).findFirst().orElseThrow());
  }

  @Test
  void aQuotationThatCompletesAThatClauseAfterACueIsTheClause() {
    List<Tok> toks = lexed("Russia insisted that Pyongyang “stop its dangerous escapades.”");
    int[] clause = Attributions.thatClause(toks, quotation(toks));
    assertEquals("that", toks.get(clause[0]).norm());
    assertEquals("insisted", toks.get(clause[1]).norm());
    assertEquals("russia", toks.get(clause[2]).norm());
  }

  @Test
  void aRelativeThatOrACommaBeforeTheQuotationOpensNoClause() {
    List<Tok> relative = lexed("The bar has rules that bar lawyers who “participated personally and substantially.”");
    assertNull(Attributions.thatClause(relative, quotation(relative)));
    List<Tok> comma = lexed("She said that, “we will win.”");
    assertNull(Attributions.thatClause(comma, quotation(comma)));
  }

  @Test
  void aQuoteThatClosesItsSentenceIsNotTheNextCuesWhenThatCueHasItsOwnContent() {
    String text = "Husted said the decision \"will force us to act.\" He said that if \"the ruling stands, we will "
        + "appeal.\" She said fathers would not be eligible.";
    assertEquals(List.of(
        "Husted | said | the decision \"will force us to act.\"",
        "He | said | that if \"the ruling stands, we will appeal.\"",
        "She | said | fathers would not be eligible"),
        triples(text));
    assertEquals(List.of("Smith | said | \"We will appeal.\" | Smith | direct"),
        render("\"We will appeal.\" Smith said on Monday."));
    assertEquals(List.of("Smith | said | \"We will appeal.\" | Smith | direct"),
        render("\"We will appeal.\" said Smith."));
  }

  @Test
  void theWritersWordsThatAQuotationCompletesBeforeItsSourceAreItsContent() {
    assertEquals(List.of("Donald J. Trump | said | Not paying taxes ''makes me smart,'' | Donald J. Trump | direct"),
        render("Not paying taxes ''makes me smart,'' Donald J. Trump said last week."));
    assertEquals(List.of("he | said | With thousands of systems, “there is no single point of failure,” | he | direct"),
        render("With thousands of systems, “there is no single point of failure,” he said."));
    assertEquals(List.of("he | said | “there is no single point of failure,” | he | direct"),
        render("The vote is close; “there is no single point of failure,” he said."));
  }

  @Test
  void aQuotedTitleBeforeASourceWhoseCueHasItsOwnClauseIsNoContent() {
    String text = "In an interview on \"Face the Nation,\" Paul Ryan said the shootings demand more listening.";
    assertEquals(List.of("Paul Ryan | said | the shootings demand more listening"),
        triples(text));
  }

  @Test
  void aSourceWithAnAbbreviatedPlaceInItsApposition() {
    assertEquals(List.of("Johnnie Wilson, of Springfield, Va., | said | he had fought in Vietnam \"for the nation.\" | "
        + "Johnnie Wilson | indirect"),
        render("Johnnie Wilson, of Springfield, Va., said he had fought in Vietnam \"for the nation.\""));
  }

  @Test
  void aPairOfDashesInsideAnIndirectContentDoesNotEndIt() {
    assertEquals(List.of("Dean | said | the party should pick Shriver — a member of the Kennedy clan — to replace him"),
        triples("Dean said the party should pick Shriver — a member of the Kennedy clan — to replace him."));
    assertEquals(List.of("Dean | said | the party should pick Shriver", "who | said | he was ready"),
        triples("Dean said the party should pick Shriver — who said he was ready."));
  }

  @Test
  void aSourceAfterItsCueKeepsItsTitleInitialsAndApposition() {
    assertEquals(List.of("Rep. G.K. Butterfield (D-N.C.), head of the caucus | said | “This is a sad day,”"),
        triples("“This is a sad day,” said Rep. G.K. Butterfield (D-N.C.), head of the caucus."));
    assertEquals(List.of("the Rev. Peter Wherry, of Mayfield Baptist Church | said | \"It was normal for some,\""),
        triples("\"It was normal for some,\" said the Rev. Peter Wherry, of Mayfield Baptist Church."));
  }

  @Test
  void aTitleAfterAPrepositionOrAPossessiveIsNoQuote() {
    assertEquals(List.of("Pence | said | “We need to step away from that,” | Pence | direct"),
        render("“We need to step away from that,” Pence said on CNN's “State of the Union.”"));
    assertEquals(List.of("- | - | “we need to step away from all of that” | null | direct"),
        render("He wants “we need to step away from all of that” on the record."));
  }

  @Test
  void aQuotationBeforeAParticipleWithAClauseOfItsOwnStaysWithTheCueBeforeIt() {
    assertEquals(List.of("Peabody | said: | \"Patriot Coal was highly successful,\"",
        "Peabody | adding | that its value quadrupled in a year"),
        triples("In a statement, Peabody said: \"Patriot Coal was highly successful,\" adding that its value "
            + "quadrupled in a year."));
  }

  @Test
  void aSpeechVerbBeforeTheSpeakersColonIsTheCue() {
    assertEquals(List.of("Ellis | Said | “I don’t get the sense she is interested.” | Ellis | direct"),
        render("Said Ellis: “I don’t get the sense she is interested.”"));
  }

  @Test
  void anIndirectContentEndsBeforeACoordinatedClauseWithItsOwnAttribution() {
    String text = "She said fathers would not be eligible, and when pressed on why, she said it was a start.";
    assertEquals(List.of("She | said | fathers would not be eligible", "she | said | it was a start"),
        triples(text));
  }

  @Test
  void straightQuoteThenCueAndSource() {
    assertEquals(List.of("Matthew Miller | said | \"We will win,\" | Matthew Miller | direct"),
        render("\"We will win,\" said Matthew Miller."));
  }

  @Test
  void singleQuotesAreToldApartFromApostrophes() {
    assertEquals(List.of("Miller | said | 'We won't lose,' | Miller | direct"),
        render("'We won't lose,' Miller said."));
    assertEquals(List.of(), render("It's the team's call, and the players' too."));
  }

  @Test
  void guillemets() {
    assertEquals(List.of("Miller | said | «Nous gagnerons» | Miller | direct"),
        render("«Nous gagnerons», Miller said."));
  }

  @Test
  void quoteSplitAroundItsCueGivesOnePartEach() {
    assertEquals(List.of("Miller | said | “We will win,” | Miller | direct",
            "Miller | said | “and we will win big.” | Miller | direct"),
        render("“We will win,” Miller said, “and we will win big.”"));
  }

  @Test
  void quoteContinuedIntoTheNextParagraph() {
    String text = "Miller said:\n“The first paragraph goes on without closing.\n“The second one closes.”";
    assertEquals(List.of("Miller | said: | “The first paragraph goes on without closing. | Miller | direct",
        "Miller | said: | “The second one closes.” | Miller | direct"), render(text));
  }

  @Test
  void sourceThenCueThenQuote() {
    assertEquals(List.of("Miller | said | “We will win.” | Miller | direct"),
        render("Miller said, “We will win.”"));
  }

  @Test
  void colonAttribution() {
    assertEquals(List.of("Miller | : | “We will win.” | Miller | direct"), render("Miller: “We will win.”"));
  }

  @Test
  void dashSignature() {
    assertEquals(List.of("Sonya Herridge | ― | “We will win.” | Sonya Herridge | direct"),
        render("“We will win.” ― Sonya Herridge"));
  }

  @Test
  void indirectSpeechNestsAndKeepsThat() {
    assertEquals(List.of(
            "Miller | stressed | that Blinken told Gang that Washington would continue its cooperation | Miller | indirect",
            "Blinken | told | that Washington would continue its cooperation | Blinken | indirect"),
        render("Miller stressed that Blinken told Gang that Washington would continue its cooperation."));
  }

  @Test
  void indirectSpeechWithoutThatAfterATimeAdjunct() {
    assertEquals(List.of("Miller | said | the talks were useful | Miller | indirect"),
        render("Miller said on Monday the talks were useful."));
  }

  @Test
  void accordingToBeforeAndAfter() {
    assertEquals(List.of("AFP | According to | the talks lasted five hours | AFP | indirect"),
        render("According to AFP, the talks lasted five hours."));
    assertEquals(List.of("Reuters | according to | The talks lasted five hours | Reuters | indirect"),
        render("The talks lasted five hours, according to Reuters."));
  }

  @Test
  void contentBeforeItsSource() {
    assertEquals(List.of("sources | said | The convoy was diverted | sources | indirect"),
        render("The convoy was diverted, sources said."));
  }

  @Test
  void cueInTheMiddleOfItsContent() {
    assertEquals(List.of("he | said | But to prevent problems | he | indirect",
            "he | said | local officials should be vigilant | he | indirect"),
        render("But to prevent problems, he said, local officials should be vigilant."));
  }

  @Test
  void toldReportersKeepsTheAddresseeOutOfTheContent() {
    assertEquals(List.of("Biden | told | that he intended to meet Xi | Biden | indirect"),
        render("Biden told reporters that he intended to meet Xi."));
  }

  @Test
  void cueWithAuxiliariesAndAWeekday() {
    assertEquals(List.of("Trump | has also said Friday | that the vote was rigged | Trump | indirect"),
        render("Trump has also said Friday that the vote was rigged."));
  }

  @Test
  void appositionBelongsToTheSource() {
    assertEquals(List.of("Huma Abedin, vice chairwoman of the campaign, | said | “We are ready,” "
            + "| Huma Abedin | direct"),
        render("“We are ready,” Huma Abedin, vice chairwoman of the campaign, said."));
  }

  @Test
  void pronounResolvesToTheFullNameOfThePreviousSpeaker() {
    String text = "Secretary of State Antony Blinken met Qin Gang. Blinken said the talks were useful. "
        + "He added that more flights were agreed.";
    List<Attribution> found = Attributions.find(text);
    assertEquals(2, found.size());
    assertEquals("Antony Blinken", found.get(0).speaker());
    assertEquals("He", found.get(1).source().ofCodePoints(text));
    assertEquals("Antony Blinken", found.get(1).speaker());
  }

  @Test
  void descriptionResolvesToThePersonNamedWithThatRole() {
    String text = "The State Department spokesperson, Matthew Miller, spoke on Sunday. "
        + "The spokesperson said the talks were candid.";
    Attribution a = Attributions.find(text).get(0);
    assertEquals("The spokesperson", a.source().ofCodePoints(text));
    assertEquals("Matthew Miller", a.speaker());
  }

  @Test
  void relativeWhoResolvesToTheNameBeforeIt() {
    String text = "Joe Biden met reporters. Later Biden, who said the talks were useful, left.";
    Attribution a = Attributions.find(text).get(0);
    assertEquals("who", a.source().ofCodePoints(text));
    assertEquals("Joe Biden", a.speaker());
  }

  @Test
  void pronounWithNoNameBeforeItStaysAsWritten() {
    assertEquals(List.of("she | said | “It was useful,” | she | direct"), render("“It was useful,” she said."));
  }

  @Test
  void standaloneQuoteParagraphHasNoSourceButKeepsTheSpeaker() {
    String text = "Antony Blinken said, “We talked.”\n“We will talk again.”";
    List<Attribution> found = Attributions.find(text);
    Attribution last = found.get(found.size() - 1);
    assertNull(last.source());
    assertNull(last.cue());
    assertTrue(last.direct());
    assertEquals("“We will talk again.”", last.content().ofCodePoints(text));
    assertEquals("Antony Blinken", last.speaker());
  }

  @Test
  void scareQuotesAreLeftOutAndLongerUnattributedQuotesKept() {
    assertEquals(List.of(), render("The so-called “deal” collapsed."));
    assertEquals(List.of("- | - | “candid, substantive and constructive” | null | direct"),
        render("Blinken held “candid, substantive and constructive” talks in Beijing."));
  }

  @Test
  void spansCountCodePoints() {
    String text = "😀 “We will win,” Miller said.";
    Attribution a = Attributions.find(text).get(0);
    assertEquals(new Span(2, 16), a.content());
    assertEquals("“We will win,”", a.content().ofCodePoints(text));
    assertEquals("Miller", a.source().ofCodePoints(text));
  }

  @Test
  void nothingToFindInPlainNarration() {
    assertEquals(List.of(), render("The two diplomats met in Beijing on Sunday for five hours."));
    assertEquals(List.of(), render(""));
  }

  @Test
  void nullTextIsRefusedByName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Attributions.find(null));
    assertEquals("The parameter 'text' must not be null.", e.getMessage());
  }

  @Test
  void cueLexiconHasInflections() {
    for (String f : List.of("say", "says", "said", "saying", "warned", "warns", "tells", "told", "claimed",
        "stressed", "noted", "added", "insisted", "wrote", "written")) {
      assertFalse(Cues.strength(f) == null, f);
    }
    assertEquals(Cues.Strength.CLAUSE, Cues.strength("state"));
  }
}
