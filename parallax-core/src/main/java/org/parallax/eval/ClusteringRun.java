package org.parallax.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.zip.GZIPInputStream;
import org.parallax.Parallax;
import org.parallax.cluster.StoryClusterer;
import org.parallax.ingest.BadInputException;
import org.parallax.ingest.JsonlReader;

/**
 * Clusters a JSON Lines article stream in a throwaway store, in stream order, and collects each article's story
 * and, where the records carry one, its gold {@code event_id}.
 */
public final class ClusteringRun {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * @param assignments article id to predicted story, in input order
   * @param gold article id to gold event, for records that carry {@code event_id}
   * @param skipped records that were not articles, with line and reason
   */
  public record Result(Map<String, String> assignments, Map<String, String> gold, List<BadInputException> skipped,
      double seconds) {}

  private ClusteringRun() {}

  /** Runs the stream through {@code clusterer} in a store under {@code workDir}, reporting lines read. */
  public static Result run(Path input, Path workDir, StoryClusterer clusterer, LongConsumer progress)
      throws IOException {
    Map<String, String> assignments = new LinkedHashMap<>();
    Map<String, String> gold = new LinkedHashMap<>();
    List<BadInputException> skipped = new ArrayList<>();
    long started = System.nanoTime();
    try (Parallax parallax = Parallax.open(workDir, clusterer);
        BufferedReader reader = open(input)) {
      String line;
      long lineNo = 0;
      while ((line = reader.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        try {
          JsonNode node = JSON.readTree(line);
          var article = JsonlReader.parse(node, input.toString(), lineNo);
          assignments.put(article.id(), parallax.add(article).story());
          JsonNode event = node.get("event_id");
          if (event != null && !event.isNull()) {
            gold.put(article.id(), event.asText());
          }
        } catch (JsonProcessingException e) {
          skipped.add(new BadInputException(input.toString(), "line " + lineNo, "malformed JSON: "
              + e.getOriginalMessage()));
        } catch (BadInputException e) {
          skipped.add(e);
        }
        if (lineNo % 1000 == 0) {
          progress.accept(lineNo);
        }
      }
      parallax.commit();
    }
    return new Result(assignments, gold, skipped, (System.nanoTime() - started) / 1e9);
  }

  /**
   * Gold labels from a TSV file ({@code .gz} too) whose header names the columns {@code id} and {@code story}.
   */
  public static Map<String, String> readLabels(Path tsv) throws IOException {
    Map<String, String> labels = new LinkedHashMap<>();
    try (BufferedReader reader = open(tsv)) {
      String header = reader.readLine();
      if (header == null) {
        throw new BadInputException(tsv.toString(), null, "empty labels file");
      }
      List<String> columns = List.of(header.split("\t"));
      int id = columns.indexOf("id");
      int story = columns.indexOf("story");
      if (id < 0 || story < 0) {
        throw new BadInputException(tsv.toString(), "line 1",
            "the header must name the columns 'id' and 'story', got: " + header);
      }
      String line;
      while ((line = reader.readLine()) != null) {
        String[] cells = line.split("\t", -1);
        if (cells.length > Math.max(id, story)) {
          labels.put(cells[id], cells[story]);
        }
      }
    }
    return labels;
  }

  private static BufferedReader open(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    if (file.getFileName().toString().endsWith(".gz")) {
      in = new GZIPInputStream(in, 1 << 16);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }
}
