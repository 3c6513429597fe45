package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end, on a real store on disk. */
class CliIT {

  private static final Path SEEDS = Path.of("..", "sample", "blinken-qin-2023");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  private Path data() {
    return tmp.resolve("store");
  }

  private Path mixedBatch() throws IOException {
    Path batch = Files.createDirectories(tmp.resolve("batch"));
    for (String name : new String[] {"al-mayadeen.txt", "al-mayadeen.meta.json", "second-outlet.txt",
        "second-outlet.meta.json"}) {
      Files.copy(SEEDS.resolve(name), batch.resolve(name));
    }
    Files.write(batch.resolve("empty.txt"), new byte[0]);
    byte[] noise = new byte[2048];
    new SplittableRandom(11).nextBytes(noise);
    noise[0] = 0;
    Files.write(batch.resolve("noise.dat"), noise);
    String page = "<html><head><title>Les caf\u00e9s de Montr\u00e9al</title></head><body><article>"
        + "<p>Montr\u00e9al\u2019s caf\u00e9 owners \u2013 na\u00efve or not \u2013 said the r\u00e8gles were "
        + "\u201cunfair\u201d to small businesses.</p></article></body></html>";
    Files.write(batch.resolve("legacy.html"), page.getBytes(Charset.forName("windows-1252")));
    return batch;
  }

  @Test
  void ingestReportsBadFilesByNameKeepsTheRestAndExitsOne() throws IOException {
    Path batch = mixedBatch();
    Cli first = Cli.run("ingest", batch.toString(), "--data", data().toString());
    assertEquals(1, first.exit(), first.out() + first.err());
    assertTrue(first.err().contains("error: " + batch.resolve("empty.txt") + ": empty file"), first.err());
    assertTrue(first.err().contains("error: " + batch.resolve("noise.dat")
        + " at byte 0: binary content, not a text format Parallax reads"), first.err());
    assertTrue(first.out().contains("5 files: 3 articles added, 0 copies, 0 duplicates; 2 files with errors."),
        first.out());

    Cli search = Cli.run("search", "cafe", "--data", data().toString(), "--json");
    assertEquals(0, search.exit(), search.err());
    JsonNode hit = JSON.readTree(search.out()).get(0);
    assertEquals("Les caf\u00e9s de Montr\u00e9al", hit.get("title").asText());
    assertTrue(hit.get("snippet").asText().contains("\u201cunfair\u201d"), hit.toString());

    Cli again = Cli.run("ingest", batch.toString(), "--data", data().toString());
    assertTrue(again.out().contains("0 articles added, 0 copies, 3 duplicates"), again.out());
  }

  @Test
  void storiesAndTheSeedReportInEveryFormat() throws IOException {
    Cli ingest = Cli.run("ingest", SEEDS.toString(), "--data", data().toString(), "--report");
    assertEquals(0, ingest.exit(), ingest.err());
    assertTrue(ingest.out().contains("candid, substantive, and constructive"), ingest.out());

    JsonNode stories = JSON.readTree(Cli.run("stories", "--json", "--data", data().toString()).out());
    assertEquals(1, stories.size());
    JsonNode story = stories.get(0);
    assertEquals(2, story.get("articles").size());
    assertEquals("Al Mayadeen English", story.get("outlets").get(0).asText());
    String id = story.get("id").asText();

    JsonNode report = JSON.readTree(Cli.run("story", id, "--json", "--data", data().toString()).out());
    assertTrue(report.get("shared").size() > 3);
    JsonNode occurrence = report.get("shared").get(0).get("occurrences").get(0);
    assertTrue(occurrence.get("span").get("end").asInt() > occurrence.get("span").get("start").asInt());

    String markdown = Cli.run("story", id, "--markdown", "--data", data().toString()).out();
    assertTrue(markdown.startsWith("# Story " + id + ": US, Chinese FMs hold 'constructive' talks"), markdown);
    assertTrue(markdown.contains("\\#US Secretary of State \\#AntonyBlinken"), "Markdown syntax is escaped");

    Cli missing = Cli.run("story", "999", "--data", data().toString());
    assertEquals(1, missing.exit());
    assertEquals("parallax: no story '999' in " + data() + System.lineSeparator(), missing.err());
    Cli both = Cli.run("story", id, "--json", "--markdown", "--data", data().toString());
    assertEquals(2, both.exit(), "mutually exclusive formats are a usage error");
    assertEquals(2, Cli.run("stories", "--limit", "0", "--data", data().toString()).exit());

    JsonNode withReports = JSON.readTree(Cli.run("ingest", SEEDS.toString(), "--data", data().toString(), "--json",
        "--report").out());
    assertEquals(2, withReports.get("files").size());
    assertEquals(id, withReports.get("reports").get(0).get("story").asText(), "--json --report stays one JSON value");
  }

  @Test
  void readingCommandsOnAMissingStoreSayWhatToDo() {
    Cli r = Cli.run("stories", "--data", tmp.resolve("nothing").toString());
    assertEquals(1, r.exit());
    assertEquals("parallax: No Parallax store at " + tmp.resolve("nothing") + ": run 'parallax ingest' first."
        + System.lineSeparator(), r.err());
    assertFalse(Files.exists(tmp.resolve("nothing")), "reading never creates a store");
  }

  @Test
  void clusterWritesEveryIdAndScoresAgainstEventIds() throws IOException {
    StringBuilder jsonl = new StringBuilder();
    String[][] events = {
      {"quake", "Earthquake strikes Sumatra", "A strong earthquake struck off Sumatra and shook Padang."},
      {"quake", "Sumatra earthquake shakes Padang", "The Sumatra earthquake shook buildings across Padang."},
      {"vote", "Chile elects president", "Chile elected a president after a runoff on pensions."},
      {"vote", "Chilean runoff decides president", "The Chilean runoff on pensions decided the president."}};
    for (int i = 0; i < events.length; i++) {
      jsonl.append(JSON.writeValueAsString(java.util.Map.of("id", "d" + i, "event_id", events[i][0],
          "title", events[i][1], "text", events[i][2]))).append('\n');
    }
    Path input = Files.writeString(tmp.resolve("in.jsonl"), jsonl.toString(), StandardCharsets.UTF_8);
    Path out = tmp.resolve("out.tsv");
    Cli r = Cli.run("cluster", input.toString(), "--assignments", out.toString(), "--json");
    assertEquals(0, r.exit(), r.err());
    var lines = Files.readAllLines(out);
    assertEquals(4, lines.size());
    assertEquals("d0", lines.get(0).split("\t")[0]);
    JsonNode scores = JSON.readTree(r.out()).get("scores");
    assertEquals(1.0, scores.get("bcubed").get("f1").asDouble(), 1e-9, r.out());

    Cli withMerges = Cli.run("cluster", input.toString(), "--assignments", out.toString(), "--json",
        "--dense", "4", "--merge-margin", "0.3");
    assertEquals(0, withMerges.exit(), withMerges.err());
    JsonNode merged = JSON.readTree(withMerges.out()).get("scores");
    assertEquals(1.0, merged.get("bcubed").get("f1").asDouble(), 1e-9, "two events stay apart: " + withMerges.out());

    Cli negative = Cli.run("cluster", input.toString(), "--assignments", out.toString(), "--dense", "-1");
    assertEquals(2, negative.exit());
    assertTrue(negative.err().contains("--dense"), negative.err());
  }
}
