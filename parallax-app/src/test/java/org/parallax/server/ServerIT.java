package org.parallax.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.Parallax;

/**
 * The server over a real store on a real socket: ingest answered after commit, reads, pages with article text
 * escaped, and every kind of bad client (malformed JSON, oversized bodies, wrong types, slow senders) answered with
 * a clear 4xx while the server stays up.
 */
class ServerIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration IDLE = Duration.ofSeconds(2);
  private static final long MAX_BODY = 256 * 1024;

  @TempDir static Path tmp;
  private static Parallax parallax;
  private static ParallaxServer server;
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void start() throws IOException {
    parallax = Parallax.open(tmp.resolve("store"));
    server = ParallaxServer.start(parallax, ServerOptions.defaults(0).withIdleTimeout(IDLE).withMaxBodyBytes(MAX_BODY));
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
    parallax.close();
  }

  private static URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String body, String contentType) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(uri("/api/articles")).timeout(Duration.ofSeconds(60))
        .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String error(HttpResponse<String> response) throws IOException {
    return JSON.readTree(response.body()).get("error").asText();
  }

  private static ObjectNode seed(String name, String outlet, String published) throws IOException {
    String text = Files.readString(Path.of("..", "sample", "blinken-qin-2023", name), StandardCharsets.UTF_8);
    ObjectNode a = JSON.createObjectNode();
    a.put("id", name).put("source", outlet).put("published", published).put("text", text);
    return a;
  }

  @Test
  void ingestIsCommittedBeforeItIsAcknowledgedAndTheStoryCanBeRead() throws Exception {
    ArrayNode both = JSON.createArrayNode();
    both.add(seed("al-mayadeen.txt", "Al Mayadeen English", "2023-06-18T21:00:00+03:00"));
    both.add(seed("second-outlet.txt", "Second outlet", "2023-06-19"));
    HttpResponse<String> added = post(both.toString(), "application/json");
    assertEquals(201, added.statusCode(), added.body());
    JsonNode answer = JSON.readTree(added.body());
    assertTrue(answer.get("committed").asBoolean());
    String story = answer.get("articles").get(0).get("story").asText();
    assertEquals(story, answer.get("articles").get(1).get("story").asText(), "the two reports are one story");

    // Acknowledged means committed: a separate reader of the directory sees both articles now.
    try (Parallax reader = Parallax.openReadOnly(tmp.resolve("store"))) {
      assertTrue(reader.article("al-mayadeen.txt").isPresent());
      assertEquals("+03:00", reader.article("al-mayadeen.txt").get().publishedAt().getOffset().getId());
    }
    HttpResponse<String> again = post(both.toString(), "application/json");
    assertEquals(200, again.statusCode(), "nothing new: " + again.body());
    assertEquals("duplicate", JSON.readTree(again.body()).get("articles").get(0).get("outcome").asText());

    JsonNode report = JSON.readTree(get("/api/stories/" + story).body());
    assertEquals(2, report.get("articles").size());
    assertTrue(report.get("shared").toString().contains("candid, substantive"), report.toString());
    HttpResponse<String> stories = get("/api/stories?min-outlets=2");
    assertEquals(200, stories.statusCode());
    assertEquals(story, JSON.readTree(stories.body()).get(0).get("id").asText());
    JsonNode hits = JSON.readTree(get("/api/search?q=Blinken&limit=5").body());
    assertTrue(hits.size() >= 1);
    HttpResponse<String> page = get("/stories/" + story);
    assertEquals(200, page.statusCode());
    assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"));
    assertTrue(page.body().contains("Al Mayadeen English"));
  }

  @Test
  void articleTextIsEscapedInPages() throws Exception {
    ObjectNode hostile = JSON.createObjectNode();
    hostile.put("id", "hostile-1").put("source", "<img src=x onerror=alert(1)>")
        .put("title", "<script>alert('title')</script> Harbour fire spreads")
        .put("text", "Firefighters <b onmouseover=steal()>fought</b> the harbour fire through the night.");
    assertEquals(201, post(hostile.toString(), "application/json").statusCode());
    String list = get("/").body();
    assertFalse(list.contains("<script>"), list);
    assertFalse(list.contains("<img"), list);
    assertTrue(list.contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; Harbour fire spreads"), list);
  }

  @Test
  void malformedAndInvalidRequestsAreRefusedWithTheReasonAndStoreNothing() throws Exception {
    HttpResponse<String> malformed = post("{\"id\": \"m1\",\n \"title\": }", "application/json");
    assertEquals(400, malformed.statusCode());
    assertTrue(error(malformed).startsWith("malformed JSON at line 2, column 11: Unexpected character ('}'"),
        error(malformed));

    String good = "{\"id\":\"ok-1\",\"source\":\"A\",\"title\":\"Storm closes the port of Dover\"}";
    HttpResponse<String> halfBad = post("[" + good + ", {\"id\":\"bad-2\",\"title\":\"\",\"text\":\"\"}]",
        "application/json");
    assertEquals(400, halfBad.statusCode());
    assertEquals("article 2: the article has neither title nor text; nothing was stored", error(halfBad));
    assertEquals(404, get("/api/articles/ok-1").statusCode(), "all or nothing: the good article is not stored");

    HttpResponse<String> notJson = post("<html>", "text/html");
    assertEquals(415, notJson.statusCode());
    assertEquals("send JSON (application/json or application/x-ndjson), not text/html", error(notJson));

    assertEquals(400, post("", "application/json").statusCode());
    assertEquals("the request holds no article: send a JSON object, an array of them, or JSON Lines",
        error(post("  \n", "application/json")));
    HttpResponse<String> deep = post("[".repeat(5_000), "application/json");
    assertEquals(400, deep.statusCode());
    assertTrue(error(deep).contains("nesting depth"), error(deep));

    HttpResponse<String> jsonLines = post(good + "\n" + good.replace("ok-1", "ok-2") + "\n", "application/x-ndjson");
    assertEquals(201, jsonLines.statusCode(), jsonLines.body());

    HttpResponse<String> badLimit = get("/api/stories?limit=-3");
    assertEquals(400, badLimit.statusCode());
    assertEquals("the query parameter 'limit' must be a whole number from 1 to 1000, not '-3'", error(badLimit));
    assertEquals("the query parameter 'q' is missing: say what to search for", error(get("/api/search")));
    assertEquals("no story 'nope'", error(get("/api/stories/nope")));
    assertEquals("no such resource: GET /api/nothing", error(get("/api/nothing")));
    HttpResponse<String> delete = HTTP.send(HttpRequest.newBuilder(uri("/api/health")).DELETE().build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(405, delete.statusCode());
  }

  @Test
  void oversizedBodiesAndTooManyArticlesAreRefused() throws Exception {
    String big = "{\"id\":\"big\",\"title\":\"t\",\"text\":\"" + "x".repeat((int) MAX_BODY) + "\"}";
    HttpResponse<String> tooBig = post(big, "application/json");
    assertEquals(413, tooBig.statusCode());
    assertEquals("the request body exceeds " + MAX_BODY + " bytes", error(tooBig));

    // Without a declared length (chunked), the body is cut off at the limit as it arrives.
    HttpResponse<String> chunked = HTTP.send(HttpRequest.newBuilder(uri("/api/articles"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
            big.getBytes(StandardCharsets.UTF_8)))).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(413, chunked.statusCode());

    StringBuilder many = new StringBuilder("[");
    for (int i = 0; i < 1_001; i++) {
      many.append(i == 0 ? "" : ",").append("{\"id\":\"n").append(i).append("\",\"title\":\"t").append(i).append("\"}");
    }
    HttpResponse<String> tooMany = post(many.append("]").toString(), "application/json");
    assertEquals(413, tooMany.statusCode());
    assertEquals("1001 articles in one request; at most 1000", error(tooMany));
    assertEquals(200, get("/api/health").statusCode());
  }

  @Test
  void slowClientsAreCutOffAndOthersAreServedMeanwhile() throws Exception {
    List<Socket> stalledHeaders = new ArrayList<>();
    List<Socket> stalledBodies = new ArrayList<>();
    try {
      for (int i = 0; i < 20; i++) {
        Socket s = socket();
        s.getOutputStream().write("GET /api/health HTTP/1.1\r\nHost: x\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
        stalledHeaders.add(s);
        Socket b = socket();
        b.getOutputStream().write(("POST /api/articles HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            + "Content-Length: 1000\r\n\r\n{\"id\":\"slow\",").getBytes(StandardCharsets.US_ASCII));
        stalledBodies.add(b);
      }
      // Forty stalled connections hold no request thread that others need.
      HttpResponse<String> meanwhile = get("/api/health");
      assertEquals(200, meanwhile.statusCode());

      for (Socket b : stalledBodies) {
        String answer = readAll(b);
        assertTrue(answer.isEmpty() || answer.startsWith("HTTP/1.1 408")
            || answer.startsWith("HTTP/1.1 400"), "a stalled body is refused or dropped: " + answer);
        if (!answer.isEmpty()) {
          assertTrue(answer.contains("nothing was stored") || answer.contains("did not arrive"), answer);
        }
      }
      for (Socket s : stalledHeaders) {
        assertEquals("", readAll(s).replaceAll("(?s)^HTTP/1.1 (400|408).*", ""), "a stalled header is dropped");
      }
    } finally {
      for (Socket s : stalledHeaders) {
        s.close();
      }
      for (Socket s : stalledBodies) {
        s.close();
      }
    }
    assertEquals(404, get("/api/articles/slow").statusCode(), "the stalled article was not stored");
    assertEquals(200, get("/api/health").statusCode(), "the server is still up");
  }

  private static Socket socket() throws IOException {
    Socket s = new Socket("127.0.0.1", server.port());
    // Well past the server's idle timeout: the server, not this read, must end the connection.
    s.setSoTimeout((int) IDLE.multipliedBy(10).toMillis());
    return s;
  }

  /** Everything the server sends until it closes the connection. */
  private static String readAll(Socket s) throws IOException {
    try (InputStream in = s.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (SocketTimeoutException e) {
      throw new AssertionError("the server kept a stalled connection open past " + IDLE.multipliedBy(10), e);
    }
  }
}
