package org.parallax.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parallax.Parallax;
import org.parallax.compare.StoryReport;
import org.parallax.model.StoryMerge;
import org.parallax.view.ReportHtml;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parallax story ID}: the cross-source report of one story. */
@Command(name = "story", mixinStandardHelpOptions = true,
    description = "Shows one story's report: its articles side by side, the passages several outlets share and "
        + "the sentences only one carries, each with its character span.")
final class StoryCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "ID", description = "The story id (see 'parallax stories').")
  String id;

  @Mixin StoreOptions store;

  static final class Format {
    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Option(names = "--markdown", description = "Print the report as Markdown.")
    boolean markdown;

    @Option(names = "--html", description = "Print the report as a self-contained HTML page.")
    boolean html;
  }

  @ArgGroup(exclusive = true)
  Format format = new Format();

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Optional<StoryReport> report;
    List<String> notes = new ArrayList<>();
    try (Parallax parallax = Parallax.openReadOnly(store.data)) {
      report = parallax.report(id);
      Optional<StoryMerge> absorption = parallax.absorption(id);
      if (absorption.isPresent()) {
        notes.add("Story " + id + " was merged into story " + parallax.resolveStory(id) + " (on the arrival of "
            + "article " + absorption.get().article() + "); this is story " + parallax.resolveStory(id) + ".");
      }
      for (StoryMerge m : parallax.absorbed(id)) {
        notes.add(String.format(java.util.Locale.ROOT, "Story %s absorbed story %s on the arrival of article %s "
            + "(the two stories scored %.3f against each other).", m.survivor(), m.absorbed(), m.article(),
            m.score()));
      }
    }
    if (report.isEmpty()) {
      spec.commandLine().getErr().println("parallax: no story '" + Terminal.safe(id) + "' in " + store.data);
      return 1;
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format.json) {
      Json.print(out, report.get());
    } else if (format.markdown) {
      out.print(ReportMarkdown.render(report.get()));
      notes.forEach(n -> out.println("\n" + ReportMarkdown.escape(n)));
    } else if (format.html) {
      out.print(ReportHtml.render(report.get()));
    } else {
      out.print(ReportText.render(report.get()));
      notes.forEach(n -> out.println(Terminal.safe(n)));
    }
    return 0;
  }
}
