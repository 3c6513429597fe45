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

/** {@code parallax evaluate coref DIR} on a one-document ECB+ corpus. */
class EvaluateCorefCommandTest {

  /** "He" refers to John Smith: one entity of two mentions. */
  static final String DOC = """
      <Document doc_name="3_1ecb.xml" doc_id="DOC1">
      <token t_id="1" sentence="0" number="0">Police</token>
      <token t_id="2" sentence="0" number="1">said</token>
      <token t_id="3" sentence="0" number="2">John</token>
      <token t_id="4" sentence="0" number="3">Smith</token>
      <token t_id="5" sentence="0" number="4">escaped</token>
      <token t_id="6" sentence="0" number="5">.</token>
      <token t_id="7" sentence="1" number="0">He</token>
      <token t_id="8" sentence="1" number="1">fled</token>
      <token t_id="9" sentence="1" number="2">.</token>
      <Markables>
      <HUMAN_PART_PER m_id="1"  >
        <token_anchor t_id="3"/>
        <token_anchor t_id="4"/>
      </HUMAN_PART_PER>
      <HUMAN_PART_PER m_id="2"  >
        <token_anchor t_id="7"/>
      </HUMAN_PART_PER>
      <HUMAN_PART_PER m_id="9" RELATED_TO="" TAG_DESCRIPTOR="t3_smith" instance_id="HUM42" />
      </Markables>
      <Relations>
      <CROSS_DOC_COREF r_id="1" note="HUM42" >
        <source m_id="1" />
        <source m_id="2" />
        <target m_id="9" />
      </CROSS_DOC_COREF>
      </Relations>
      </Document>
      """;

  static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = new CommandLine(new EvaluateCorefCommand()).setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true)).execute(args);
    return new String[] {String.valueOf(exit), out.toString(), err.toString()};
  }

  @Test
  void printsTheScores(@TempDir Path dir) throws IOException {
    Files.createDirectory(dir.resolve("3"));
    Files.writeString(dir.resolve("3").resolve("3_1ecb.xml"), DOC, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("ECBplus_coreference_sentences.csv"), "Topic,File,Sentence Number\n3,1ecb,0\n"
        + "3,1ecb,1\n", StandardCharsets.UTF_8);
    String[] r = run(dir.toString());
    assertEquals("0", r[0], r[2]);
    assertTrue(r[1].startsWith(dir + ": 1 topics, 1 documents, validated sentences; 2 gold mentions in 1 entities;"),
        r[1]);
    assertTrue(r[1].contains("CoNLL   F1 1.0000"), r[1]);
    JsonNode json = new ObjectMapper().readTree(run(dir.toString(), "--json", "--resolver", "lemma")[1]);
    assertEquals("lemma", json.get("resolver").asText());
    assertEquals(1.0, json.get("bcubed").get("precision").asDouble());
    assertEquals(0.5, json.get("bcubed").get("recall").asDouble());
  }

  @Test
  void aDirectoryWithoutTheIndexFails(@TempDir Path dir) throws IOException {
    Files.createDirectory(dir.resolve("3"));
    Files.writeString(dir.resolve("3").resolve("3_1ecb.xml"), DOC, StandardCharsets.UTF_8);
    String[] r = run(dir.toString());
    assertEquals("1", r[0]);
    assertEquals("parallax: " + dir + ": no ECBplus_coreference_sentences.csv, the index of the validated sentences"
        + System.lineSeparator(), r[2]);
  }
}
