package org.parallax.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.parallax.model.Article;

/**
 * Times the per-article extractors (time expressions; quotes once merged) over a JSON Lines corpus on N threads
 * and prints articles/s, MB/s of UTF-8 text, items found and wall time per round, after a warm-up.
 *
 * <pre>java -cp parallax-bench/target/parallax-bench.jar org.parallax.bench.ExtractionBenchmark \
 *     ../shared/data/scale/reuters21578.jsonl.gz</pre>
 *
 * Options: {@code --only times} (comma-separated {@link ExtractionTask} names, default all), {@code --threads N}
 * (default: available processors), {@code --rounds N} timed passes over the corpus (default 3),
 * {@code --warmup N} articles extracted once before timing (default 3000), {@code --limit N} articles read
 * (default all), {@code --dump FILE}: instead of timing, write every item found in the articles read, one per
 * line in corpus order (to check that a change leaves the output alone). Articles without a publication date are
 * left out. This is a benchmark, not a test: its figures depend on the machine and on what else runs on it.
 */
public final class ExtractionBenchmark {

  private ExtractionBenchmark() {}

  /** The parsed command line. */
  private record Options(Path file, List<ExtractionTask> tasks, int threads, int rounds, int warmup, int limit,
      Path dump) {}

  public static void main(String[] args) throws IOException, InterruptedException {
    Options o;
    try {
      o = parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println("usage: ExtractionBenchmark FILE [--only times] [--threads N] [--rounds N] [--warmup N]"
          + " [--limit N] [--dump FILE]");
      System.exit(2);
      return;
    }
    List<Article> articles = Streams.read(o.file(), null, o.limit()).articles().stream()
        .filter(a -> a.published() != null).toList();
    if (o.dump() != null) {
      dump(articles, o.tasks(), o.dump());
      return;
    }
    long bytes = articles.stream().mapToLong(a -> a.text().getBytes(StandardCharsets.UTF_8).length).sum();
    System.out.printf(Locale.ROOT, "%,d articles, %.1f MB of text, tasks %s, %d threads%n", articles.size(),
        bytes / 1e6, o.tasks().stream().map(ExtractionTask::name).toList(), o.threads());
    run(articles.subList(0, Math.min(o.warmup(), articles.size())), o.tasks(), o.threads());
    double[] rates = new double[o.rounds()];
    double[] cpuRates = new double[o.rounds()];
    for (int r = 0; r < o.rounds(); r++) {
      long start = System.nanoTime();
      Pass pass = run(articles, o.tasks(), o.threads());
      double seconds = (System.nanoTime() - start) / 1e9;
      rates[r] = articles.size() / seconds;
      cpuRates[r] = articles.size() / (pass.cpuNanos() / 1e9);
      System.out.printf(Locale.ROOT, "round %d: %,.0f articles/s, %.2f MB/s, %,d found, %.2f s wall, %.2f s CPU"
          + " (%,.0f articles per CPU second)%n", r + 1, rates[r], bytes / 1e6 / seconds, pass.found(), seconds,
          pass.cpuNanos() / 1e9, cpuRates[r]);
    }
    Arrays.sort(rates);
    Arrays.sort(cpuRates);
    // CPU time is the steadier figure on a shared machine: other jobs stretch the wall clock, not the work done
    System.out.printf(Locale.ROOT, "median %,.0f articles/s (best %,.0f); median %,.0f articles per CPU second%n",
        rates[rates.length / 2], rates[rates.length - 1], cpuRates[cpuRates.length / 2]);
  }

  /** What one pass found and the CPU time its workers used. */
  record Pass(long found, long cpuNanos) {}

  /** Runs every task over every article on {@code threads} named threads. */
  static Pass run(List<Article> articles, List<ExtractionTask> tasks, int threads) throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    AtomicLong found = new AtomicLong();
    AtomicLong cpu = new AtomicLong();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread worker = new Thread(() -> {
        long cpuStart = mx.getCurrentThreadCpuTime();
        long mine = 0;
        for (int i = next.getAndIncrement(); i < articles.size(); i = next.getAndIncrement()) {
          for (ExtractionTask task : tasks) {
            mine += task.extract().apply(articles.get(i)).size();
          }
        }
        found.addAndGet(mine);
        cpu.addAndGet(mx.getCurrentThreadCpuTime() - cpuStart);
      }, "extraction-bench-" + t);
      workers.add(worker);
      worker.start();
    }
    for (Thread worker : workers) {
      worker.join();
    }
    return new Pass(found.get(), cpu.get());
  }

  /** Writes each item each task finds, tab-separated after the article id and task name, newlines escaped. */
  private static void dump(List<Article> articles, List<ExtractionTask> tasks, Path file) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Article a : articles) {
        for (ExtractionTask task : tasks) {
          for (Object item : task.extract().apply(a)) {
            out.write(a.id() + "\t" + task.name() + "\t" + item.toString().replace("\\", "\\\\").replace("\n", "\\n")
                .replace("\r", "\\r") + "\n");
          }
        }
      }
    }
  }

  private static Options parse(String[] args) {
    Path file = null;
    String only = String.join(",", new java.util.TreeSet<>(ExtractionTask.ALL.keySet()));
    int threads = Runtime.getRuntime().availableProcessors();
    int rounds = 3;
    int warmup = 3000;
    int limit = Integer.MAX_VALUE;
    Path dump = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("--")) {
        if (file != null) {
          throw new IllegalArgumentException("one FILE only, got '" + file + "' and '" + arg + "'");
        }
        file = Path.of(arg);
        continue;
      }
      if (i + 1 == args.length) {
        throw new IllegalArgumentException("option '" + arg + "' needs a value");
      }
      String value = args[++i];
      switch (arg) {
        case "--only" -> only = value;
        case "--threads" -> threads = positive(arg, value);
        case "--rounds" -> rounds = positive(arg, value);
        case "--warmup" -> warmup = Integer.parseInt(value);
        case "--limit" -> limit = positive(arg, value);
        case "--dump" -> dump = Path.of(value);
        default -> throw new IllegalArgumentException("unknown option '" + arg + "'");
      }
    }
    if (file == null) {
      throw new IllegalArgumentException("missing FILE (a JSON Lines corpus, .gz too)");
    }
    return new Options(file, ExtractionTask.select(only), threads, rounds, warmup, limit, dump);
  }

  private static int positive(String option, String value) {
    try {
      int n = Integer.parseInt(value);
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException notANumber) {
      // reported below
    }
    throw new IllegalArgumentException("The parameter '" + option + "' must be a positive whole number, got: " + value);
  }
}
