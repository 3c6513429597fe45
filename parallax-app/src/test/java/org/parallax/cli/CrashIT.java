package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.Parallax;

/**
 * Nothing acknowledged is lost: a child JVM runs {@code parallax ingest} over a stream of files and is killed with
 * SIGKILL at random moments, again and again; after every kill the store must open and hold every article of every
 * file the child had printed as done, exactly once. Seeded: set {@code -Dparallax.crash.seed} to replay a run, and
 * {@code -Dparallax.crash.cycles} for more or fewer cycles.
 */
class CrashIT {

  private static final int FILES = 24;
  private static final int PER_FILE = 40;

  @TempDir Path tmp;

  @Test
  void randomKillsLoseNothingAcknowledgedAndDuplicateNothing() throws Exception {
    long seed = Long.getLong("parallax.crash.seed", System.nanoTime());
    int cycles = Integer.getInteger("parallax.crash.cycles", 50);
    System.out.println("CrashIT seed " + seed + ", " + cycles + " cycles");
    SplittableRandom random = new SplittableRandom(seed);
    Path input = writeStream(new SplittableRandom(seed ^ 0x5DEECE66DL));
    Path data = tmp.resolve("store");
    Set<String> acknowledged = new LinkedHashSet<>();
    int killedMidway = 0;
    for (int cycle = 0; cycle < cycles; cycle++) {
      Path log = tmp.resolve("out-" + cycle + ".txt");
      Process child = start(input, data, log);
      // A third of the kills land early (model loading, the first file); the rest a random moment after the child
      // has acknowledged a file of its own, so that kills fall among commits and acknowledged files accumulate.
      boolean finished;
      if (cycle % 3 == 0) {
        finished = child.waitFor(300 + random.nextInt(3000), TimeUnit.MILLISECONDS);
      } else {
        awaitAcknowledgement(child, log, acknowledged);
        finished = child.waitFor(random.nextInt(2500), TimeUnit.MILLISECONDS);
      }
      if (!finished) {
        child.destroyForcibly();
        child.waitFor(30, TimeUnit.SECONDS);
        killedMidway++;
      }
      acknowledged.addAll(acknowledgedFiles(log));
      try (Parallax store = Parallax.openReadOnly(data)) {
        for (String file : acknowledged) {
          int n = Integer.parseInt(file.replaceAll("\\D", ""));
          for (int i = 0; i < PER_FILE; i++) {
            assertTrue(store.article(id(n, i)).isPresent(),
                "seed " + seed + ", cycle " + cycle + ": acknowledged " + id(n, i) + " is missing");
          }
        }
        assertExactlyOnce(store, "seed " + seed + ", cycle " + cycle);
      } catch (java.io.FileNotFoundException e) {
        assertTrue(acknowledged.isEmpty(), "seed " + seed + ": no store although files were acknowledged");
      }
    }
    Process last = start(input, data, tmp.resolve("out-last.txt"));
    assertTrue(last.waitFor(600, TimeUnit.SECONDS), "seed " + seed + ": the final run did not finish");
    assertEquals(0, last.exitValue(), "seed " + seed + ": " + Files.readString(tmp.resolve("out-last.txt")));
    try (Parallax store = Parallax.openReadOnly(data)) {
      assertEquals(FILES * PER_FILE, store.size(), "seed " + seed);
      assertExactlyOnce(store, "seed " + seed);
    }
    System.out.println("CrashIT: " + killedMidway + " of " + cycles + " runs killed mid-ingest, "
        + acknowledged.size() + " files acknowledged before the final run, nothing lost");
  }

  private static void assertExactlyOnce(Parallax store, String context) throws IOException {
    Set<String> ids = new HashSet<>();
    int[] total = new int[1];
    for (var story : store.stories()) {
      for (String id : story.articles()) {
        total[0]++;
        assertTrue(ids.add(id), context + ": " + id + " is stored twice");
      }
    }
    assertEquals(store.size(), total[0], context);
  }

  private Process start(Path input, Path data, Path log) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "ingest", input.toString(), "--data", data.toString())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }

  /**
   * Waits (up to 120 s) until the child acknowledges a file not acknowledged before (files already stored come back
   * at once as duplicates), or ends.
   */
  private static void awaitAcknowledgement(Process child, Path log, Set<String> before) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline && before.containsAll(acknowledgedFiles(log))
        && !child.waitFor(20, TimeUnit.MILLISECONDS)) {
      // polling: the child writes its lines to the log file
    }
  }

  private static List<String> acknowledgedFiles(Path log) throws IOException {
    return Files.readAllLines(log, StandardCharsets.UTF_8).stream()
        .filter(l -> l.startsWith("ingested ") || l.startsWith("duplicate "))
        .map(l -> l.split("\\s+")[1])
        .map(p -> Path.of(p).getFileName().toString())
        .toList();
  }

  private static String id(int file, int i) {
    return "f" + file + "-" + i;
  }

  /** FILES JSON Lines files of distinct articles; words drawn from a large vocabulary so none is a copy. */
  private Path writeStream(SplittableRandom random) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("input"));
    for (int f = 0; f < FILES; f++) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < PER_FILE; i++) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < 60; w++) {
          text.append("w").append(random.nextInt(50_000)).append(' ');
        }
        sb.append("{\"id\":\"").append(id(f, i)).append("\",\"source\":\"Outlet ").append(random.nextInt(20))
            .append("\",\"title\":\"Title ").append(f).append(' ').append(i).append("\",\"text\":\"").append(text)
            .append("\"}\n");
      }
      Files.writeString(dir.resolve(String.format("part-%03d.jsonl", f)), sb, StandardCharsets.UTF_8);
    }
    return dir;
  }
}
