package org.parallax.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.parallax.eval.ClusteringRun;
import org.parallax.ingest.BadInputException;
import org.parallax.ingest.JsonlReader;
import org.parallax.model.Article;

/** Labelled article streams for benchmarks: JSON Lines (.gz too), optionally cut after a day. */
final class Streams {

  private Streams() {}

  /** Articles, their gold stories, and their gold topics where the stream has them ({@code topic_id}). */
  record Labelled(List<Article> articles, Map<String, String> gold, Map<String, String> topics) {}

  /** The articles of {@code file} in order, up to and including {@code lastDay} (ISO date) when not null. */
  static Labelled read(Path file, String lastDay) throws IOException {
    return read(file, lastDay, Integer.MAX_VALUE);
  }

  /** At most {@code limit} articles of {@code file}, up to {@code lastDay} when not null. */
  static Labelled read(Path file, String lastDay, int limit) throws IOException {
    List<Article> articles = new ArrayList<>();
    Map<String, String> gold = new LinkedHashMap<>();
    Map<String, String> topics = new LinkedHashMap<>();
    InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    if (file.toString().endsWith(".gz")) {
      in = new GZIPInputStream(in, 1 << 16);
    }
    try (InputStream stream = in) {
      JsonlReader.read(file.toString(), stream, new JsonlReader.RecordSink() {
        @Override
        public void accept(Article article, JsonNode record) {
          if (articles.size() >= limit
              || lastDay != null && article.published() != null && article.published().toString().compareTo(lastDay) > 0) {
            return;
          }
          articles.add(article);
          JsonNode event = record.get("event_id");
          if (event != null && !event.isNull()) {
            gold.put(article.id(), event.asText());
          }
          JsonNode topic = record.get("topic_id");
          if (topic != null && !topic.isNull()) {
            topics.put(article.id(), topic.asText());
          }
        }

        @Override
        public void skipped(BadInputException problem) {
          System.err.println("skipped: " + problem.getMessage());
        }
      });
    }
    return new Labelled(articles, gold, topics);
  }

  static Map<String, String> labels(Path tsv) throws IOException {
    return ClusteringRun.readLabels(tsv);
  }
}
