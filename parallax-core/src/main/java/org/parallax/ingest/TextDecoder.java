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
 * (an HTTP header in a WARC record); one the document declares (HTML {@code <meta>}, XML declaration); UTF-8 when
 * the bytes are valid UTF-8; otherwise Windows-1252, the superset of Latin-1 that legacy Western pages use.
 */
public final class TextDecoder {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_\\-:.]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_ENCODING =
      Pattern.compile("^\\s*<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9_\\-:.]+)[\"']", Pattern.CASE_INSENSITIVE);
  private static final int SNIFF_BYTES = 4096;

  private TextDecoder() {}

  /**
   * Decodes {@code bytes}.
   *
   * @param transportCharset a charset named outside the document (HTTP Content-Type), or null
   * @param lookForDeclaration whether to honour an HTML meta or XML encoding declaration
   * @throws BadInputException when a declared charset is unknown and the bytes are not UTF-8 either; never for
   *     undecodable bytes under the fallback, which maps every byte
   */
  public static Decoded decode(byte[] bytes, String transportCharset, boolean lookForDeclaration, String location)
      throws BadInputException {
    Charset bom = bomCharset(bytes);
    if (bom != null) {
      int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
      return new Decoded(new String(bytes, skip, bytes.length - skip, bom), bom, "bom");
    }
    Charset transport = lookup(transportCharset);
    if (transport != null) {
      return new Decoded(lenient(bytes, transport), transport, "http-header");
    }
    if (lookForDeclaration) {
      String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
      Matcher xml = XML_ENCODING.matcher(head);
      Matcher meta = META_CHARSET.matcher(head);
      boolean fromXml = xml.find();
      String declared = fromXml ? xml.group(1) : meta.find() ? meta.group(1) : null;
      Charset charset = lookup(declared);
      if (charset != null && charset.name().startsWith("UTF-16")) {
        // Without a byte-order mark the bytes we just read as ASCII are not UTF-16 (WHATWG: treat as UTF-8).
        charset = StandardCharsets.UTF_8;
      }
      if (charset != null) {
        // Pages often declare Latin-1 and are really UTF-8, or the reverse; valid UTF-8 multi-byte text is
        // a stronger signal than a stale declaration.
        if (!charset.equals(StandardCharsets.UTF_8) && hasMultiByteUtf8(bytes) && strictUtf8(bytes) != null) {
          return new Decoded(strictUtf8(bytes), StandardCharsets.UTF_8, "utf-8-valid");
        }
        return new Decoded(lenient(bytes, charset), charset, fromXml ? "declared" : "meta");
      }
    }
    String utf8 = strictUtf8(bytes);
    if (utf8 != null) {
      return new Decoded(utf8, StandardCharsets.UTF_8, "utf-8-valid");
    }
    return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252, "fallback-windows-1252");
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

  private static boolean hasMultiByteUtf8(byte[] bytes) {
    for (byte b : bytes) {
      if ((b & 0x80) != 0) {
        return true;
      }
    }
    return false;
  }

  private static String lenient(byte[] bytes, Charset charset) {
    return new String(bytes, charset);
  }
}
