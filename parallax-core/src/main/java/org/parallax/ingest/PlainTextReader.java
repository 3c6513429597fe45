package org.parallax.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.model.Article;
import org.parallax.model.Provenance;
import org.parallax.text.Sentences;

/**
 * Reads a plain-text article: an optional leading {@code date YYYY-MM-DD}, then a title line, then the text. A
 * first line too long to be a headline is taken as text, and the title becomes its first sentence. A sidecar
 * {@code NAME.meta.json} beside {@code NAME.txt} may give {@code outlet}, {@code url}, {@code published} and
 * {@code title}, which win over what the text says.
 */
final class PlainTextReader {

  static final String SIDECAR_SUFFIX = ".meta.json";
  private static final Pattern DATE_LINE = Pattern.compile("\\A\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})[ \\t]*\\R?");
  private static final int MAX_TITLE = 200;
  private static final ObjectMapper JSON = new ObjectMapper();

  private PlainTextReader() {}

  static void read(Path file, Decoded decoded, ArticleSink sink) throws IOException {
    String raw = decoded.text().replace("\r\n", "\n").replace('\r', '\n');
    LocalDate published = null;
    Matcher date = DATE_LINE.matcher(raw);
    if (date.find()) {
      published = Dates.parse(date.group(1));
      raw = raw.substring(date.end());
    }
    raw = raw.strip();
    if (raw.isEmpty()) {
      throw new BadInputException(file.toString(), null, "no text after the date line");
    }
    String title;
    String text;
    int newline = raw.indexOf('\n');
    if (newline > 0 && newline <= MAX_TITLE) {
      title = raw.substring(0, newline).strip();
      text = raw.substring(newline + 1).strip();
    } else {
      text = raw;
      title = headline(raw);
    }
    JsonNode meta = sidecar(file);
    String outlet = field(meta, "outlet", "unknown");
    String url = field(meta, "url", null);
    title = field(meta, "title", title);
    LocalDate metaDate = Dates.parse(field(meta, "published", field(meta, "date", null)));
    if (metaDate != null) {
      published = metaDate;
    }
    Provenance provenance =
        new Provenance(file.toString(), InputFormat.TEXT.label(), decoded.charset().name(), decoded.source());
    String id = field(meta, "id", ArticleIds.derive(url, outlet, title, text));
    sink.accept(new Article(id, outlet, url, title, published, text, provenance, null, null));
  }

  /** The first sentence, cut at a word boundary near {@value #MAX_TITLE} characters. */
  static String headline(String text) {
    var sentences = Sentences.split(text);
    String first = sentences.isEmpty() ? text : sentences.get(0).of(text);
    if (first.length() <= MAX_TITLE) {
      return first;
    }
    int cut = first.lastIndexOf(' ', MAX_TITLE);
    return first.substring(0, cut > 0 ? cut : MAX_TITLE) + "…";
  }

  /** The sidecar of {@code file}: {@code NAME.meta.json} or {@code NAME.txt.meta.json}, or null. */
  static JsonNode sidecar(Path file) throws IOException {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    Path[] candidates = {
      file.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + SIDECAR_SUFFIX),
      file.resolveSibling(name + SIDECAR_SUFFIX)
    };
    for (Path candidate : candidates) {
      if (Files.isRegularFile(candidate)) {
        try {
          JsonNode node = JSON.readTree(candidate.toFile());
          if (node == null || !node.isObject()) {
            throw new BadInputException(candidate.toString(), null, "a metadata sidecar must hold one JSON object");
          }
          return node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
          throw new BadInputException(candidate.toString(),
              "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr(),
              "malformed JSON in the metadata sidecar: " + e.getOriginalMessage());
        }
      }
    }
    return null;
  }

  private static String field(JsonNode meta, String name, String fallback) {
    if (meta == null) {
      return fallback;
    }
    JsonNode v = meta.get(name);
    return v == null || v.isNull() || v.asText().isBlank() ? fallback : v.asText().strip();
  }
}
