package org.parallax.ingest;

import java.io.IOException;

/**
 * An input that cannot be read as an article, with where and why. The batch it belongs to goes on without it.
 */
public final class BadInputException extends IOException {

  private final String location;
  private final String position;
  private final String reason;

  /**
   * @param location the file (and record, where a file holds many)
   * @param position where in it the problem lies ("byte 1024", "line 7"), or null for the whole file
   * @param reason what is wrong, in words a user can act on
   */
  public BadInputException(String location, String position, String reason) {
    super(location + (position == null ? "" : " at " + position) + ": " + reason);
    this.location = location;
    this.position = position;
    this.reason = reason;
  }

  public String location() {
    return location;
  }

  public String position() {
    return position;
  }

  public String reason() {
    return reason;
  }
}
