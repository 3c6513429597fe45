package org.parallax.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code parallax evaluate}: the parent of the evaluate commands. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = "Scores an extractor on labelled development data and prints the figures.",
    subcommands = {EvaluateNerCommand.class, EvaluateQuotesCommand.class, EvaluateTimesCommand.class,
        EvaluateCorefCommand.class})
final class EvaluateCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "Missing command: say what to evaluate (see 'parallax evaluate --help').");
  }
}
