package org.parallax.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parallax.Parallax;
import org.parallax.compare.StoryReport;
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
    try (Parallax parallax = Parallax.openReadOnly(store.data)) {
      report = parallax.report(id);
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
    } else if (format.html) {
      out.print(ReportHtml.render(report.get()));
    } else {
      out.print(ReportText.render(report.get()));
    }
    return 0;
  }
}
