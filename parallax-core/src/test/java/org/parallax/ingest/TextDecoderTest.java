package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  @Test
  void byteOrderMarksWin() throws BadInputException {
    byte[] utf16 = "\uFEFFQin Gang".getBytes(StandardCharsets.UTF_16LE);
    Decoded d = TextDecoder.decode(utf16, null, true, "x");
    assertEquals("Qin Gang", d.text());
    assertEquals("bom", d.source());
    assertFalse(TextDecoder.looksBinary(utf16, utf16.length), "UTF-16 text has NUL bytes but is text");
  }

  @Test
  void validUtf8BeatsAStaleLatin1Declaration() throws BadInputException {
    byte[] bytes = "<meta charset=iso-8859-1><p>café</p>".getBytes(StandardCharsets.UTF_8);
    Decoded d = TextDecoder.decode(bytes, null, true, "x");
    assertEquals("utf-8-valid", d.source());
    assertTrue(d.text().contains("café"));
  }

  @Test
  void undeclaredLegacyBytesFallBackToWindows1252() throws BadInputException {
    byte[] bytes = "“quoted” – café".getBytes(Charset.forName("windows-1252"));
    Decoded d = TextDecoder.decode(bytes, null, false, "x");
    assertEquals("“quoted” – café", d.text());
    assertEquals("fallback-windows-1252", d.source());
  }
}
