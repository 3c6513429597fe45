package org.parallax.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.parallax.cluster.EvidenceClusterer;
import org.parallax.cluster.StoryClusterer;
import org.parallax.cluster.TfIdfClusterer;
import org.parallax.eval.ClusteringRun;
import org.parallax.eval.ClusteringScores;
import org.parallax.model.Article;

/**
 * Compares Parallax's story clustering with peers on the same labelled streams and prints one Markdown table: per
 * stream and system, pairwise and BCubed precision, recall and F1, the number of predicted clusters, and the wall
 * time of the clustering.
 *
 * <p>Systems: Parallax's {@link EvidenceClusterer} and its {@link TfIdfClusterer} single-pass baseline, each run end
 * to end through a throwaway store by {@link ClusteringRun} (time includes reading the stream and analysing the
 * articles); and Carrot2's Lingo and bisecting k-means, run one publication day at a time and told each day's true
 * number of stories (see {@link Carrot2Peer}; time includes building Carrot2's documents and loading its English
 * resources, not reading the stream). Scores count only articles that have a gold label.
 *
 * <pre>java -Xmx3g -cp parallax-bench/target/parallax-bench.jar org.parallax.bench.PeerComparison \
 *     ../shared/data/clustering/ecbplus.dev.jsonl ../shared/data/clustering/basil.dev.jsonl \
 *     ../shared/data/scale/uci-news-2014.jsonl.gz@2014-04-30@../shared/data/clustering/uci.labels.2014-03-04.tsv.gz</pre>
 *
 * A stream argument is {@code FILE[@LAST-DAY[@LABELS]]}, as for {@link ClusterSweep}: articles published after
 * LAST-DAY are left out, and gold labels come from the LABELS TSV when given, else from each record's
 * {@code event_id}. System property {@code peers} picks the systems (comma-separated, default
 * {@code evidence,tfidf,lingo,kmeans}); {@code carrot2.terms} sets the terms Carrot2's matrix keeps per batch
 * (default 250; 0 for Carrot2's own budget). Progress goes to stderr, the table to stdout.
 */
public final class PeerComparison {

  private static final List<String> PEERS = List.of("evidence", "tfidf", "lingo", "kmeans");

  private PeerComparison() {}

  /** One row of the table. */
  private record Row(String stream, String system, ClusteringScores scores, double seconds) {}

  /** A stream argument: the file, the last day kept (or null) and the labels file (or null). */
  private record Spec(Path file, String lastDay, Path labels) {

    static Spec parse(String arg) {
      String[] parts = arg.split("@");
      if (parts.length > 3 || parts[0].isBlank()) {
        throw new IllegalArgumentException("A stream must be FILE[@LAST-DAY[@LABELS]], got: " + arg);
      }
      if (parts.length > 1) {
        try {
          LocalDate.parse(parts[1]);
        } catch (DateTimeParseException e) {
          throw new IllegalArgumentException("LAST-DAY must be an ISO date (2014-04-30), got: " + parts[1], e);
        }
      }
      return new Spec(Path.of(parts[0]), parts.length > 1 ? parts[1] : null,
          parts.length > 2 ? Path.of(parts[2]) : null);
    }

    String name() {
      return file.getFileName().toString().replaceAll("\\..*", "");
    }
  }

  public static void main(String[] args) throws IOException {
    List<Spec> specs = new ArrayList<>();
    List<String> peers;
    int terms;
    try {
      if (args.length == 0) {
        throw new IllegalArgumentException("Give at least one stream.");
      }
      for (String arg : args) {
        specs.add(Spec.parse(arg));
      }
      peers = peers(System.getProperty("peers", String.join(",", PEERS)));
      terms = Integer.parseInt(System.getProperty("carrot2.terms", "250").trim());
      if (terms < 0) {
        throw new IllegalArgumentException("-Dcarrot2.terms must not be negative, got: " + terms);
      }
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println("usage: PeerComparison [-Dpeers=" + String.join(",", PEERS)
          + "] [-Dcarrot2.terms=250] FILE[@LAST-DAY[@LABELS]]...");
      System.exit(2);
      return;
    }
    List<Row> rows = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (Spec spec : specs) {
      compare(spec, peers, terms, rows, notes);
    }
    System.out.print(table(rows, notes, terms));
  }

  private static List<String> peers(String property) {
    List<String> peers = new ArrayList<>();
    for (String cell : property.split(",")) {
      String peer = cell.trim().toLowerCase(Locale.ROOT);
      if (!PEERS.contains(peer)) {
        throw new IllegalArgumentException("Unknown peer '" + peer + "' in -Dpeers; known: " + PEERS);
      }
      peers.add(peer);
    }
    return peers;
  }

  /** Runs the chosen systems on one stream, adding a row per system and notes on anything unusual. */
  private static void compare(Spec spec, List<String> peers, int terms, List<Row> rows, List<String> notes)
      throws IOException {
    Map<String, String> labels = spec.labels() == null ? null : Streams.labels(spec.labels());
    Streams.Labelled stream = null;
    for (String peer : peers) {
      Row row;
      if (peer.equals("evidence")) {
        row = parallax(spec, "Parallax (evidence)", new EvidenceClusterer(), labels, notes);
      } else if (peer.equals("tfidf")) {
        row = parallax(spec, "TF-IDF single-pass baseline", new TfIdfClusterer(), labels, notes);
      } else {
        // Held in memory only once a Carrot2 row asks for it, and then for both; Parallax streams from the file.
        if (stream == null) {
          stream = Streams.read(spec.file(), spec.lastDay());
          if (stream.articles().stream().map(Article::published).distinct().count() > 1) {
            notes.add(dayCeiling(spec.name(), stream, labels != null ? labels : stream.gold()));
          }
        }
        Carrot2Peer.Algorithm algorithm = peer.equals("lingo") ? Carrot2Peer.Algorithm.LINGO
            : Carrot2Peer.Algorithm.KMEANS;
        row = carrot2(spec.name(), stream, new Carrot2Peer(algorithm, terms), algorithm.title, labels, notes);
      }
      rows.add(row);
      System.err.printf("%s%n", line(row));
    }
  }

  private static Row parallax(Spec spec, String system, StoryClusterer clusterer, Map<String, String> labels,
      List<String> notes) throws IOException {
    LocalDate until = spec.lastDay() == null ? null : LocalDate.parse(spec.lastDay());
    Path work = Files.createTempDirectory("parallax-peer-");
    try {
      long started = System.nanoTime();
      ClusteringRun.Result result = ClusteringRun.run(spec.file(), until, work, clusterer, progress(system));
      double seconds = (System.nanoTime() - started) / 1e9;
      if (!result.skipped().isEmpty()) {
        notes.add(String.format(Locale.ROOT, "%s, %s: %d records skipped as invalid (first: %s).", spec.name(),
            system, result.skipped().size(), result.skipped().get(0).getMessage()));
      }
      Map<String, String> gold = labels != null ? labels : result.gold();
      return new Row(spec.name(), system, ClusteringScores.score(result.assignments(), gold), seconds);
    } finally {
      delete(work);
    }
  }

  private static Row carrot2(String name, Streams.Labelled stream, Carrot2Peer peer, String system,
      Map<String, String> labels, List<String> notes) throws IOException {
    Map<String, String> gold = labels != null ? labels : stream.gold();
    long started = System.nanoTime();
    Carrot2Peer.Outcome outcome = peer.cluster(stream.articles(), gold);
    double seconds = (System.nanoTime() - started) / 1e9;
    notes.add(String.format(Locale.ROOT, "%s, %s: %d batches, slowest %s%s.", name, system, outcome.batches(),
        outcome.slowest(),
        outcome.failures() == 0 ? "" : "; Carrot2 failed on " + outcome.failures() + " (left as singletons)"));
    return new Row(name, system, ClusteringScores.score(outcome.assignments(), gold), seconds);
  }

  /** What a clusterer that sees one day at a time can reach at best: each day's gold stories, exactly. */
  private static String dayCeiling(String name, Streams.Labelled stream, Map<String, String> gold) {
    Map<String, String> oracle = new HashMap<>();
    for (Article a : stream.articles()) {
      String story = gold.get(a.id());
      if (story != null) {
        oracle.putIfAbsent(a.id(), story + "@" + a.published());
      }
    }
    ClusteringScores s = ClusteringScores.score(oracle, gold);
    return String.format(Locale.ROOT, "%s: clustering each day perfectly, but no story across days, scores "
        + "pairwise F1 %.3f and BCubed F1 %.3f (%d clusters): the most a day-by-day clusterer can reach.", name,
        s.pairwise().f1(), s.bcubed().f1(), s.predictedClusters());
  }

  /** Reports progress every 10,000 articles. */
  private static LongConsumer progress(String system) {
    long[] reported = {0};
    return assigned -> {
      if (assigned / 10_000 > reported[0] / 10_000) {
        System.err.printf("%s: %d articles assigned%n", system, assigned);
      }
      reported[0] = assigned;
    };
  }

  private static String table(List<Row> rows, List<String> notes, int terms) {
    StringBuilder out = new StringBuilder();
    out.append("| Stream | System | Pairwise P | Pairwise R | Pairwise F1 | BCubed P | BCubed R | BCubed F1 "
        + "| Clusters | Gold clusters | Items | Seconds |\n");
    out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Row row : rows) {
      out.append(line(row)).append('\n');
    }
    out.append('\n');
    out.append("Clusters, gold clusters and items count scored articles (those with a gold label). Parallax time "
        + "includes reading the stream and analysing articles; Carrot2 time includes building its documents and "
        + "loading its English resources, not reading the stream. Carrot2 clusters one publication day at a time "
        + "(undated articles together), told each day's true number of stories; articles it leaves unclustered "
        + "are singletons. ");
    out.append(terms == 0 ? "Carrot2's term-document matrix keeps its default budget of 37,500 cells."
        : "Carrot2's term-document matrix keeps " + terms + " terms per batch (at least the number of stories), "
            + "not its default 37,500 cells.");
    out.append('\n');
    for (String note : notes) {
      out.append("\n- ").append(note);
    }
    out.append('\n');
    return out.toString();
  }

  private static String line(Row row) {
    ClusteringScores s = row.scores();
    return String.format(Locale.ROOT, "| %s | %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %d | %d | %d | %.1f |",
        row.stream(), row.system(), s.pairwise().precision(), s.pairwise().recall(), s.pairwise().f1(),
        s.bcubed().precision(), s.bcubed().recall(), s.bcubed().f1(), s.predictedClusters(), s.goldClusters(),
        s.items(), row.seconds());
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
