package org.parallax.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;

/** Reads a JSON Lines file (gzipped when its name ends in .gz) for the commands that learn from or time on one. */
final class JsonLinesFile {

  private JsonLinesFile() {}

  /**
   * Hands each non-blank line's object to {@code each}, in file order, until it returns false or the file ends.
   *
   * @throws IOException naming the file and line when a line is not JSON, or when the file cannot be read
   */
  static void read(Path path, Predicate<JsonNode> each) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    try (InputStream in = GzipFiles.open(path);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int lineNumber = 0;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = mapper.readTree(line);
        } catch (IOException e) {
          throw new IOException(path + ":" + lineNumber + ": not a JSON object: " + e.getMessage(), e);
        }
        if (!each.test(node)) {
          return;
        }
      }
    }
  }
}
