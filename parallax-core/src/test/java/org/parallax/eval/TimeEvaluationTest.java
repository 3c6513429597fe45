package org.parallax.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.extract.time.TimeExpression;
import org.parallax.model.Span;

/** Reading TimeML and the TempEval-3 measures on hand-made documents. */
class TimeEvaluationTest {

  static final String DOC = """
      <?xml version="1.0" ?>
      <TimeML>
      <DOCID>doc1</DOCID>
      <DCT><TIMEX3 tid="t0" type="TIME" value="1998-08-07T06:18:00" temporalFunction="false" \
      functionInDocument="CREATION_TIME">1998-08-07</TIMEX3></DCT>
      <TITLE>Title with 1999</TITLE>
      <TEXT>😀 A &amp; B <EVENT eid="e1">met</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3> \
      for <TIMEX3 tid="t2" type="DURATION" value="P3Y">three years</TIMEX3> and <TIMEX3 tid="t3" type="DATE" \
      value="1998-08-06">the day before</TIMEX3>.</TEXT>
      </TimeML>
      """;

  @Test
  void readsTextWithoutTagsAndGoldInCodePoints(@TempDir Path dir) throws IOException {
    TimeMlDocument doc = TimeMlDocument.read(write(dir, "doc1.tml", DOC));
    assertEquals("😀 A & B met Friday for three years and the day before.", doc.text());
    assertEquals(LocalDate.of(1998, 8, 7), doc.created());
    assertEquals(3, doc.gold().size());
    TimeExpression friday = doc.gold().get(0);
    assertEquals(new Span(12, 18), friday.span());
    assertEquals("Friday", friday.span().ofCodePoints(doc.text()));
    assertEquals("DURATION", doc.gold().get(1).type());
    assertEquals("P3Y", doc.gold().get(1).value());
  }

  @Test
  void scoresStrictRelaxedValueAndType(@TempDir Path dir) throws IOException {
    write(dir, "doc1.tml", DOC);
    // exact Friday with the right value; "years" overlaps gold "three years" with the wrong value and type;
    // "met" is spurious; "the day before" is missed
    TimeEvaluation e = TimeEvaluation.run(dir, (text, published) -> List.of(
        at(text, "met", "DATE", "X"),
        at(text, "Friday", "DATE", "1998-08-07"),
        at(text, "years", "DATE", "P2Y")));
    assertEquals(1, e.documents());
    assertEquals(3, e.gold());
    assertEquals(3, e.system());
    assertEquals(1, e.strictMatches());
    assertEquals(2, e.relaxedMatches());
    assertEquals(1 / 3.0, e.strict().precision(), 1e-9);
    assertEquals(2 / 3.0, e.relaxed().recall(), 1e-9);
    assertEquals(0.5, e.valueAccuracy(), 1e-9);
    assertEquals(0.5, e.typeAccuracy(), 1e-9);
    assertEquals(e.relaxed().f1() * 0.5, e.valueF1(), 1e-9);
    assertEquals(3, e.mismatches().size());
  }

  @Test
  void namesTheFileOfBadInput(@TempDir Path dir) throws IOException {
    Path broken = write(dir, "broken.tml", "<TimeML><TEXT>x</TIMEX3></TimeML>");
    IOException e = assertThrows(IOException.class, () -> TimeMlDocument.read(broken));
    assertTrue(e.getMessage().startsWith(broken + ":1:"), e.getMessage());
    Path noDct = write(dir, "nodct.tml", "<TimeML><TEXT>x</TEXT></TimeML>");
    assertEquals(noDct + ": a TimeML document needs a CREATION_TIME TIMEX3 and a TEXT element",
        assertThrows(IOException.class, () -> TimeMlDocument.read(noDct)).getMessage());
    assertEquals(dir.resolve("none") + ": not a directory",
        assertThrows(IOException.class, () -> TimeEvaluation.run(dir.resolve("none"), (t, p) -> List.of()))
            .getMessage());
  }

  private static TimeExpression at(String text, String covered, String type, String value) {
    int from = text.indexOf(covered);
    Span span = new Span(from, from + covered.length()).toCodePoints(text);
    return new TimeExpression(span, covered, type, value);
  }

  private static Path write(Path dir, String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }
}
