package org.parallax.ingest;

import java.io.IOException;
import java.io.InputStream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads WARC archives: every {@code response} record with an HTML payload and status 200 is one article, its URL
 * the record's target URI and its fallback date the capture date. A record that fails is reported with its byte
 * offset; a truncated archive keeps the records before the break.
 */
final class WarcArticleReader {

  private static final MediaType HTML = MediaType.parse("text/html");
  private static final MediaType XHTML = MediaType.parse("application/xhtml+xml");

  private WarcArticleReader() {}

  /** The article of an HTML response with status 200, or null for any other record. */
  private static org.parallax.model.Article article(WarcResponse response, String where) throws IOException {
    HttpResponse http = response.http();
    MediaType type = http.contentType().base();
    if (http.status() != 200 || !(type.equals(HTML) || type.equals(XHTML))) {
      return null;
    }
    byte[] body = http.bodyDecoded().stream().readNBytes((int) Ingester.MAX_WHOLE_FILE + 1);
    if (body.length == 0) {
      throw new BadInputException(where, null, "empty HTML payload");
    }
    if (body.length > Ingester.MAX_WHOLE_FILE) {
      throw new BadInputException(where, null, "an HTML payload larger than " + (Ingester.MAX_WHOLE_FILE >> 20)
          + " MiB");
    }
    String charset = http.contentType().parameters().get("charset");
    Decoded decoded = TextDecoder.decode(body, charset, true, where);
    return HtmlReader.read(where, decoded, response.target(), response.date(), InputFormat.WARC.label());
  }

  static void read(String location, InputStream in, ArticleSink sink) throws IOException {
    long position = 0;
    try (WarcReader reader = new WarcReader(in)) {
      reader.onWarning(message -> { });
      while (true) {
        position = reader.position();
        WarcRecord record = reader.next().orElse(null);
        if (record == null) {
          return;
        }
        if (!(record instanceof WarcResponse response)) {
          continue;
        }
        String where = location + "#offset" + position;
        org.parallax.model.Article article;
        try {
          article = article(response, where);
        } catch (BadInputException e) {
          sink.skipped(e);
          continue;
        } catch (IOException | RuntimeException e) {
          // One bad record (unsupported Content-Encoding, corrupt body) costs that record, not the archive.
          sink.skipped(new BadInputException(location, "byte " + position, "unreadable HTTP response: " + e));
          continue;
        }
        if (article != null) {
          sink.accept(article);
        }
      }
    } catch (java.io.EOFException | java.util.zip.ZipException e) {
      throw new BadInputException(location, "byte " + position, "truncated archive (" + e.getMessage() + ")");
    } catch (org.netpreserve.jwarc.ParsingException e) {
      throw new BadInputException(location, "byte " + position, "malformed WARC record: " + e.getMessage());
    }
  }
}
