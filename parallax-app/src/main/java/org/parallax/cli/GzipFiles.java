package org.parallax.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** Files read and written through gzip when their name ends in {@code .gz}, as they are otherwise. */
final class GzipFiles {

  private GzipFiles() {}

  /** The file's bytes, gunzipped if its name ends in .gz. */
  static InputStream open(Path file) throws IOException {
    InputStream raw = Files.newInputStream(file);
    try {
      return gzipped(file) ? new GZIPInputStream(raw) : raw;
    } catch (IOException e) {
      raw.close();
      throw e;
    }
  }

  /** A new (or truncated) file, gzipped if its name ends in .gz. */
  static OutputStream create(Path file) throws IOException {
    OutputStream raw = Files.newOutputStream(file);
    try {
      return gzipped(file) ? new GZIPOutputStream(raw) : raw;
    } catch (IOException e) {
      raw.close();
      throw e;
    }
  }

  private static boolean gzipped(Path file) {
    return file.getFileName().toString().endsWith(".gz");
  }
}
