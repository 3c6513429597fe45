package org.parallax.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.parallax.Parallax;
import org.parallax.compare.StoryReport;
import org.parallax.ingest.BadInputException;
import org.parallax.ingest.FileReport;
import org.parallax.ingest.Ingester;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parallax ingest PATH...}: reads files and directories into the store. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {
      "Reads articles from files and directories into the store, detecting each file's format from its content:",
      "plain text (with an optional NAME.meta.json sidecar), JSON Lines, HTML, RSS/Atom, WARC; gzip too.",
      "Prints one line per file; exits 1 if any file failed."})
final class IngestCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to read.")
  List<Path> paths;

  @Mixin StoreOptions store;

  @Option(names = "--report", description = "Then print the report of every story these files belong to "
      + "that more than one outlet covers.")
  boolean report;

  @Option(names = "--json", description = "Print the per-file summary as JSON.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<FileReport> reports;
    List<StoryReport> storyReports = new ArrayList<>();
    int size;
    try (Parallax parallax = Parallax.open(store.data);
        ProgressBar progress = new ProgressBar(err)) {
      reports = parallax.ingest(paths, new Ingester.Listener() {
        @Override
        public void fileDone(FileReport r, int done, int total) {
          if (!json) {
            // Each line is printed once its file is committed: a printed line is an acknowledgement.
            progress.clear();
            printFile(out, err, r);
          }
          progress.update(done, total, r.path());
        }

        @Override
        public void reading(String path, int records) {
          progress.update(records, 0, "articles from " + path);
        }
      });
      if (report) {
        for (String storyId : touchedStories(reports)) {
          parallax.report(storyId).filter(r -> outlets(r) > 1).ifPresent(storyReports::add);
        }
      }
      size = parallax.size();
    }
    if (json) {
      reports.forEach(r -> printProblems(err, r));
      Map<String, Object> summary = new java.util.LinkedHashMap<>();
      summary.put("files", reports.stream().map(IngestCommand::toJson).toList());
      summary.put("articles", size);
      if (report) {
        summary.put("reports", storyReports);
      }
      Json.print(out, summary);
    } else {
      printTotals(out, reports, size);
      for (StoryReport r : storyReports) {
        out.println();
        out.print(ReportText.render(r));
      }
    }
    out.flush();
    return reports.stream().allMatch(FileReport::ok) ? 0 : 1;
  }

  private static int outlets(StoryReport r) {
    return (int) r.articles().stream().map(StoryReport.ArticleEntry::outlet).distinct().count();
  }

  private static Set<String> touchedStories(List<FileReport> reports) {
    Set<String> stories = new LinkedHashSet<>();
    reports.forEach(r -> stories.addAll(r.stories()));
    return stories;
  }

  private static void printFile(PrintWriter out, PrintWriter err, FileReport r) {
    printProblems(err, r);
    StringBuilder line = new StringBuilder(String.format("%-9s  %s", r.status(), Terminal.safe(r.path())));
    if (r.format() != null) {
      line.append("  [").append(r.format()).append(']');
    }
    line.append("  ").append(counts(r));
    if (r.failure() != null) {
      line.append("  — ").append(Terminal.safe(r.failure().reason()));
    }
    out.println(line);
    out.flush();
  }

  private static void printProblems(PrintWriter err, FileReport r) {
    if (r.failure() != null) {
      err.println("error: " + Terminal.safe(r.failure().getMessage()));
    }
    for (BadInputException skipped : r.skipped()) {
      err.println("skipped: " + Terminal.safe(skipped.getMessage()));
    }
    err.flush();
  }

  private void printTotals(PrintWriter out, List<FileReport> reports, int size) {
    int articles = reports.stream().mapToInt(FileReport::ingested).sum();
    int copies = reports.stream().mapToInt(FileReport::copies).sum();
    int duplicates = reports.stream().mapToInt(FileReport::duplicates).sum();
    long failed = reports.stream().filter(r -> !r.ok()).count();
    out.printf("%d files: %d articles added, %d copies, %d duplicates; %d files with errors. The store in %s "
        + "holds %d articles.%n", reports.size(), articles, copies, duplicates, failed, store.data, size);
  }

  private static String counts(FileReport r) {
    List<String> parts = new ArrayList<>();
    parts.add(r.ingested() + (r.ingested() == 1 ? " article" : " articles"));
    if (r.copies() > 0) {
      parts.add(r.copies() + (r.copies() == 1 ? " copy" : " copies"));
    }
    if (r.duplicates() > 0) {
      parts.add(r.duplicates() + (r.duplicates() == 1 ? " duplicate" : " duplicates"));
    }
    if (!r.skipped().isEmpty()) {
      parts.add(r.skipped().size() + " skipped");
    }
    return String.join(", ", parts);
  }

  private static Map<String, Object> toJson(FileReport r) {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("path", r.path());
    m.put("status", r.status());
    m.put("format", r.format());
    m.put("ingested", r.ingested());
    m.put("copies", r.copies());
    m.put("duplicates", r.duplicates());
    m.put("stories", r.stories());
    m.put("skipped", r.skipped().stream().map(IngestCommand::problem).toList());
    m.put("error", r.failure() == null ? null : problem(r.failure()));
    return m;
  }

  private static Map<String, String> problem(BadInputException e) {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    m.put("location", e.location());
    m.put("position", e.position());
    m.put("reason", e.reason());
    return m;
  }
}
