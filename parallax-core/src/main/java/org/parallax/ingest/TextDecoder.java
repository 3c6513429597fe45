package org.parallax.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns bytes into text, choosing the charset in this order: a byte-order mark; a charset given by the transport
 * (an HTTP header in a WARC record), else one the document declares (HTML {@code <meta>}, XML declaration), unless
 * the bytes are valid multi-byte UTF-8, which contradicts a legacy label; UTF-8 when the bytes are valid UTF-8;
 * UTF-8 with stray bytes read as Windows-1252 when most of the text is UTF-8 (or UTF-8 is claimed); otherwise
 * Windows-1252, the superset of Latin-1 that legacy Western pages use. Never U+FFFD for a byte that has a reading.
 */
public final class TextDecoder {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_\\-:.]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_ENCODING =
      Pattern.compile("^\\s*<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9_\\-:.]+)[\"']", Pattern.CASE_INSENSITIVE);
  /** How far to look for a declaration: pages put scripts and styles before a late {@code <meta charset>}. */
  private static final int SNIFF_BYTES = 64 * 1024;
  /** Labels browsers accept that Java does not know, or knows as a narrower charset (WHATWG Encoding Standard). */
  private static final java.util.Map<String, String> LABELS = java.util.Map.ofEntries(
      java.util.Map.entry("iso-8859-8-i", "ISO-8859-8"), java.util.Map.entry("csiso88598i", "ISO-8859-8"),
      java.util.Map.entry("gb2312", "GBK"), java.util.Map.entry("gb_2312", "GBK"),
      java.util.Map.entry("gb_2312-80", "GBK"), java.util.Map.entry("chinese", "GBK"),
      java.util.Map.entry("csgb2312", "GBK"), java.util.Map.entry("x-gbk", "GBK"),
      java.util.Map.entry("shift_jis", "windows-31j"), java.util.Map.entry("sjis", "windows-31j"),
      java.util.Map.entry("x-sjis", "windows-31j"), java.util.Map.entry("ms_kanji", "windows-31j"),
      java.util.Map.entry("csshiftjis", "windows-31j"), java.util.Map.entry("euc-kr", "x-windows-949"),
      java.util.Map.entry("ks_c_5601-1987", "x-windows-949"), java.util.Map.entry("korean", "x-windows-949"),
      java.util.Map.entry("x-cp1251", "windows-1251"), java.util.Map.entry("tis-620", "x-windows-874"),
      java.util.Map.entry("x-mac-roman", "x-MacRoman"), java.util.Map.entry("macintosh", "x-MacRoman"));

  private TextDecoder() {}

  /**
   * Decodes {@code bytes}.
   *
   * @param transportCharset a charset named outside the document (HTTP Content-Type), or null
   * @param lookForDeclaration whether to honour an HTML meta or XML encoding declaration
   * @param location where the bytes came from, for errors
   */
  public static Decoded decode(byte[] bytes, String transportCharset, boolean lookForDeclaration, String location)
      throws BadInputException {
    Charset bom = bomCharset(bytes);
    if (bom != null) {
      int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
      return new Decoded(new String(bytes, skip, bytes.length - skip, bom), bom, "bom");
    }
    Charset claimed = withoutBomNotUtf16(lookup(transportCharset));
    String claimSource = "http-header";
    if (claimed == null && lookForDeclaration) {
      String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
      Matcher xml = XML_ENCODING.matcher(head);
      Matcher meta = META_CHARSET.matcher(head);
      boolean fromXml = xml.find();
      claimed = withoutBomNotUtf16(lookup(fromXml ? xml.group(1) : meta.find() ? meta.group(1) : null));
      claimSource = fromXml ? "declared" : "meta";
    }
    Utf8Scan scan = Utf8Scan.of(bytes);
    if (claimed != null && !claimed.equals(StandardCharsets.UTF_8)) {
      // Pages and servers often claim a legacy charset for what is really UTF-8: valid multi-byte UTF-8 is a
      // stronger signal than a stale label.
      if (scan.invalid() == 0 && scan.multiByte() > 0) {
        return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "utf-8-valid");
      }
      return new Decoded(new String(bytes, claimed), claimed, claimSource);
    }
    if (scan.invalid() == 0) {
      return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8,
          claimed != null ? claimSource : "utf-8-valid");
    }
    if (claimed != null || scan.multiByte() > 0) {
      // UTF-8 with stray legacy bytes (a feed stitched from several sources): keep the UTF-8, read each
      // stray byte as Windows-1252 rather than as U+FFFD.
      return new Decoded(repairedUtf8(bytes), StandardCharsets.UTF_8, "utf-8-repaired-windows-1252");
    }
    return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252, "fallback-windows-1252");
  }

  /** Counts of well-formed multi-byte UTF-8 sequences and of bytes that fit no UTF-8 sequence. */
  private record Utf8Scan(int multiByte, int invalid) {
    static Utf8Scan of(byte[] b) {
      int multi = 0;
      int invalid = 0;
      int i = 0;
      while (i < b.length) {
        int n = sequenceLength(b, i);
        if (n == 0) {
          invalid++;
          i++;
        } else {
          multi += n > 1 ? 1 : 0;
          i += n;
        }
      }
      return new Utf8Scan(multi, invalid);
    }
  }

  /** The length of the well-formed UTF-8 sequence at {@code i}, or 0 when there is none. */
  private static int sequenceLength(byte[] b, int i) {
    int c = b[i] & 0xff;
    if (c < 0x80) {
      return 1;
    }
    int n;
    int min;
    if (c >= 0xC2 && c <= 0xDF) {
      n = 2;
      min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
      n = 3;
      min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
      n = 4;
      min = 0x10000;
    } else {
      return 0;
    }
    if (i + n > b.length) {
      return 0;
    }
    int cp = c & (0xFF >> (n + 1));
    for (int k = 1; k < n; k++) {
      int cc = b[i + k] & 0xff;
      if ((cc & 0xC0) != 0x80) {
        return 0;
      }
      cp = (cp << 6) | (cc & 0x3F);
    }
    boolean surrogate = cp >= 0xD800 && cp <= 0xDFFF;
    return cp < min || cp > 0x10FFFF || surrogate ? 0 : n;
  }

  private static String repairedUtf8(byte[] b) {
    StringBuilder sb = new StringBuilder(b.length);
    int i = 0;
    while (i < b.length) {
      int n = sequenceLength(b, i);
      if (n == 0) {
        sb.append(new String(b, i, 1, WINDOWS_1252));
        i++;
      } else {
        sb.append(new String(b, i, n, StandardCharsets.UTF_8));
        i += n;
      }
    }
    return sb.toString();
  }

  /** Without a byte-order mark, bytes we could sniff as ASCII are not UTF-16: read them as UTF-8 (WHATWG). */
  private static Charset withoutBomNotUtf16(Charset charset) {
    return charset != null && charset.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : charset;
  }

  /** True when the bytes look like binary data rather than text: NUL bytes or many control characters. */
  public static boolean looksBinary(byte[] bytes, int length) {
    if (bomCharset(bytes) != null && bomCharset(bytes) != StandardCharsets.UTF_8) {
      return false;
    }
    int control = 0;
    int n = Math.min(length, 8192);
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1b) {
        control++;
      }
    }
    return n > 0 && control * 20 > n;
  }

  static Charset bomCharset(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  /** The named charset, or null when the name is missing or unknown to this JVM. */
  static Charset lookup(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String n = name.trim().toLowerCase(Locale.ROOT);
    n = LABELS.getOrDefault(n, n);
    // Browsers treat these labels as Windows-1252 (WHATWG Encoding Standard); so do we.
    if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
      return WINDOWS_1252;
    }
    try {
      return Charset.forName(n);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  /** The bytes as UTF-8, or null when they are not valid UTF-8. */
  static String strictUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }


}
