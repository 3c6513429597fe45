package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parallax train cue-phrases DIR} on three hand-made BRAT documents. */
class TrainCuePhrasesCommandTest {

  @TempDir Path dir;

  private void document(String name, String text, String annotations) throws IOException {
    Files.writeString(dir.resolve(name + ".txt"), text);
    Files.writeString(dir.resolve(name + ".ann"), annotations);
  }

  @Test
  void aPhraseThatIsACueInEnoughTextsIsListedAndOneThatIsNotIsLeftOut() throws IOException {
    // "said" is a cue in all three texts; "according to" in one only; "told" is a cue once in two occurrences.
    document("a", "Smith said taxes would rise.", "T1\tCue 6 10\tsaid\n");
    document("b", "Jones said it was over, according to aides.",
        "T1\tCue 6 10\tsaid\nT2\tCue 24 36\taccording to\n");
    document("c", "Lee said he told them. Ann told no one.", "T1\tCue 4 8\tsaid\nT2\tCue 12 16\ttold\n");
    Path out = dir.resolve("phrases.txt");
    Cli cli = Cli.run("train", "cue-phrases", "--train", dir.toString(), "--out", out.toString(),
        "--min-count", "2", "--min-documents", "2", "--min-precision", "0.6");
    assertEquals(0, cli.exit(), cli.err());
    List<String> phrases = Files.readAllLines(out).stream().filter(l -> !l.startsWith("#")).toList();
    assertEquals(List.of("said"), phrases);
    assertTrue(cli.out().contains("wrote 1 phrases from 3 documents"), cli.out());
  }

  @Test
  void aMissingDirectoryIsAnError() {
    Cli cli = Cli.run("train", "cue-phrases", "--train", dir.resolve("none").toString(), "--out",
        dir.resolve("x.txt").toString());
    assertEquals(1, cli.exit());
    assertTrue(cli.err().contains("no such directory"), cli.err());
  }
}
