package org.parallax.cli;

import java.nio.file.Path;
import java.util.List;
import org.parallax.Parallax;

/** Ingests, reports, then waits to be killed without closing the store: the crash test's victim. */
public final class IngestThenHang {

  private IngestThenHang() {}

  public static void main(String[] args) throws Exception {
    Parallax parallax = Parallax.open(Path.of(args[0]));
    var reports = parallax.ingest(List.of(Path.of(args[1])), (r, d, t) -> { });
    System.out.println("reported " + reports.stream().mapToInt(r -> r.ingested()).sum());
    System.out.flush();
    Thread.sleep(600_000);
  }
}
