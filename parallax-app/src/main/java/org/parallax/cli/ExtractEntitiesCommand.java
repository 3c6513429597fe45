package org.parallax.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parallax.extract.entity.EntityRecognizer;
import org.parallax.extract.entity.Mention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax extract entities FILE}: the person, organisation, location and other names in one text file. */
@Command(name = "entities", mixinStandardHelpOptions = true,
    description = {
      "Finds the names of people, organisations, places and other entities (MISC) in FILE, read whole as UTF-8,",
      "with the shipped CoNLL-2003 model. Each mention has [start, end) offsets in Unicode code points, its text,",
      "its type and its canonical name (the longest full form of the same name in the file)."})
final class ExtractEntitiesCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FILE", description = "A UTF-8 text file.")
  Path file;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD",
      description = "Publication date; accepted for symmetry with the other extractors, names do not use it.")
  LocalDate published;

  @Option(names = "--json", description = "Print a JSON array of {start, end, text, type, canonical}.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    String text = TextFiles.readOrReport(file, spec.commandLine().getErr());
    if (text == null) {
      return 1;
    }
    List<Mention> mentions = EntityRecognizer.shipped().find(text);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Json.print(out, mentions.stream().map(ExtractEntitiesCommand::row).toList());
    } else {
      for (Mention m : mentions) {
        out.printf("%d-%d\t%s\t%s%s%n", m.span().start(), m.span().end(), m.type(), Terminal.safe(m.text()),
            m.canonical().equals(m.text()) ? "" : "\t-> " + Terminal.safe(m.canonical()));
      }
    }
    out.flush();
    return 0;
  }

  private static Map<String, Object> row(Mention m) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("start", m.span().start());
    row.put("end", m.span().end());
    row.put("text", m.text());
    row.put("type", m.type());
    row.put("canonical", m.canonical());
    if (m.role()) {
      row.put("role", true);
    }
    return row;
  }
}
