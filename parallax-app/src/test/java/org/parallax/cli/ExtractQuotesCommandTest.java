package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

/** {@code parallax extract quotes} and {@code parallax evaluate quotes}, run in-process. */
class ExtractQuotesCommandTest {

  record Run(int exit, String out, String err) {}

  static Run run(Object command, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = new CommandLine(command).setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
        .execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void jsonHasCodePointSpansTheirTextSpeakerAndDirect(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("a.txt");
    Files.writeString(file, "😀 Antony Blinken arrived.\n“We talked,” he said.", StandardCharsets.UTF_8);
    Run r = run(new ExtractQuotesCommand(), file.toString(), "--published", "2023-06-18", "--json");
    assertEquals(0, r.exit(), r.err());
    JsonNode a = new ObjectMapper().readTree(r.out()).get(0);
    assertEquals(26, a.get("content").get("start").asInt());
    assertEquals(38, a.get("content").get("end").asInt());
    assertEquals("“We talked,”", a.get("content").get("text").asText());
    assertEquals("he", a.get("source").get("text").asText());
    assertEquals("said", a.get("cue").get("text").asText());
    assertEquals("Antony Blinken", a.get("speaker").asText());
    assertTrue(a.get("direct").asBoolean());
  }

  @Test
  void missingSourceAndCueAreJsonNull(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("a.txt");
    Files.writeString(file, "“We will talk again next month.”", StandardCharsets.UTF_8);
    JsonNode a = new ObjectMapper().readTree(run(new ExtractQuotesCommand(), file.toString(), "--json").out()).get(0);
    assertTrue(a.get("source").isNull());
    assertTrue(a.get("cue").isNull());
    assertTrue(a.get("speaker").isNull());
  }

  @Test
  void readableListingByDefault(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("a.txt");
    Files.writeString(file, "“We will win,” Miller said.", StandardCharsets.UTF_8);
    Run r = run(new ExtractQuotesCommand(), file.toString());
    assertEquals(0, r.exit());
    assertEquals(file + ": 1 attributions\n[0, 14) direct   Miller (said): “We will win,”\n",
        r.out().replace("\r\n", "\n"));
  }

  @Test
  void missingFileExitsOneNamingIt(@TempDir Path dir) {
    Path file = dir.resolve("nope.txt");
    Run r = run(new ExtractQuotesCommand(), file.toString(), "--json");
    assertEquals(1, r.exit());
    assertEquals("parallax: " + file + ": no such file", r.err().strip());
  }

  @Test
  void invalidUtf8ExitsOne(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.txt");
    Files.write(file, new byte[] {'a', (byte) 0xC3, '(', 'b'});
    Run r = run(new ExtractQuotesCommand(), file.toString());
    assertEquals(1, r.exit());
    assertEquals("parallax: " + file + ": not valid UTF-8", r.err().strip());
  }

  @Test
  void badDateIsAUsageError(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("a.txt");
    Files.writeString(file, "x", StandardCharsets.UTF_8);
    assertEquals(2, run(new ExtractQuotesCommand(), file.toString(), "--published", "June").exit());
  }

  @Test
  void evaluateQuotesPrintsFiguresPerRole(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("doc.txt"), "“We will win,” Miller said.", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("doc.ann"),
        "T1\tContent 0 14\t“We will win,”\nT2\tSource 15 21\tMiller\nT3\tCue 22 26\tsaid\n", StandardCharsets.UTF_8);
    Run r = run(new EvaluateQuotesCommand(), dir.toString(), "--json");
    assertEquals(0, r.exit(), r.err());
    JsonNode s = new ObjectMapper().readTree(r.out());
    assertEquals(1, s.get("documents").asInt());
    for (String role : new String[] {"source", "cue", "content", "directContent"}) {
      assertEquals(1.0, s.get(role).get("f1").asDouble(), role);
    }
    Run text = run(new EvaluateQuotesCommand(), dir.toString());
    assertTrue(text.out().contains("source             1.0000    1.0000    1.0000         1         1         1"),
        text.out());
  }

  @Test
  void evaluateQuotesOnAMissingDirectoryExitsOne(@TempDir Path dir) {
    Run r = run(new EvaluateQuotesCommand(), dir.resolve("none").toString());
    assertEquals(1, r.exit());
    assertEquals("parallax: " + dir.resolve("none") + ": not a directory", r.err().strip());
  }

  @Test
  void trainQuotesIsDeterministicAndItsModelEvaluates(@TempDir Path dir) throws IOException {
    Path data = Files.createDirectory(dir.resolve("data"));
    Files.writeString(data.resolve("doc.txt"), "Before that, Miller said the talks were useful.", StandardCharsets.UTF_8);
    Files.writeString(data.resolve("doc.ann"), "T1\tSource 13 19\tMiller\nT2\tCue 20 24\tsaid\n"
        + "T3\tContent 25 46\tthe talks were useful\n", StandardCharsets.UTF_8);
    byte[][] models = new byte[2][];
    for (int k = 0; k < 2; k++) {
      Path out = dir.resolve("m" + k + ".bin.gz");
      Run r = run(new TrainQuotesCommand(), "--train", data.toString(), "--out", out.toString(), "--algorithm",
          "PERCEPTRON", "--iterations", "5", "--cutoff", "0");
      assertEquals(0, r.exit(), r.err());
      models[k] = Files.readAllBytes(out);
    }
    assertArrayEquals(models[0], models[1]);
    Run eval = run(new EvaluateQuotesCommand(), data.toString(), "--model", dir.resolve("m0.bin.gz").toString(),
        "--json");
    assertEquals(0, eval.exit(), eval.err());
    assertEquals(1, new ObjectMapper().readTree(eval.out()).get("documents").asInt());
  }

  @Test
  void trainQuotesOnAMissingDirectoryExitsOne(@TempDir Path dir) {
    Run r = run(new TrainQuotesCommand(), "--train", dir.resolve("none").toString(), "--out",
        dir.resolve("m.bin.gz").toString());
    assertEquals(1, r.exit());
    assertEquals("parallax: no such directory: " + dir.resolve("none"), r.err().strip());
  }
}
