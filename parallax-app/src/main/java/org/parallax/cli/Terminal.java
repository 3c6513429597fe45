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
      } else if (Character.isISOControl(c) || c == '\u202E' || c == '\u202D') {
        sb.append('\uFFFD');
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  static String clip(String text, int max) {
    String s = safe(text);
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
