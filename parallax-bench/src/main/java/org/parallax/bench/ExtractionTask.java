package org.parallax.bench;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.parallax.extract.entity.EntityRecognizer;
import org.parallax.extract.quote.AttributionTagger;
import org.parallax.extract.time.TimeExpressions;
import org.parallax.model.Article;

/**
 * One extractor the extraction benchmark can time: a name and what it finds in an article.
 *
 * <p>{@code extract} must be thread-safe and return what it found in text order; the benchmark counts the items and,
 * when asked for a dump, prints each one's {@code toString()}, so the items should be records. To time another
 * extractor, add it to {@link #ALL}.
 */
record ExtractionTask(String name, Function<Article, List<?>> extract) {

  /** Every task the benchmark knows, by name, in the order they run. */
  static final Map<String, ExtractionTask> ALL = Map.of(
      "times", new ExtractionTask("times", a -> TimeExpressions.find(a.text(), a.published())),
      "quotes", new ExtractionTask("quotes", a -> AttributionTagger.find(a.text())),
      "entities", new ExtractionTask("entities", a -> EntityRecognizer.shipped().find(a.text())));

  ExtractionTask {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(extract, "extract");
  }

  /** The tasks named in {@code names} (comma-separated), in that order. */
  static List<ExtractionTask> select(String names) {
    return java.util.Arrays.stream(names.split(",")).map(String::trim).filter(n -> !n.isEmpty()).map(n -> {
      ExtractionTask task = ALL.get(n);
      if (task == null) {
        throw new IllegalArgumentException("The parameter '--only' names an unknown task '" + n + "'; known: "
            + new java.util.TreeSet<>(ALL.keySet()));
      }
      return task;
    }).toList();
  }
}
