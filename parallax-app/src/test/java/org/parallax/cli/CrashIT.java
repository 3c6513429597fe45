package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.Parallax;

/** An ingest that was reported survives the process being killed with SIGKILL. */
class CrashIT {

  @TempDir Path tmp;

  @Test
  void killedAfterAReportedIngestLosesNothing() throws Exception {
    Path data = tmp.resolve("store");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        IngestThenHang.class.getName(), data.toString(), Path.of("..", "sample").toString())
        .redirectErrorStream(true)
        .start();
    String line;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      line = out.readLine();
      p.destroyForcibly();
      p.waitFor(30, TimeUnit.SECONDS);
    }
    assertEquals("reported 2", line);
    try (Parallax reopened = Parallax.open(data)) {
      assertEquals(2, reopened.size());
      assertEquals(1, reopened.stories().size());
    }
  }
}
