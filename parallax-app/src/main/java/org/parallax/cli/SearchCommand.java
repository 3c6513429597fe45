package org.parallax.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.parallax.Parallax;
import org.parallax.model.Span;
import org.parallax.store.SearchHit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parallax search QUERY}: full-text search over titles and texts. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Searches titles and texts (BM25, titles weigh double) and shows highlighted snippets. "
        + "QUERY uses Lucene's syntax: words, \"phrases\", AND/OR/NOT, title:word.")
final class SearchCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "What to search for.")
  List<String> words;

  @Mixin StoreOptions store;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "At most N hits (default: 10).")
  int limit;

  @Option(names = "--json", description = "Print the hits as JSON; highlights are spans into each snippet.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (limit < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--limit must be at least 1, got " + limit);
    }
    List<SearchHit> hits;
    try (Parallax parallax = Parallax.openReadOnly(store.data)) {
      hits = parallax.search(String.join(" ", words), limit);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Json.print(out, hits);
      return 0;
    }
    for (SearchHit hit : hits) {
      out.printf("%.2f  story %s  %s  %s  %s%n", hit.score(), hit.story(), Terminal.safe(hit.outlet()),
          hit.published() == null ? "-" : hit.published(), Terminal.clip(hit.title(), 80));
      out.println("      " + mark(hit.snippet(), hit.highlights()));
    }
    out.printf("%d hits.%n", hits.size());
    return 0;
  }

  /** The snippet with matches in [brackets]. */
  private static String mark(String snippet, List<Span> highlights) {
    StringBuilder sb = new StringBuilder();
    int last = 0;
    for (Span s : highlights) {
      int start = snippet.offsetByCodePoints(0, s.start());
      int end = snippet.offsetByCodePoints(start, s.length());
      sb.append(Terminal.safe(snippet.substring(last, start))).append('[')
          .append(Terminal.safe(snippet.substring(start, end))).append(']');
      last = end;
    }
    return sb.append(Terminal.safe(snippet.substring(last))).toString();
  }
}
