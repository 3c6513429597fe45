package org.parallax.store;

import java.io.IOException;
import java.nio.file.Path;

/** The store's files are damaged (a flipped bit, a truncated or missing file): it names them and what to run. */
public final class StoreCorruptException extends IOException {

  public StoreCorruptException(Path dir, IOException cause) {
    super("The store in " + dir + " is damaged: " + cause.getMessage() + ". Run 'parallax check --data " + dir
        + "' for details; restore it from a backup or re-ingest into a new directory.", cause);
  }
}
