package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Actor;
import org.newsgraph.model.ActorKind;
import org.newsgraph.model.Actors;
import org.newsgraph.model.Annotation;
import org.newsgraph.model.Article;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Place;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;
import org.newsgraph.store.Store;

/** The real server on a random port over a real store. */
class ServerIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  @TempDir static Path dir;
  private static Store store;
  private static NewsgraphServer server;
  private static Article hostile;

  @BeforeAll
  static void start() {
    store = Store.open(dir.resolve("data"));
    String text = "Karimi said “<script>alert('x')</script> we agree” in Kabul.";
    hostile = Article.of("a-1", null, "Wire", "<script>alert(1)</script> title", LocalDate.of(2022, 1, 10), "en",
        text, "test");
    Span karimi = Span.of(text, 0, 6);
    Actor actor = new Actor("person:karimi", "Karimi", ActorKind.PERSON, "AFG", "government", Map.of("cameo", "AFGGOV"),
        List.of("spokesman"), List.of("Karimi"));
    Quote quote = new Quote(List.of(Span.of(text, 13, 49)), true, "person:karimi", karimi, Span.of(text, 7, 11), null,
        List.of());
    store.save(new Annotation(hostile, new Actors(List.of(actor), List.of(new Mention(actor.id(), karimi))),
        List.of(Place.unresolved(Span.of(text, 54, 59))), List.of(), List.of(quote), List.of(), List.of(), 14));
    server = NewsgraphServer.start(store, "127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(String path) throws Exception {
    HttpResponse<String> r = get(path);
    assertEquals(200, r.statusCode(), path + " -> " + r.body());
    assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("application/json"));
    return JSON.readTree(r.body());
  }

  @Test
  void articles_listAndOne() throws Exception {
    JsonNode list = json("/api/articles");
    assertEquals(1, list.size());
    assertEquals(hostile.id(), list.get(0).get("id").asText());
    assertEquals("2022-01-10", list.get(0).get("published").asText());
    JsonNode one = json("/api/articles/" + hostile.id());
    assertEquals(hostile.text(), one.get("text").asText());
  }

  @Test
  void actorsQuotesAndSearch() throws Exception {
    assertEquals("Karimi", json("/api/actors").get(0).get("name").asText());
    assertEquals("AFGGOV", json("/api/actors/person:karimi").get("cameo").asText());
    assertEquals(1, json("/api/quotes?speaker=person:karimi").size());
    assertEquals(0, json("/api/quotes?speaker=" + enc("x' OR 1=1 --")).size());
    assertEquals(1, json("/api/search?q=Kabul").size());
    assertEquals(200, get("/api/search?q=" + enc("title:(((")).statusCode());
    assertTrue(json("/api/stats").get("counts").get("articles").asLong() >= 1);
  }

  @Test
  void badParameters_are400_unknownIds404_withAJsonError() throws Exception {
    HttpResponse<String> bad = get("/api/articles?limit=abc");
    assertEquals(400, bad.statusCode());
    assertTrue(JSON.readTree(bad.body()).get("error").asText().contains("limit"));
    assertEquals(400, get("/api/articles?from=yesterday").statusCode());
    assertEquals(400, get("/api/articles?limit=100000").statusCode());
    assertEquals(400, get("/api/search").statusCode());
    HttpResponse<String> missing = get("/api/articles/nope");
    assertEquals(404, missing.statusCode());
    assertTrue(JSON.readTree(missing.body()).has("error"));
    assertEquals(404, get("/api/nothing-here").statusCode());
  }

  @Test
  void pages_escapeArticleText() throws Exception {
    HttpResponse<String> index = get("/");
    assertEquals(200, index.statusCode());
    assertFalse(index.body().contains("<script>alert"), index.body());
    assertTrue(index.body().contains("&lt;script&gt;alert(1)&lt;/script&gt; title"));
    HttpResponse<String> page = get("/articles/" + hostile.id());
    assertEquals(200, page.statusCode());
    assertFalse(page.body().contains("<script>alert"));
    assertTrue(page.body().contains("<mark class=quote>"), page.body());
  }

  @Test
  void writes_areNotAccepted() throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
        + "/api/articles")).POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
    assertTrue(r.statusCode() == 404 || r.statusCode() == 405, "status " + r.statusCode());
    assertEquals(1, json("/api/articles").size());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
