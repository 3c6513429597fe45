package org.parallax.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.parallax.Parallax;
import org.parallax.server.ParallaxServer;
import org.parallax.server.ServerOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parallax serve}: the HTTP API and web pages on 127.0.0.1, until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serves the HTTP API and the web pages on 127.0.0.1 until stopped (Ctrl-C). POST /api/articles "
        + "ingests (answered once committed); GET /api/stories, /api/stories/ID, /api/articles/ID, /api/search?q=, "
        + "/api/health; pages at /.")
final class ServeCommand implements Callable<Integer> {

  @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
      description = "The port (default: ${DEFAULT-VALUE}; 0 lets the system choose).")
  int port;

  @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "16777216",
      description = "The largest request body accepted (default: ${DEFAULT-VALUE}).")
  long maxBody;

  @Mixin StoreOptions store;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65_535) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--port must be between 0 and 65535, not " + port);
    }
    if (maxBody < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--max-body must be positive");
    }
    Parallax parallax = Parallax.open(store.data);
    ParallaxServer server;
    try {
      server = ParallaxServer.start(parallax, ServerOptions.defaults(port).withMaxBodyBytes(maxBody));
    } catch (RuntimeException e) {
      parallax.close();
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      try {
        parallax.close();
      } catch (java.io.IOException e) {
        spec.commandLine().getErr().println("parallax: closing the store failed: " + e.getMessage());
      }
      stopped.countDown();
    }, "parallax-serve-shutdown"));
    PrintWriter out = spec.commandLine().getOut();
    out.println("serving " + store.data + " on http://127.0.0.1:" + server.port() + "/");
    out.flush();
    stopped.await();
    return 0;
  }
}
