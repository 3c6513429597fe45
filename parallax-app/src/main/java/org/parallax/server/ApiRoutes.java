package org.parallax.server;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parallax.Parallax;
import org.parallax.ingest.ArticleLimits;
import org.parallax.ingest.BadInputException;
import org.parallax.ingest.Destination.Placement;
import org.parallax.ingest.JsonlReader;
import org.parallax.model.Article;
import org.parallax.model.Story;
import org.parallax.view.JsonView;

/** The JSON API: ingest, health, stories, one story's report, one article, search. */
final class ApiRoutes {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_LIMIT = 1_000;

  private final StoreAccess store;
  private final ServerOptions options;

  ApiRoutes(StoreAccess store, ServerOptions options) {
    this.store = store;
    this.options = options;
  }

  void register(Javalin app) {
    app.post("/api/articles", this::ingest);
    app.get("/api/health", ctx -> json(ctx, store.read(p -> Map.of("status", "ok", "articles", p.size()))));
    app.get("/api/stories", ctx -> {
      int limit = intParam(ctx, "limit", 50);
      int minOutlets = intParam(ctx, "min-outlets", 1);
      List<Story> stories = store.read(Parallax::stories);
      json(ctx, stories.stream().filter(s -> s.outlets().size() >= minOutlets).limit(limit).toList());
    });
    app.get("/api/stories/{id}", ctx -> {
      String id = ctx.pathParam("id");
      json(ctx, store.read(p -> p.report(id)).orElseThrow(() -> new ApiException(404, "no story '" + id + "'")));
    });
    app.get("/api/articles/{id}", ctx -> {
      String id = ctx.pathParam("id");
      json(ctx, store.read(p -> p.article(id)).orElseThrow(() -> new ApiException(404, "no article '" + id + "'")));
    });
    app.get("/api/search", ctx -> {
      String q = ctx.queryParam("q");
      if (q == null || q.isBlank()) {
        throw new ApiException(400, "the query parameter 'q' is missing: say what to search for");
      }
      int limit = intParam(ctx, "limit", 20);
      json(ctx, store.read(p -> p.search(q, limit)));
    });
  }

  /**
   * {@code POST /api/articles}: a JSON object, an array of them, or JSON Lines, with the fields of a JSON Lines
   * input. All or nothing: one bad article refuses the request. The answer comes after the commit.
   */
  private void ingest(Context ctx) throws Exception {
    String type = ctx.contentType();
    if (type != null && !type.isBlank() && !type.contains("json")) {
      throw new ApiException(415, "send JSON (application/json or application/x-ndjson), not " + type);
    }
    List<JsonNode> records = parse(body(ctx));
    if (records.isEmpty()) {
      throw new ApiException(400, "the request holds no article: send a JSON object, an array of them, or JSON Lines");
    }
    if (records.size() > options.maxArticles()) {
      throw new ApiException(413, records.size() + " articles in one request; at most " + options.maxArticles());
    }
    List<Article> articles = new ArrayList<>(records.size());
    for (int i = 0; i < records.size(); i++) {
      articles.add(article(records.get(i), i + 1));
    }
    List<Placement> placements = store.write(p -> {
      List<Placement> placed = p.addAll(articles);
      p.commit();
      return placed;
    });
    List<Map<String, Object>> answer = new ArrayList<>();
    boolean added = false;
    for (Placement p : placements) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("id", p.article());
      item.put("outcome", p.outcome().name().toLowerCase(java.util.Locale.ROOT));
      item.put("story", p.story());
      answer.add(item);
      added |= p.outcome() != org.parallax.ingest.Destination.Outcome.DUPLICATE;
    }
    ctx.status(added ? 201 : 200);
    json(ctx, Map.of("committed", true, "articles", answer));
  }

  private static Article article(JsonNode record, int number) {
    try {
      Article a = JsonlReader.parse(record, "request", number);
      Article located = new Article(a.id(), a.outlet(), a.url(), a.title(), a.published(), a.text(),
          new org.parallax.model.Provenance("http POST /api/articles #" + number, "json",
              "UTF-8", "declared"), null, null, a.publishedAt());
      BadInputException invalid = ArticleLimits.check(located);
      if (invalid != null) {
        throw invalid;
      }
      return located;
    } catch (BadInputException e) {
      throw new ApiException(400, "article " + number + ": " + e.reason() + "; nothing was stored");
    }
  }

  /** The body, read no further than the limit; a body that stops arriving is a 408. */
  private byte[] body(Context ctx) {
    long limit = options.maxBodyBytes();
    long declared = ctx.req().getContentLengthLong();
    if (declared > limit) {
      throw new ApiException(413, "the request body exceeds " + limit + " bytes");
    }
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] bytes = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
      if (bytes.length > limit) {
        throw new ApiException(413, "the request body exceeds " + limit + " bytes");
      }
      if (declared >= 0 && bytes.length < declared) {
        throw new ApiException(400, "the request body ended after " + bytes.length + " of " + declared + " bytes");
      }
      return bytes;
    } catch (IOException | RuntimeException e) {
      if (e instanceof ApiException api) {
        throw api;
      }
      throw new ApiException(408, "the request body did not arrive in time (" + e.getClass().getSimpleName()
          + "); nothing was stored");
    }
  }

  /** The JSON values of a body: one object, an array of objects, or several values (JSON Lines). */
  static List<JsonNode> parse(byte[] body) {
    List<JsonNode> records = new ArrayList<>();
    try (MappingIterator<JsonNode> values = JSON.readerFor(JsonNode.class).readValues(body)) {
      while (values.hasNextValue()) {
        JsonNode value = values.nextValue();
        if (value.isArray()) {
          value.forEach(records::add);
        } else {
          records.add(value);
        }
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new ApiException(400, "malformed JSON" + (at == null ? "" : " at line " + at.getLineNr() + ", column "
          + at.getColumnNr()) + ": " + e.getOriginalMessage() + "; nothing was stored");
    } catch (IOException e) {
      throw new ApiException(400, "unreadable JSON: " + e.getMessage());
    }
    return records;
  }

  private static int intParam(Context ctx, String name, int fallback) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n < 1 || n > MAX_LIMIT) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new ApiException(400, "the query parameter '" + name + "' must be a whole number from 1 to " + MAX_LIMIT
          + ", not '" + value + "'");
    }
  }

  private static void json(Context ctx, Object value) {
    ctx.contentType("application/json").result(JsonView.write(value));
  }
}
