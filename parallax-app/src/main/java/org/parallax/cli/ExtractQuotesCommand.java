package org.parallax.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parallax.extract.quote.Attribution;
import org.parallax.extract.quote.AttributionTagger;
import org.parallax.model.Span;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parallax extract quotes FILE}: the attributions of one text file, who said what. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
    description = {
      "Finds the attributions in FILE (UTF-8 text): who (source) said (cue) what (content), direct quotes and",
      "indirect speech, with the speaker resolved to a full name where the text makes it clear. Offsets count",
      "Unicode code points into the whole file."})
final class ExtractQuotesCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FILE", description = "A UTF-8 text file.")
  Path file;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD",
      description = "Publication date (accepted for every extractor; quotes do not depend on it).")
  LocalDate published;

  @Option(names = "--json", description = "Print a JSON array of {source, cue, content, speaker, direct}.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    String text = TextFiles.readOrReport(file, spec.commandLine().getErr());
    if (text == null) {
      return 1;
    }
    List<Attribution> found = AttributionTagger.find(text);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (Attribution a : found) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("source", span(text, a.source()));
        row.put("cue", span(text, a.cue()));
        row.put("content", span(text, a.content()));
        row.put("speaker", a.speaker());
        row.put("direct", a.direct());
        rows.add(row);
      }
      Json.print(out, rows);
    } else {
      out.printf("%s: %d attributions%n", file, found.size());
      for (Attribution a : found) {
        out.printf("[%d, %d) %s %s%s: %s%n", a.content().start(), a.content().end(),
            a.direct() ? "direct  " : "indirect",
            a.speaker() == null ? "(no source)" : Terminal.clip(a.speaker(), 60),
            a.cue() == null ? "" : " (" + Terminal.clip(a.cue().ofCodePoints(text), 40) + ")",
            Terminal.clip(a.content().ofCodePoints(text), 200));
      }
    }
    return 0;
  }

  private static Map<String, Object> span(String text, Span s) {
    if (s == null) {
      return null;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("start", s.start());
    m.put("end", s.end());
    m.put("text", s.ofCodePoints(text));
    return m;
  }
}
