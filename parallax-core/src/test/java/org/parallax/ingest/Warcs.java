package org.parallax.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Builds small WARC 1.0 archives byte by byte, for tests. */
final class Warcs {

  private Warcs() {}

  static byte[] response(String uri, String contentType, String body, Charset charset) {
    byte[] payload = body.getBytes(charset);
    byte[] httpHead = ("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + payload.length
        + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
    ByteArrayOutputStream block = new ByteArrayOutputStream();
    block.writeBytes(httpHead);
    block.writeBytes(payload);
    String header = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri + "\r\n"
        + "WARC-Date: 2023-06-18T12:00:00Z\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(
            uri.getBytes(StandardCharsets.UTF_8)) + ">\r\nContent-Type: application/http; msgtype=response\r\n"
        + "Content-Length: " + block.size() + "\r\n\r\n";
    ByteArrayOutputStream record = new ByteArrayOutputStream();
    record.writeBytes(header.getBytes(StandardCharsets.ISO_8859_1));
    record.writeBytes(block.toByteArray());
    record.writeBytes("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    return record.toByteArray();
  }

  static byte[] archive(byte[]... records) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] r : records) {
      out.writeBytes(r);
    }
    return out.toByteArray();
  }
}
