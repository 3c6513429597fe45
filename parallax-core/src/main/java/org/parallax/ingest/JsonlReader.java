package org.parallax.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import org.parallax.model.Article;
import org.parallax.model.Provenance;

/**
 * Reads JSON Lines, one article per line with the fields {@code id, source, published, title, text, url} (also
 * {@code outlet} for {@code source} and {@code date} for {@code published}). A malformed line (bad JSON, invalid
 * UTF-8, over {@value #MAX_LINE_BYTES} bytes) is reported with its number and skipped; the lines after it are read.
 */
public final class JsonlReader {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** A longer line is reported and skipped without being held in memory. */
  static final int MAX_LINE_BYTES = 16 << 20;

  private JsonlReader() {}

  /** Receives each record as an article together with its JSON, for callers that read extra fields. */
  public interface RecordSink {
    void accept(Article article, JsonNode record) throws IOException;

    void skipped(BadInputException problem);
  }

  static void read(String location, InputStream in, ArticleSink sink) throws IOException {
    read(location, in, new RecordSink() {
      @Override
      public void accept(Article article, JsonNode record) throws IOException {
        sink.accept(article);
      }

      @Override
      public void skipped(BadInputException problem) {
        sink.skipped(problem);
      }
    });
  }

  /** Reads every line of {@code in}; bad lines go to {@code sink.skipped} with their number. */
  public static void read(String location, InputStream in, RecordSink sink) throws IOException {
    LineReader lines = new LineReader(in, MAX_LINE_BYTES);
    while (true) {
      LineReader.Line line = lines.next();
      if (line == null) {
        return;
      }
      String position = "line " + line.number();
      if (line.tooLong()) {
        sink.skipped(new BadInputException(location, position, "a line longer than " + (MAX_LINE_BYTES >> 20)
            + " MiB"));
        continue;
      }
      String text = TextDecoder.strictUtf8(line.bytes());
      if (text == null) {
        sink.skipped(new BadInputException(location, position, "not valid UTF-8, as JSON Lines must be"));
        continue;
      }
      if (line.number() == 1 && text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      if (text.isBlank()) {
        continue;
      }
      Article article;
      JsonNode record;
      try {
        record = JSON.readTree(text);
        article = parse(record, location, line.number());
      } catch (JsonProcessingException e) {
        sink.skipped(new BadInputException(location, position + ", column " + e.getLocation().getColumnNr(),
            "malformed JSON: " + e.getOriginalMessage()));
        continue;
      } catch (BadInputException e) {
        sink.skipped(e);
        continue;
      }
      sink.accept(article, record);
    }
  }

  /**
   * The article one JSON Lines record describes.
   *
   * @throws BadInputException naming {@code location} and the line when the record is not an article
   */
  public static Article parse(JsonNode node, String location, long lineNo) throws BadInputException {
    String position = "line " + lineNo;
    if (node == null || !node.isObject()) {
      throw new BadInputException(location, position, "each line must hold one JSON object");
    }
    String title = text(node, "title");
    String text = text(node, "text");
    if ((title == null || title.isBlank()) && (text == null || text.isBlank())) {
      throw new BadInputException(location, position, "the article has neither title nor text");
    }
    text = text == null ? "" : text.replace("\r\n", "\n");
    title = title == null || title.isBlank() ? PlainTextReader.headline(text.strip()) : title.strip();
    String outlet = HtmlExtractor.firstNonBlank(text(node, "source"), text(node, "outlet"), "unknown");
    String url = text(node, "url");
    String when = HtmlExtractor.firstNonBlank(text(node, "published"), text(node, "date"), null);
    LocalDate published = Dates.parse(when);
    String id = HtmlExtractor.firstNonBlank(text(node, "id"), ArticleIds.derive(url, outlet, title, text), null);
    Provenance provenance = new Provenance(location + "#line" + lineNo, InputFormat.JSONL.label(), "UTF-8", "declared");
    return new Article(id, outlet, url, title, published, text, provenance, null, null,
        published == null ? null : Dates.parseDateTime(when));
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

}
