package org.parallax.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.Parallax;
import org.parallax.cli.Main;
import org.parallax.model.Story;

/**
 * A 2xx is a promise: a child JVM runs {@code parallax serve} while this test posts batches of articles, and the
 * child is killed with SIGKILL at a random moment; after every kill the store must open and hold every article of
 * every acknowledged batch exactly once, and posting the unacknowledged batches again must add each article once.
 * Seeded: {@code -Dparallax.crash.seed} replays a run, {@code -Dparallax.crash.cycles} sets the number of kills.
 */
class ServerCrashIT {

  private static final int BATCH = 5;
  private static final Pattern SERVING = Pattern.compile("on http://127\\.0\\.0\\.1:(\\d+)/");

  @TempDir Path tmp;

  @Test
  void killsDuringIngestLoseNothingAcknowledged() throws Exception {
    long seed = Long.getLong("parallax.crash.seed", System.nanoTime());
    int cycles = Integer.getInteger("parallax.crash.cycles", 10);
    System.out.println("ServerCrashIT seed " + seed + ", " + cycles + " cycles");
    SplittableRandom random = new SplittableRandom(seed);
    Path data = tmp.resolve("store");
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    Set<String> acknowledged = new LinkedHashSet<>();
    int batch = 0;
    int interrupted = 0;
    int lostInFlight = 0;
    for (int cycle = 0; cycle < cycles; cycle++) {
      Process child = start(data);
      int port = port(child);
      // The first batch warms the child up (model, clusterer); the kill then lands anywhere in the batches after
      // it, mostly while one is being analysed or committed: that batch is unacknowledged and is posted again.
      Thread killer = null;
      long window = random.nextInt(3_000);
      while (child.isAlive()) {
        try {
          HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
              + "/api/articles")).timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(batch(batch, random))).build(),
              HttpResponse.BodyHandlers.ofString());
          assertTrue(r.statusCode() == 200 || r.statusCode() == 201, "seed " + seed + ": " + r.body());
          for (int i = 0; i < BATCH; i++) {
            acknowledged.add(id(batch, i));
          }
          batch++;
          if (killer == null) {
            killer = new Thread(() -> kill(child, window), "server-crash-killer");
            killer.start();
          }
        } catch (IOException e) {
          lostInFlight++;
          break;
        }
      }
      if (killer != null) {
        killer.join();
      }
      child.destroyForcibly();
      assertTrue(child.waitFor(30, TimeUnit.SECONDS));
      interrupted++;
      try (Parallax store = Parallax.openReadOnly(data)) {
        for (String id : acknowledged) {
          assertTrue(store.article(id).isPresent(), "seed " + seed + ", cycle " + cycle + ": acknowledged " + id
              + " is missing");
        }
        assertExactlyOnce(store, "seed " + seed + ", cycle " + cycle);
      } catch (java.io.FileNotFoundException e) {
        assertTrue(acknowledged.isEmpty(), "seed " + seed + ": no store although articles were acknowledged");
      }
    }
    try (Parallax store = Parallax.openReadOnly(data)) {
      assertTrue(store.size() >= acknowledged.size(), "seed " + seed);
      assertExactlyOnce(store, "seed " + seed);
    }
    System.out.println("ServerCrashIT: " + interrupted + " kills, " + batch + " batches (" + acknowledged.size()
        + " articles) acknowledged, " + lostInFlight + " batches in flight at a kill; nothing lost, nothing stored"
        + " twice");
  }

  private static void kill(Process child, long afterMillis) {
    try {
      Thread.sleep(afterMillis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    child.destroyForcibly();
  }

  private static void assertExactlyOnce(Parallax store, String context) throws IOException {
    Set<String> ids = new HashSet<>();
    int total = 0;
    for (Story story : store.stories()) {
      for (String id : story.articles()) {
        total++;
        assertTrue(ids.add(id), context + ": " + id + " is stored twice");
      }
    }
    assertEquals(store.size(), total, context);
  }

  private static Process start(Path data) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "serve", "--port", "0", "--data", data.toString())
        .redirectErrorStream(true)
        .start();
  }

  /** The port the child prints once it listens. */
  private static int port(Process child) throws IOException {
    BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    for (String line; (line = out.readLine()) != null; ) {
      Matcher m = SERVING.matcher(line);
      if (m.find()) {
        return Integer.parseInt(m.group(1));
      }
      seen.append(line).append('\n');
    }
    throw new AssertionError("the server did not start: " + seen);
  }

  private static String id(int batch, int i) {
    return "b" + batch + "-" + i;
  }

  /** A batch of distinct articles; words drawn from a large vocabulary so none is a copy of another. */
  private static String batch(int batch, SplittableRandom random) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < BATCH; i++) {
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 60; w++) {
        text.append('w').append(random.nextInt(50_000)).append(' ');
      }
      sb.append(i == 0 ? "" : ",").append("{\"id\":\"").append(id(batch, i)).append("\",\"source\":\"Outlet ")
          .append(random.nextInt(20)).append("\",\"title\":\"Title ").append(batch).append(' ').append(i)
          .append("\",\"text\":\"").append(text).append("\"}");
    }
    return sb.append(']').toString();
  }
}
