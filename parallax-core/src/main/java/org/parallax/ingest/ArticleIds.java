package org.parallax.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable article identities, so that reading the same input twice yields the same ids. */
public final class ArticleIds {

  private ArticleIds() {}

  /**
   * An id from the URL where there is one (the same page fetched twice is one article), otherwise from the outlet,
   * title and text.
   */
  public static String derive(String url, String outlet, String title, String text) {
    String basis = url != null && !url.isBlank() ? "url\n" + url.trim() : "content\n" + outlet + "\n" + title + "\n" + text;
    return "a" + sha256(basis).substring(0, 16);
  }

  /** A fingerprint of what a reader sees, blind to whitespace differences and to who published it. */
  public static String contentFingerprint(String title, String text) {
    return sha256(title.strip().replaceAll("\\s+", " ") + "\n" + text.strip().replaceAll("\\s+", " "));
  }

  /**
   * A fingerprint of one outlet's article: the same content from the same outlet is the same article; from another
   * outlet it is a copy.
   */
  public static String fingerprint(String outlet, String contentFingerprint) {
    return sha256(outlet + "\n" + contentFingerprint);
  }

  static String sha256(String s) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
