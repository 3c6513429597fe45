package org.parallax.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EcbPlusDocumentTest {

  private static final String XML = """
      <Document doc_name="3_1ecb.xml" doc_id="DOC1">
      <token t_id="1" sentence="0" number="0">Comeaux</token>
      <token t_id="2" sentence="0" number="1">escaped</token>
      <token t_id="3" sentence="1" number="0">The</token>
      <token t_id="4" sentence="1" number="1">inmate</token>
      <token t_id="5" sentence="1" number="2">ran</token>
      <token t_id="6" sentence="1" number="3">with</token>
      <token t_id="7" sentence="1" number="4">guards</token>
      <Markables>
      <HUMAN_PART_PER m_id="1"  >
        <token_anchor t_id="1"/>
      </HUMAN_PART_PER>
      <ACTION_OCCURRENCE m_id="2"  >
        <token_anchor t_id="2"/>
      </ACTION_OCCURRENCE>
      <HUMAN_PART_PER m_id="3"  >
        <token_anchor t_id="3"/>
        <token_anchor t_id="4"/>
      </HUMAN_PART_PER>
      <HUMAN_PART_PER m_id="4"  >
        <token_anchor t_id="7"/>
      </HUMAN_PART_PER>
      <HUMAN_PART_PER m_id="9" RELATED_TO="" TAG_DESCRIPTOR="t3_comeaux" instance_id="HUM42" />
      </Markables>
      <Relations>
      <CROSS_DOC_COREF r_id="1" note="HUM42" >
        <source m_id="1" />
        <source m_id="3" />
        <target m_id="9" />
      </CROSS_DOC_COREF>
      </Relations>
      </Document>
      """;

  @Test
  void readsTokensEntityMentionsAndTheirInstances(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("3_1ecb.xml");
    Files.writeString(file, XML, StandardCharsets.UTF_8);
    EcbPlusDocument doc = EcbPlusDocument.read(file);
    assertEquals("3", doc.topic());
    assertEquals("3_1ecb", doc.name());
    assertEquals(List.of("Comeaux", "escaped", "The", "inmate", "ran", "with", "guards"), doc.tokens());
    assertEquals(List.of(0, 0, 1, 1, 1, 1, 1), doc.sentences());
    assertEquals(List.of(new EcbPlusDocument.Mention(0, 1, "HUMAN_PART_PER", "HUM42"),
        new EcbPlusDocument.Mention(2, 4, "HUMAN_PART_PER", "HUM42"),
        new EcbPlusDocument.Mention(6, 7, "HUMAN_PART_PER", "3_1ecb/4")), doc.mentions());
  }

  @Test
  void keepsOnlyValidatedSentences(@TempDir Path dir) throws IOException {
    Files.createDirectory(dir.resolve("3"));
    Files.writeString(dir.resolve("3").resolve("3_1ecb.xml"), XML, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(EcbPlusDocument.SENTENCE_INDEX), "Topic,File,Sentence Number\n3,1ecb,1\n",
        StandardCharsets.UTF_8);
    List<EcbPlusDocument> docs = EcbPlusDocument.readCorpus(dir, true);
    assertEquals(1, docs.size());
    assertEquals(2, docs.get(0).mentions().size());
    assertEquals(Set.of(1), docs.get(0).scored());
    assertTrue(docs.get(0).isScored(3));
    assertEquals(3, EcbPlusDocument.readCorpus(dir, false).get(0).mentions().size());
  }

  @Test
  void aBadIndexLineNamesFileAndLine(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve(EcbPlusDocument.SENTENCE_INDEX);
    Files.writeString(csv, "Topic,File,Sentence Number\n3,1ecb,x\n", StandardCharsets.UTF_8);
    IOException e = assertThrows(IOException.class, () -> EcbPlusDocument.readSentenceIndex(csv));
    assertTrue(e.getMessage().startsWith(csv + ":2: not 'topic,file,sentence'"), e.getMessage());
  }
}
