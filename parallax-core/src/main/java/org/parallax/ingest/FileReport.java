package org.parallax.ingest;

import java.util.List;

/**
 * What ingesting one file did.
 *
 * @param format the detected format, or null when detection failed
 * @param failure why the file (or its rest, after a break) could not be read, or null
 * @param skipped records inside the file that were reported and skipped
 * @param stories the stories the file's articles (duplicates included) belong to, in order of first mention
 */
public record FileReport(
    String path,
    String format,
    int ingested,
    int copies,
    int duplicates,
    List<BadInputException> skipped,
    BadInputException failure,
    List<String> stories) {

  public FileReport {
    skipped = List.copyOf(skipped);
    stories = List.copyOf(stories);
  }

  public static FileReport failed(String path, String format, BadInputException failure) {
    return new FileReport(path, format, 0, 0, 0, List.of(), failure, List.of());
  }

  /** True when nothing went wrong: no failure and no skipped record. */
  public boolean ok() {
    return failure == null && skipped.isEmpty();
  }

  /** {@code ingested}, {@code duplicate}, {@code partial} or {@code failed}. */
  public String status() {
    if (ok()) {
      return ingested + copies == 0 && duplicates > 0 ? "duplicate" : "ingested";
    }
    return ingested + copies + duplicates > 0 ? "partial" : "failed";
  }
}
