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
