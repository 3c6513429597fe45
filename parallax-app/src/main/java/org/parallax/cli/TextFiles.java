package org.parallax.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reading the one text file an {@code extract} command works on. */
final class TextFiles {

  private TextFiles() {}

  /** The file's text, decoded strictly: bytes that are not UTF-8 are an error, not replacement characters. */
  static String readUtf8(Path path) throws IOException {
    byte[] bytes = Files.readAllBytes(path);
    return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
  }

  /**
   * The file's text, or null after telling {@code err} why it could not be read ({@code parallax: FILE: reason}):
   * the command then exits 1.
   */
  static String readOrReport(Path path, java.io.PrintWriter err) {
    try {
      return readUtf8(path);
    } catch (IOException e) {
      err.println("parallax: " + path + ": " + reason(path, e));
      return null;
    }
  }

  /** Why {@code path} could not be read, in a few words. */
  static String reason(Path path, IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (Files.isDirectory(path)) {
      return "is a directory, not a file";
    }
    if (e instanceof CharacterCodingException) {
      return "not valid UTF-8";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
