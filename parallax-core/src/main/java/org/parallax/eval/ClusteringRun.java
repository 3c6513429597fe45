package org.parallax.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.zip.GZIPInputStream;
import org.parallax.Parallax;
import org.parallax.cluster.StoryClusterer;
import org.parallax.ingest.ArticleLimits;
import org.parallax.ingest.BadInputException;
import org.parallax.ingest.Destination;
import org.parallax.ingest.JsonlReader;
import org.parallax.model.Article;

/**
 * Clusters a JSON Lines article stream in a throwaway store, in stream order, and collects each article's story
 * (at the end of the stream, after any merges) and, where the records carry one, its gold {@code event_id}.
 */
public final class ClusteringRun {

  /**
   * @param assignments article id to predicted story, in input order
   * @param gold article id to gold event, for records that carry {@code event_id}
   * @param skipped records that were not articles, with line and reason
   */
  public record Result(Map<String, String> assignments, Map<String, String> gold, List<BadInputException> skipped,
      double seconds) {}

  /** Articles analysed together (embeddings are computed per batch). */
  static final int BATCH = 256;

  private ClusteringRun() {}

  /** Runs the stream through {@code clusterer} in a store under {@code workDir}, reporting articles assigned. */
  public static Result run(Path input, Path workDir, StoryClusterer clusterer, LongConsumer progress)
      throws IOException {
    return run(input, null, workDir, clusterer, progress);
  }

  /**
   * As {@link #run(Path, Path, StoryClusterer, LongConsumer)}, leaving out articles published after {@code until}
   * (all of them when null).
   */
  public static Result run(Path input, LocalDate until, Path workDir, StoryClusterer clusterer,
      LongConsumer progress) throws IOException {
    Map<String, String> assignments = new LinkedHashMap<>();
    Map<String, String> placedAs = new java.util.HashMap<>();
    Map<String, String> gold = new LinkedHashMap<>();
    List<BadInputException> skipped = new ArrayList<>();
    long started = System.nanoTime();
    try (Parallax parallax = Parallax.open(workDir, clusterer);
        InputStream in = open(input)) {
      List<Article> batch = new ArrayList<>(BATCH);
      JsonlReader.read(input.toString(), in, new JsonlReader.RecordSink() {
        @Override
        public void accept(Article article, JsonNode record) throws IOException {
          BadInputException invalid = ArticleLimits.check(article);
          if (invalid != null) {
            skipped(invalid);
            return;
          }
          if (until != null && article.published() != null && article.published().isAfter(until)) {
            return;
          }
          JsonNode event = record.get("event_id");
          if (event != null && !event.isNull()) {
            gold.put(article.id(), event.asText());
          }
          batch.add(article);
          if (batch.size() == BATCH) {
            place(parallax, batch, assignments, placedAs, progress);
          }
        }

        @Override
        public void skipped(BadInputException problem) {
          skipped.add(problem);
        }
      });
      place(parallax, batch, assignments, placedAs, progress);
      parallax.commit();
      // Stories merged or split after an article was placed: score the story each article ends in.
      for (Map.Entry<String, String> e : assignments.entrySet()) {
        e.setValue(parallax.storyOf(placedAs.get(e.getKey()), e.getValue()));
      }
    }
    return new Result(assignments, gold, skipped, (System.nanoTime() - started) / 1e9);
  }

  private static void place(Parallax parallax, List<Article> batch, Map<String, String> assignments,
      Map<String, String> placedAs, LongConsumer progress) throws IOException {
    List<Destination.Placement> placements = parallax.addAll(batch);
    for (int i = 0; i < batch.size(); i++) {
      // A repeated id is a duplicate: it keeps the story of its first occurrence, and of the article it repeats.
      if (assignments.putIfAbsent(batch.get(i).id(), placements.get(i).story()) == null) {
        placedAs.put(batch.get(i).id(), placements.get(i).article());
      }
    }
    batch.clear();
    progress.accept(assignments.size());
  }

  /**
   * Gold labels from a TSV file ({@code .gz} too) whose header names the columns {@code id} and {@code story}.
   */
  public static Map<String, String> readLabels(Path tsv) throws IOException {
    Map<String, String> labels = new LinkedHashMap<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(tsv), StandardCharsets.UTF_8))) {
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

  private static InputStream open(Path file) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    if (!file.getFileName().toString().endsWith(".gz")) {
      return in;
    }
    try {
      return new GZIPInputStream(in, 1 << 16);
    } catch (IOException e) {
      in.close();
      throw new BadInputException(file.toString(), "byte 0", "not gzip data (" + e.getMessage() + ")");
    }
  }
}
