package org.parallax.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.Map;
import org.eclipse.jetty.server.ConnectionLimit;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.parallax.Parallax;
import org.parallax.view.JsonView;

/**
 * The HTTP API and web pages over one open store, on a loopback address.
 *
 * <p>Reads run side by side; an ingest request runs alone and is answered only after its articles are committed
 * (durable), so a 2xx answer is a promise that survives a crash. Limits protect the process from its clients: a
 * request body over {@link ServerOptions#maxBodyBytes()} is refused with 413 before it is read whole, a client
 * that stops sending for {@link ServerOptions#idleTimeout()} loses its connection (a body cut short gets 408), at
 * most {@link ServerOptions#maxConnections()} connections are accepted at once, and every error is a JSON object
 * {@code {"error": "..."}} with a 4xx status saying what was wrong. A failure of the store gives 500 and the server
 * stays up.
 */
public final class ParallaxServer implements AutoCloseable {

  /** Set on a request whose handler wrote its own error answer. */
  static final String ANSWERED = "parallax.answered";

  private final Javalin app;

  private ParallaxServer(Javalin app) {
    this.app = app;
  }

  /** Starts serving {@code parallax} (which the caller keeps open, and closes after this server). */
  public static ParallaxServer start(Parallax parallax, ServerOptions options) {
    StoreAccess store = new StoreAccess(parallax);
    ApiRoutes api = new ApiRoutes(store, options);
    WebPages pages = new WebPages(store);
    Javalin app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.http.prefer405over404 = true;
      config.http.maxRequestSize = options.maxBodyBytes();
      QueuedThreadPool threads = new QueuedThreadPool(options.maxThreads(), 4);
      threads.setName("parallax-http");
      config.jetty.threadPool = threads;
      config.jetty.addConnector((server, http) -> {
        http.setSendServerVersion(false);
        http.setRequestHeaderSize(16 * 1024);
        // A client trickling its body byte by byte would hold a thread for ever; below this rate it is cut off.
        http.setMinRequestDataRate(options.minBodyBytesPerSecond());
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(options.host());
        connector.setPort(options.port());
        connector.setIdleTimeout(options.idleTimeout().toMillis());
        server.addBean(new ConnectionLimit(options.maxConnections(), server));
        return connector;
      });
    });
    api.register(app);
    pages.register(app);
    app.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
    app.exception(IOException.class, (e, ctx) -> error(ctx, HttpStatus.INTERNAL_SERVER_ERROR.getCode(),
        "the store failed: " + e.getMessage()));
    app.exception(Exception.class, (e, ctx) -> error(ctx, HttpStatus.INTERNAL_SERVER_ERROR.getCode(),
        "internal error: " + e));
    // Statuses Javalin or Jetty set themselves get a JSON answer too; a handler's own answer stays.
    fallback(app, HttpStatus.NOT_FOUND, ctx -> "no such resource: " + ctx.method() + " " + ctx.path());
    fallback(app, HttpStatus.METHOD_NOT_ALLOWED, ctx -> ctx.method() + " is not allowed on " + ctx.path());
    fallback(app, HttpStatus.CONTENT_TOO_LARGE, ctx -> "the request body exceeds " + options.maxBodyBytes()
        + " bytes");
    app.start();
    return new ParallaxServer(app);
  }

  private static void fallback(Javalin app, HttpStatus status, java.util.function.Function<Context, String> message) {
    app.error(status, ctx -> {
      if (ctx.attribute(ANSWERED) == null) {
        error(ctx, status.getCode(), message.apply(ctx));
      }
    });
  }

  /** The port the server listens on (the one chosen by the system when asked for 0). */
  public int port() {
    return app.port();
  }

  static void error(Context ctx, int status, String message) {
    ctx.attribute(ANSWERED, Boolean.TRUE);
    ctx.status(status).contentType("application/json").result(JsonView.write(Map.of("error", message)));
  }

  /** Stops accepting requests and waits for those running to finish. */
  @Override
  public void close() {
    app.stop();
  }
}
