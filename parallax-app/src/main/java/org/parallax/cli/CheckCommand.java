package org.parallax.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.parallax.Parallax;
import org.parallax.store.StoreCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parallax check}: verifies a store's files. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Verifies every file of the store (checksums, structure, every segment) without changing it. "
        + "Exits 1 when anything is damaged.")
final class CheckCommand implements Callable<Integer> {

  @Mixin StoreOptions store;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    StoreCheck check = Parallax.check(store.data);
    PrintWriter out = spec.commandLine().getOut();
    if (check.clean()) {
      out.printf("ok: %s holds %d articles in %d segments; every checksum and structure verified.%n", store.data,
          check.articles(), check.segments());
      return 0;
    }
    PrintWriter err = spec.commandLine().getErr();
    err.printf("damaged: %s%n", store.data);
    check.problems().forEach(p -> err.println("  " + Terminal.safe(p)));
    return 1;
  }
}
