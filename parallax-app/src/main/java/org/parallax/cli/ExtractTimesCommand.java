package org.parallax.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parallax.extract.time.TimeExpression;
import org.parallax.extract.time.TimeExpressions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax extract times FILE}: the temporal expressions of one text, normalised to TIMEX3 values. */
@Command(name = "times", mixinStandardHelpOptions = true,
    description = {
      "Finds the temporal expressions in FILE (read as UTF-8) and normalises them",
      "to TimeML TIMEX3 types (DATE, TIME, DURATION, SET) and values, anchored on",
      "the publication date. Offsets count Unicode code points of FILE's text,",
      "end exclusive."})
final class ExtractTimesCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FILE", description = "A UTF-8 text file.")
  Path file;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD",
      description = "The publication date that relative expressions count from (default: the 'published' field "
          + "of FILE's .meta.json sidecar, when there is one).")
  String published;

  @Option(names = "--json", description = "Print a JSON array of {start, end, text, type, value}.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    LocalDate given = published == null ? null : parseDate(published);
    String text = TextFiles.readOrReport(file, err);
    if (text == null) {
      return 1;
    }
    LocalDate anchor = given != null ? given : sidecarDate(file);
    List<TimeExpression> found = TimeExpressions.find(text, anchor);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (TimeExpression t : found) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("start", t.span().start());
        row.put("end", t.span().end());
        row.put("text", t.text());
        row.put("type", t.type());
        row.put("value", t.value());
        if (t.mod() != null) {
          row.put("mod", t.mod());
        }
        rows.add(row);
      }
      Json.print(out, rows);
    } else {
      out.printf("%s: %d temporal expressions, published %s%n", file, found.size(), anchor);
      if (!found.isEmpty()) {
        out.printf("%7s %7s  %-8s  %-18s  %s%n", "start", "end", "type", "value", "text");
      }
      for (TimeExpression t : found) {
        out.printf("%7d %7d  %-8s  %-18s  %s%n", t.span().start(), t.span().end(), t.type(),
            t.mod() == null ? t.value() : t.value() + " " + t.mod(), Terminal.safe(t.text().replace('\n', ' ')));
      }
    }
    out.flush();
    return 0;
  }

  private LocalDate parseDate(String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new ParameterException(spec.commandLine(),
          "Invalid value for option '--published': expected a date YYYY-MM-DD, got '" + value + "'");
    }
  }

  /** The 'published' date of {@code FILE}'s sidecar ({@code name.meta.json} beside {@code name.txt}). */
  private LocalDate sidecarDate(Path text) {
    String name = text.getFileName().toString();
    Path sidecar = text.resolveSibling(name.replaceFirst("\\.[^.]*$", "") + ".meta.json");
    String missing = "Missing option '--published=YYYY-MM-DD': relative dates need the publication date";
    if (!Files.isRegularFile(sidecar)) {
      throw new ParameterException(spec.commandLine(), missing);
    }
    try {
      JsonNode date = new ObjectMapper().readTree(TextFiles.readUtf8(sidecar)).get("published");
      if (date == null || !date.isTextual()) {
        throw new ParameterException(spec.commandLine(), missing + " (" + sidecar + " has no 'published' field)");
      }
      return LocalDate.parse(date.asText().substring(0, Math.min(10, date.asText().length())));
    } catch (IOException | DateTimeParseException e) {
      throw new ParameterException(spec.commandLine(), missing + " (" + sidecar + ": " + e.getMessage() + ")");
    }
  }
}
