package org.parallax.server;

import java.time.Duration;

/**
 * How the server listens and what it accepts from a client.
 *
 * @param host the address to listen on (loopback by default: the API has no authentication)
 * @param port the port, or 0 for one the system chooses
 * @param maxBodyBytes the largest request body accepted; a larger one gets 413
 * @param maxArticles the most articles one ingest request may carry; more get 413
 * @param idleTimeout how long a connection may send nothing before it is closed
 * @param minBodyBytesPerSecond the slowest a client may send a body before it is cut off
 * @param maxConnections connections accepted at once; the rest wait in the system's backlog
 * @param maxThreads request threads
 */
public record ServerOptions(String host, int port, long maxBodyBytes, int maxArticles, Duration idleTimeout,
    long minBodyBytesPerSecond, int maxConnections, int maxThreads) {

  public ServerOptions {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("The parameter 'port' must be between 0 and 65535, not " + port + ".");
    }
    if (maxBodyBytes < 1 || maxArticles < 1 || maxConnections < 1 || maxThreads < 8) {
      throw new IllegalArgumentException("Server limits must be positive (and at least 8 threads).");
    }
  }

  /** Loopback, 16 MiB bodies, 1,000 articles a request, 30 s idle, 1 KiB/s, 256 connections, 32 threads. */
  public static ServerOptions defaults(int port) {
    return new ServerOptions("127.0.0.1", port, 16L << 20, 1_000, Duration.ofSeconds(30), 1_024, 256, 32);
  }

  public ServerOptions withIdleTimeout(Duration timeout) {
    return new ServerOptions(host, port, maxBodyBytes, maxArticles, timeout, minBodyBytesPerSecond, maxConnections,
        maxThreads);
  }

  public ServerOptions withMaxBodyBytes(long bytes) {
    return new ServerOptions(host, port, bytes, maxArticles, idleTimeout, minBodyBytesPerSecond, maxConnections,
        maxThreads);
  }
}
