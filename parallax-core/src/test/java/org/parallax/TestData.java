package org.parallax;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The sample data shipped in the repository, for tests. */
public final class TestData {

  private TestData() {}

  /** The directory holding the two seed reports and their sidecars. */
  public static Path seeds() {
    for (Path p : new Path[] {Path.of("sample", "blinken-qin-2023"), Path.of("..", "sample", "blinken-qin-2023")}) {
      if (Files.isDirectory(p)) {
        return p;
      }
    }
    throw new IllegalStateException("sample/blinken-qin-2023 not found from " + Path.of("").toAbsolutePath());
  }

  public static String read(String name) throws IOException {
    return Files.readString(seeds().resolve(name));
  }
}
