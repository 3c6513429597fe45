package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code parallax evaluate times DIR} on a one-document TimeML corpus. */
class EvaluateTimesCommandTest {

  static final String DOC = "<?xml version=\"1.0\" ?>\n<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" "
      + "value=\"2023-06-19\" functionInDocument=\"CREATION_TIME\">2023-06-19</TIMEX3></DCT>\n<TEXT>Blinken landed "
      + "on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2023-06-18\">Sunday</TIMEX3> for talks lasting "
      + "<TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P2D\">two days</TIMEX3>.</TEXT></TimeML>\n";

  static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = new CommandLine(new EvaluateTimesCommand()).setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true)).execute(args);
    return new String[] {String.valueOf(exit), out.toString(), err.toString()};
  }

  @Test
  void printsTheScores(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("doc.tml"), DOC, StandardCharsets.UTF_8);
    String[] r = run(dir.toString());
    assertEquals("0", r[0], r[2]);
    assertTrue(r[1].startsWith(dir + ": 1 documents, 2 gold expressions, 2 found"), r[1]);
    assertTrue(r[1].contains("strict span   P 1.0000  R 1.0000  F1 1.0000"), r[1]);
    assertTrue(r[1].contains("value         accuracy 1.0000  F1 1.0000"), r[1]);
    JsonNode json = new ObjectMapper().readTree(run(dir.toString(), "--json")[1]);
    assertEquals(1.0, json.get("relaxed").get("f1").asDouble());
    assertEquals(2, json.get("gold").asInt());
  }

  @Test
  void aMissingDirectoryFails(@TempDir Path dir) {
    String[] r = run(dir.resolve("none").toString());
    assertEquals("1", r[0]);
    assertEquals("parallax: " + dir.resolve("none") + ": not a directory" + System.lineSeparator(), r[2]);
  }
}
