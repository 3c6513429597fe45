package org.parallax.extract.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerConllCorpusTest {

  @TempDir Path dir;

  @Test
  void docstartSeparatesDocumentsAndBlankLinesSentences() throws IOException {
    Path file = dir.resolve("tiny.conll");
    Files.writeString(file, """
        EU NNP I-NP I-ORG
        rejects VBZ I-VP O

        Peter NNP I-NP I-PER
        Blackburn NNP I-NP I-PER

        -DOCSTART- -X- O O

        BRUSSELS NNP I-NP I-LOC

        -DOCSTART- -X- O O
        """, StandardCharsets.UTF_8);
    List<ConllCorpus.Document> docs = ConllCorpus.read(file);
    assertEquals(2, docs.size());
    assertEquals(2, docs.get(0).sentences().size());
    assertArrayEquals(new String[] {"Peter", "Blackburn"}, docs.get(0).sentences().get(1).tokens());
    assertArrayEquals(new String[] {"I-LOC"}, docs.get(1).sentences().get(0).tags());
  }

  @Test
  void aLineWithoutTagNamesFileAndLine() throws IOException {
    Path file = dir.resolve("bad.conll");
    Files.writeString(file, "EU NNP I-NP I-ORG\nrejects\n", StandardCharsets.UTF_8);
    IOException e = assertThrows(IOException.class, () -> ConllCorpus.read(file));
    assertEquals(file + ":2: expected a word and a NER tag, got 'rejects'", e.getMessage());
  }
}
