package org.parallax.cli;

/** Makes untrusted text safe for a terminal: no escape sequences, no control characters, one line. */
final class Terminal {

  private Terminal() {}

  static String safe(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\t') {
        sb.append(' ');
      } else if (Character.isISOControl(c) || isBidiControl(c)) {
        sb.append('\uFFFD');
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Characters that reorder what follows them on screen ("Trojan Source"). */
  private static boolean isBidiControl(char c) {
    return c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }

  static String clip(String text, int max) {
    String s = safe(text);
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
