package org.parallax.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data} option every command that touches a store takes. */
final class StoreOptions {

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "parallax-data",
      description = "The store directory (default: ${DEFAULT-VALUE}).")
  Path data;
}
