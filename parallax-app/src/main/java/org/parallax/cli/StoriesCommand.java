package org.parallax.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.parallax.Parallax;
import org.parallax.model.Story;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parallax stories}: lists the stories in the store. */
@Command(name = "stories", mixinStandardHelpOptions = true,
    description = "Lists stories, those covered by the most outlets first.")
final class StoriesCommand implements Callable<Integer> {

  @Mixin StoreOptions store;

  @Option(names = "--json", description = "Print a JSON array of {id, title, articles, outlets, first, last}.")
  boolean json;

  @Option(names = "--min-outlets", paramLabel = "N", defaultValue = "1",
      description = "Only stories covered by at least N outlets (default: ${DEFAULT-VALUE}).")
  int minOutlets;

  @Option(names = "--limit", paramLabel = "N", description = "At most N stories.")
  Integer limit;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (limit != null && limit < 1 || minOutlets < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--limit and --min-outlets must be at least 1");
    }
    List<Story> stories;
    try (Parallax parallax = Parallax.openReadOnly(store.data)) {
      stories = parallax.stories().stream()
          .filter(s -> s.outlets().size() >= minOutlets)
          .limit(limit == null ? Long.MAX_VALUE : limit)
          .toList();
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Json.print(out, stories);
      return 0;
    }
    out.printf("%-6s %7s %8s  %-23s  %s%n", "story", "outlets", "articles", "dates", "title");
    for (Story s : stories) {
      String dates = s.first() == null ? "-" : s.first().equals(s.last()) ? s.first().toString()
          : s.first() + ".." + s.last();
      out.printf("%-6s %7d %8d  %-23s  %s%n", s.id(), s.outlets().size(), s.articles().size(), dates,
          Terminal.clip(s.title(), 90));
    }
    out.printf("%d stories.%n", stories.size());
    return 0;
  }
}
