package org.parallax.ingest;

/** The input formats Parallax reads, each detected from a file's content. */
public enum InputFormat {
  /** Plain text: title on the first line, an optional leading {@code date YYYY-MM-DD}. */
  TEXT("text"),
  /** JSON Lines, one article per line: {@code id, source, published, title, text, url}. */
  JSONL("jsonl"),
  /** One HTML page holding one article. */
  HTML("html"),
  /** An RSS 2.0 or Atom feed: each item an article. */
  FEED("feed"),
  /** A WARC web archive: each HTML response record an article. */
  WARC("warc");

  private final String label;

  InputFormat(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
