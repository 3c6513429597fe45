package org.parallax.server;

/** A request the server refuses, with the HTTP status and a message saying what was wrong. */
final class ApiException extends RuntimeException {

  private final int status;

  ApiException(int status, String message) {
    super(message);
    this.status = status;
  }

  int status() {
    return status;
  }
}
