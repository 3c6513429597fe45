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

/** {@code parallax extract times}: JSON in code points, the table, and its usage and file errors. */
class ExtractTimesCommandTest {

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = new CommandLine(new ExtractTimesCommand()).setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true)).execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void printsJsonWithCodePointOffsets(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("a.txt"), "😀 Blinken landed on Sunday; talks resume June 19.",
        StandardCharsets.UTF_8);
    Run r = run(file.toString(), "--published", "2023-06-18", "--json");
    assertEquals(0, r.exit(), r.err());
    JsonNode rows = new ObjectMapper().readTree(r.out());
    assertEquals(2, rows.size());
    assertEquals(20, rows.get(0).get("start").asInt());
    assertEquals(26, rows.get(0).get("end").asInt());
    assertEquals("Sunday", rows.get(0).get("text").asText());
    assertEquals("DATE", rows.get(0).get("type").asText());
    assertEquals("2023-06-18", rows.get(0).get("value").asText());
    assertEquals("2023-06-19", rows.get(1).get("value").asText());
  }

  @Test
  void printsATableAndReadsTheSidecarDate(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("b.txt"), "It happened yesterday.", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("b.meta.json"), "{\"published\": \"2023-06-19\"}", StandardCharsets.UTF_8);
    Run r = run(file.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith(file + ": 1 temporal expressions, published 2023-06-19"), r.out());
    assertTrue(r.out().contains("     12      21  DATE      2023-06-18          yesterday"), r.out());
  }

  @Test
  void aBadDateIsAUsageError(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("c.txt"), "today", StandardCharsets.UTF_8);
    Run r = run(file.toString(), "--published", "2023-13-01");
    assertEquals(2, r.exit());
    assertEquals("Invalid value for option '--published': expected a date YYYY-MM-DD, got '2023-13-01'",
        r.err().lines().findFirst().orElse(""));
  }

  @Test
  void noDateAtAllIsAUsageError(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("d.txt"), "today", StandardCharsets.UTF_8);
    Run r = run(file.toString());
    assertEquals(2, r.exit());
    assertEquals("Missing option '--published=YYYY-MM-DD': relative dates need the publication date",
        r.err().lines().findFirst().orElse(""));
  }

  @Test
  void aMissingOrUnreadableFileFails(@TempDir Path dir) throws IOException {
    Path missing = dir.resolve("missing.txt");
    Run r = run(missing.toString(), "--published", "2023-06-18");
    assertEquals(1, r.exit());
    assertEquals("parallax: " + missing + ": no such file" + System.lineSeparator(), r.err());
    Path latin1 = Files.write(dir.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9});
    Run bad = run(latin1.toString(), "--published", "2023-06-18");
    assertEquals(1, bad.exit());
    assertEquals("parallax: " + latin1 + ": not valid UTF-8" + System.lineSeparator(), bad.err());
  }
}
