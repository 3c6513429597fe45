package org.parallax.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code parallax} command line. */
@Command(
    name = "parallax",
    mixinStandardHelpOptions = true,
    version = "parallax 0.1.0",
    description = "Groups news articles from many outlets into stories and shows what each outlet says.",
    subcommands = {
      IngestCommand.class,
      StoriesCommand.class,
      StoryCommand.class,
      SearchCommand.class,
      ClusterCommand.class,
      CheckCommand.class,
      ServeCommand.class,
      ExtractCommand.class,
      EvaluateCommand.class,
      TrainCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: say what to do (see --help).");
  }

  /** Runs a command line and returns its exit code: 0 success, 1 failure, 2 usage error. */
  public static int execute(String... args) {
    // UTF-8 whatever the locale: article text is rarely ASCII, and the HTML view declares UTF-8.
    return execute(
        new java.io.PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true),
        new java.io.PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true),
        args);
  }

  /** Runs a command line writing to {@code out} and {@code err}; returns its exit code. */
  public static int execute(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new Main()).setOut(out).setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("parallax: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
      return 1;
    });
    return cli.execute(args);
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }
}
