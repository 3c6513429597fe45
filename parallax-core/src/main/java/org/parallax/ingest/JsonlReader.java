package org.parallax.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.parallax.model.Article;
import org.parallax.model.Provenance;

/**
 * Reads JSON Lines, one article per line with the fields {@code id, source, published, title, text, url} (also
 * {@code outlet} for {@code source} and {@code date} for {@code published}). A malformed line is reported with its
 * number and skipped; the lines after it are read.
 */
public final class JsonlReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonlReader() {}

  static void read(String location, InputStream in, ArticleSink sink) throws IOException {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
    long lineNo = 0;
    while (true) {
      String line;
      try {
        line = reader.readLine();
      } catch (MalformedInputException e) {
        throw new BadInputException(location, "line " + (lineNo + 1), "not valid UTF-8, as JSON Lines must be");
      }
      if (line == null) {
        return;
      }
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      String position = "line " + lineNo;
      Article article;
      try {
        article = parse(JSON.readTree(line), location, lineNo);
      } catch (JsonProcessingException e) {
        sink.skipped(new BadInputException(location, position + ", column " + e.getLocation().getColumnNr(),
            "malformed JSON: " + e.getOriginalMessage()));
        continue;
      } catch (BadInputException e) {
        sink.skipped(e);
        continue;
      }
      sink.accept(article);
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
    String outlet = firstNonBlank(text(node, "source"), text(node, "outlet"), "unknown");
    String url = text(node, "url");
    LocalDate published = Dates.parse(firstNonBlank(text(node, "published"), text(node, "date"), null));
    String id = firstNonBlank(text(node, "id"), ArticleIds.derive(url, outlet, title, text), null);
    Provenance provenance = new Provenance(location + "#line" + lineNo, InputFormat.JSONL.label(), "UTF-8", "declared");
    return new Article(id, outlet, url, title, published, text, provenance, null, null);
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static String firstNonBlank(String a, String b, String c) {
    if (a != null && !a.isBlank()) {
      return a.strip();
    }
    if (b != null && !b.isBlank()) {
      return b.strip();
    }
    return c;
  }
}
