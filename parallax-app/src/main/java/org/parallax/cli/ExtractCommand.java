package org.parallax.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code parallax extract}: the parent of the extract commands. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Finds spans in one article file: named entities, attributions (who said what) and time "
        + "expressions, with offsets in code points.",
    subcommands = {ExtractEntitiesCommand.class, ExtractQuotesCommand.class, ExtractTimesCommand.class})
final class ExtractCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "Missing command: say what to extract (see 'parallax extract --help').");
  }
}
