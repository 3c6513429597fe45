package org.parallax.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code parallax train}: the parent of the train commands. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Trains the models Parallax ships, reproducibly, from labelled (and, for word clusters, unlabelled) data.",
    subcommands = {TrainClustersCommand.class, TrainWordClassesCommand.class, TrainNerCommand.class,
        TrainQuotesCommand.class, TrainCuePhrasesCommand.class})
final class TrainCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "Missing command: say what to train (see 'parallax train --help').");
  }
}
