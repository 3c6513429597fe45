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

class NerCommandsTest {

  private static final String CONLL = """
      EU NNP I-NP I-ORG
      rejects VBZ I-VP O
      German JJ I-NP I-MISC
      call NN I-NP O
      . . O O

      Peter NNP I-NP I-PER
      Blackburn NNP I-NP I-PER
      visited VBD I-VP O
      BRUSSELS NNP I-NP I-LOC
      . . O O

      -DOCSTART- -X- O O

      Germany NNP I-NP I-LOC
      's POS B-NP O
      Werner NNP I-NP I-PER
      Zwingmann NNP I-NP I-PER
      said VBD I-VP O
      . . O O

      -DOCSTART- -X- O O
      """;

  @TempDir Path dir;

  private record Run(int exit, String out, String err) {}

  private static Run run(Object command, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = new CommandLine(command).setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
        .execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private static Path seed(String name) {
    for (Path p : new Path[] {Path.of("sample", "blinken-qin-2023"), Path.of("..", "sample", "blinken-qin-2023")}) {
      if (Files.isDirectory(p)) {
        return p.resolve(name);
      }
    }
    throw new IllegalStateException("sample/blinken-qin-2023 not found");
  }

  @Test
  void trainClustersReadsArticlesAndConllAndIsReproducible() throws IOException {
    Path conll = dir.resolve("train.conll");
    Files.writeString(conll, CONLL, StandardCharsets.UTF_8);
    Path articles = dir.resolve("articles.jsonl");
    Files.writeString(articles, """
        {"title": "Peter Blackburn visited Brussels", "text": "Werner Zwingmann visited Brussels. Peter Blackburn said."}
        {"title": "", "text": "Germany's Werner Zwingmann said Brussels rejects the call."}
        """, StandardCharsets.UTF_8);
    Path first = dir.resolve("first.txt.gz");
    Path second = dir.resolve("second.txt.gz");
    for (Path out : new Path[] {first, second}) {
      Run r = run(new TrainClustersCommand(), "--from", articles.toString(), conll.toString(), "--out",
          out.toString(), "--clusters", "4", "--min-count", "2");
      assertEquals(0, r.exit(), r.err());
      assertTrue(r.err().startsWith("39 tokens read in "), r.err());
    }
    assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(first))) {
      org.parallax.extract.entity.WordClusters clusters = org.parallax.extract.entity.WordClusters.read(in);
      assertTrue(clusters.path("Blackburn") != null && clusters.path("'s") != null);
      assertEquals(null, clusters.path("German"), "seen once");
    }
    Run missing = run(new TrainClustersCommand(), "--from", dir.resolve("none.jsonl").toString(), "--out",
        first.toString());
    assertEquals(1, missing.exit());
    assertEquals("parallax: no such file: " + dir.resolve("none.jsonl") + System.lineSeparator(), missing.err());
  }

  @Test
  void trainWordClassesClassesTheLowerCasedWordsOfAClusterFileReproducibly() throws IOException {
    Path clusters = dir.resolve("clusters.txt");
    Files.writeString(clusters, "0\tParis\t9\n0\tparis\t2\n10\tRome\t7\n10\tLondon\t5\n11\tsaid\t20\n"
        + "11\ttold\t8\n110\tMonday\t6\n111\tFriday\t4\n", StandardCharsets.UTF_8);
    Path first = dir.resolve("first.txt.gz");
    Path second = dir.resolve("second.txt.gz");
    for (Path out : new Path[] {first, second}) {
      Run r = run(new TrainWordClassesCommand(), "--words", clusters.toString(), "--classes", "2,3", "--out",
          out.toString());
      assertEquals(0, r.exit(), r.err());
      assertTrue(r.err().startsWith("embedding 7 words..."), r.err());
    }
    assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(first))) {
      org.parallax.extract.entity.WordClasses classes = org.parallax.extract.entity.WordClasses.read(in);
      assertEquals(7, classes.size());
      assertArrayEquals(new int[] {2, 3}, classes.granularities());
      assertArrayEquals(classes.classesOf("paris"), classes.classesOf("PARIS"));
    }
    Run tooMany = run(new TrainWordClassesCommand(), "--words", clusters.toString(), "--classes", "8", "--out",
        first.toString());
    assertEquals(2, tooMany.exit());
    assertTrue(tooMany.err().startsWith("--classes must not exceed the 7 words, got [8]"), tooMany.err());
  }

  @Test
  void trainClustersReadsPlainTextParaphrasePairsAndTimeMl() throws IOException {
    Path text = dir.resolve("story.txt");
    Files.writeString(text, "Kohl met Major in Bonn. Kohl met Major again.\n", StandardCharsets.UTF_8);
    Path msrp = dir.resolve("pairs.txt");
    Files.writeString(msrp, "\uFEFF" + TrainClustersCommand.MSRP_HEADER + "\r\n"
        + "1\t1\t2\tKohl left Bonn.\tKohl left.\r\n", StandardCharsets.UTF_8);
    Path timeMl = dir.resolve("doc.tml");
    Files.writeString(timeMl, "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>d1</DOCID>\n<DCT><TIMEX3 tid=\"t0\" "
        + "type=\"DATE\" value=\"1998-08-07\" functionInDocument=\"CREATION_TIME\">1998-08-07</TIMEX3></DCT>\n"
        + "<TEXT>Major <EVENT eid=\"e1\" class=\"OCCURRENCE\">left</EVENT> Bonn.</TEXT>\n</TimeML>\n",
        StandardCharsets.UTF_8);
    Path out = dir.resolve("clusters.txt");
    Run r = run(new TrainClustersCommand(), "--from", text.toString(), msrp.toString(), timeMl.toString(), "--out",
        out.toString(), "--clusters", "2", "--min-count", "1");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().startsWith("22 tokens read in "), r.err());
    try (var in = Files.newInputStream(out)) {
      org.parallax.extract.entity.WordClusters clusters = org.parallax.extract.entity.WordClusters.read(in);
      assertEquals(4, clusters.entries().get("Kohl").count(), "twice in the text, twice in the pair");
      assertEquals(3, clusters.entries().get("left").count(), "twice in the pair, once in the TimeML text");
      assertEquals(null, clusters.path("Quality"), "the header is not text");
      assertEquals(null, clusters.path("EVENT"), "markup is not text");
    }
  }

  @Test
  void extractEntitiesPrintsCodePointSpansAsJson() throws IOException {
    Path file = seed("second-outlet.txt");
    Run r = run(new ExtractEntitiesCommand(), file.toString(), "--published", "2023-06-19", "--json");
    assertEquals(0, r.exit(), r.err());
    String text = Files.readString(file, StandardCharsets.UTF_8);
    JsonNode mentions = new ObjectMapper().readTree(r.out());
    assertTrue(mentions.size() > 10, r.out());
    boolean blinken = false;
    for (JsonNode m : mentions) {
      int from = text.offsetByCodePoints(0, m.get("start").asInt());
      int to = text.offsetByCodePoints(0, m.get("end").asInt());
      assertEquals(m.get("text").asText(), text.substring(from, to));
      assertTrue(m.has("type") && m.has("canonical"), m.toString());
      blinken |= m.get("text").asText().equals("Blinken") && m.get("canonical").asText().equals("Anthony Blinken");
    }
    assertTrue(blinken, "Blinken linked to Anthony Blinken: " + r.out());
  }

  @Test
  void extractEntitiesNamesAMissingFile() {
    Path missing = dir.resolve("missing.txt");
    Run r = run(new ExtractEntitiesCommand(), missing.toString());
    assertEquals(1, r.exit());
    assertEquals("parallax: " + missing + ": no such file", r.err().strip());
  }

  @Test
  void trainingIsDeterministicAndTheModelEvaluates() throws IOException {
    Path conll = dir.resolve("tiny.conll");
    Files.writeString(conll, CONLL, StandardCharsets.UTF_8);
    Path first = dir.resolve("a.bin");
    Path second = dir.resolve("b.bin");
    for (Path out : new Path[] {first, second}) {
      Run r = run(new TrainNerCommand(), "--train", conll.toString(), "--out", out.toString(), "--iterations", "5",
          "--cutoff", "0", "--gazetteer-min-docs", "1");
      assertEquals(0, r.exit(), r.err());
      assertTrue(r.out().startsWith("wrote " + out), r.out());
    }
    assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));

    Run eval = run(new EvaluateNerCommand(), conll.toString(), "--model", first.toString(), "--json");
    assertEquals(0, eval.exit(), eval.err());
    JsonNode scores = new ObjectMapper().readTree(eval.out());
    assertEquals(6, scores.get("overall").get("gold").asInt());
    assertEquals(16, scores.get("tokens").asInt());
  }

  @Test
  void trainRejectsAnUnknownAlgorithm() throws IOException {
    Path conll = dir.resolve("tiny.conll");
    Files.writeString(conll, CONLL, StandardCharsets.UTF_8);
    Run r = run(new TrainNerCommand(), "--train", conll.toString(), "--out", dir.resolve("m.bin").toString(),
        "--algorithm", "SVM");
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith("algorithm must be one of [CHAIN, MAXENT, MAXENT_QN, PERCEPTRON], got 'SVM'"), r.err());
  }

  @Test
  void trainRejectsRegularisationItCannotApply() throws IOException {
    Path conll = dir.resolve("tiny.conll");
    Files.writeString(conll, CONLL, StandardCharsets.UTF_8);
    Run gis = run(new TrainNerCommand(), "--train", conll.toString(), "--out", dir.resolve("m.bin").toString(),
        "--algorithm", "MAXENT", "--l2", "1");
    assertEquals(2, gis.exit());
    assertTrue(gis.err().startsWith("l1Cost and l2Cost apply to MAXENT_QN only, got 0.0, 1.0 with MAXENT"), gis.err());
    Run negative = run(new TrainNerCommand(), "--train", conll.toString(), "--out", dir.resolve("m.bin").toString(),
        "--algorithm", "MAXENT_QN", "--l1", "-0.5");
    assertEquals(2, negative.exit());
    assertTrue(negative.err().startsWith("l1Cost and l2Cost must be finite and >= 0, got -0.5, "), negative.err());
  }

  @Test
  void regularisedTrainingIsDeterministicAndTheModelEvaluates() throws IOException {
    Path conll = dir.resolve("tiny.conll");
    Files.writeString(conll, CONLL, StandardCharsets.UTF_8);
    Path first = dir.resolve("qn-a.bin");
    Path second = dir.resolve("qn-b.bin");
    for (Path out : new Path[] {first, second}) {
      Run r = run(new TrainNerCommand(), "--train", conll.toString(), "--out", out.toString(), "--iterations", "20",
          "--cutoff", "0", "--gazetteer-min-docs", "1", "--algorithm", "MAXENT_QN", "--l1", "0.05", "--l2", "0.5");
      assertEquals(0, r.exit(), r.err());
    }
    assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    Run eval = run(new EvaluateNerCommand(), conll.toString(), "--model", first.toString(), "--json");
    assertEquals(0, eval.exit(), eval.err());
    assertEquals(6, new ObjectMapper().readTree(eval.out()).get("overall").get("gold").asInt());
  }
}
