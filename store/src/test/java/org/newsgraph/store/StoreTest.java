package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Actor;
import org.newsgraph.model.ActorKind;
import org.newsgraph.model.Actors;
import org.newsgraph.model.Annotation;
import org.newsgraph.model.Article;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Problem;
import org.newsgraph.model.Span;

class StoreTest {
  @TempDir Path dir;
  Store store;

  @BeforeEach
  void open() {
    store = Store.open(dir.resolve("data"));
  }

  @AfterEach
  void close() {
    store.close();
  }

  private void saveFixtures(int n) {
    for (int i = 0; i < n; i++) {
      assertEquals(SaveResult.STORED, store.save(Fixtures.annotation(i)));
    }
  }

  @Test
  void save_oneAnnotation_storesEveryRowInItsTable() {
    saveFixtures(1);
    Map<String, Long> counts = store.counts();
    assertEquals(Map.of("articles", 1L, "actors", 3L, "mentions", 4L, "places", 2L, "times", 1L, "quotes", 2L,
        "events", 2L, "event_actors", 4L, "problems", 1L), counts);
    assertEquals(List.of("articles", "actors", "mentions", "places", "times", "quotes", "events", "event_actors",
        "problems"), List.copyOf(counts.keySet()));
    assertTrue(store.contains(Fixtures.annotation(0).article().id()));
    assertFalse(store.contains("nope"));
  }

  @Test
  void save_sameArticleTwice_storesOnceAndSaysAlreadyPresent() {
    Annotation a = Fixtures.annotation(3);
    assertEquals(SaveResult.STORED, store.save(a));
    Map<String, Long> before = store.counts();
    assertEquals(SaveResult.ALREADY_PRESENT, store.save(a));
    assertEquals(before, store.counts());
    assertEquals(1, store.search(Fixtures.marker(3), 10).size());
  }

  @Test
  void save_sameActorInTwoArticles_mergesVariantsRolesAndCodesKeepsName() {
    String text1 = "Muttaqi spoke.";
    String text2 = "Mawlawi Amir Khan Muttaqi spoke again.";
    Actor first = new Actor("amk", "Amir Khan Muttaqi", ActorKind.UNKNOWN, null, null, Map.of("cameo", "AFGGOV"),
        List.of("acting foreign minister"), List.of("Muttaqi"));
    Actor second = new Actor("amk", "Mawlawi Muttaqi", ActorKind.PERSON, "AFG", "government",
        Map.of("cameo", "OTHER", "wikidata", "Q1"), List.of("foreign minister", "acting foreign minister"),
        List.of("Mawlawi Amir Khan Muttaqi", "Muttaqi"));
    store.save(annotation(text1, first, 0, 7));
    store.save(annotation(text2, second, 0, 25));

    Map<String, Object> actor = store.actor("amk").orElseThrow();
    assertEquals("Amir Khan Muttaqi", actor.get("name"));
    assertEquals("person", actor.get("kind"));
    assertEquals("AFG", actor.get("country"));
    assertEquals("AFGGOV", actor.get("cameo"));
    assertEquals(List.of("Amir Khan Muttaqi", "Mawlawi Amir Khan Muttaqi", "Mawlawi Muttaqi", "Muttaqi"),
        actor.get("variants"), "the name, then the variants sorted, whatever order the articles came in");
    assertEquals(List.of("acting foreign minister", "foreign minister"), actor.get("roles"));
    assertEquals(Map.of("cameo", "AFGGOV", "wikidata", "Q1"), actor.get("codes"));
    assertEquals(2L, ((Number) actor.get("mentions")).longValue());
    assertEquals(2, ((List<?>) actor.get("articles")).size());
    assertEquals(1L, store.counts().get("actors"));
  }

  private static Annotation annotation(String text, Actor actor, int start, int end) {
    Article article = Article.of(null, null, null, null, null, "en", text, "test");
    return new Annotation(article, new Actors(List.of(actor), List.of(new Mention(actor.id(),
        Span.of(text, start, end)))), List.of(), List.of(), List.of(), List.of(), List.of(), 3);
  }

  @Test
  void articles_filtersByOutletAndDates_newestFirst_pagesAndClampsLimit() {
    saveFixtures(12);
    List<Map<String, Object>> all = store.articles(ArticleQuery.all(100));
    assertEquals(12, all.size());
    assertEquals(Fixtures.published(11).toString(), all.get(0).get("published"));
    assertFalse(all.get(0).containsKey("text"));
    assertEquals(List.of("id", "title", "outlet", "published", "url", "language", "tokens"),
        List.copyOf(all.get(0).keySet()));

    List<Map<String, Object>> outlet1 = store.articles(new ArticleQuery("Outlet 1", null, null, 100, 0));
    assertEquals(4, outlet1.size());
    outlet1.forEach(a -> assertEquals("Outlet 1", a.get("outlet")));

    LocalDate from = Fixtures.published(3);
    LocalDate to = Fixtures.published(5);
    assertEquals(3, store.articles(new ArticleQuery(null, from, to, 100, 0)).size());

    assertEquals(1, store.articles(new ArticleQuery(null, null, null, 0, 0)).size());
    assertEquals(12, store.articles(new ArticleQuery(null, null, null, 50_000, -5)).size());
    List<Map<String, Object>> page2 = store.articles(new ArticleQuery(null, null, null, 5, 5));
    assertEquals(all.subList(5, 10), page2);
  }

  @Test
  void article_returnsTextAndEverythingFoundInIt() {
    saveFixtures(2);
    Annotation a = Fixtures.annotation(1);
    Map<String, Object> article = store.article(a.article().id()).orElseThrow();
    assertEquals(a.article().text(), article.get("text"));
    assertEquals("synthetic.jsonl:2", article.get("source"));

    List<?> actors = (List<?>) article.get("actors");
    assertEquals(3, actors.size());
    Map<?, ?> speaker = actors.stream().map(x -> (Map<?, ?>) x)
        .filter(x -> x.get("id").equals(Fixtures.actorId(1))).findFirst().orElseThrow();
    List<?> mentions = (List<?>) speaker.get("mentions");
    assertEquals(2, mentions.size());
    Map<?, ?> mention = (Map<?, ?>) mentions.get(0);
    String text = a.article().text();
    assertEquals(text.substring((Integer) mention.get("span_start"), (Integer) mention.get("span_end")),
        mention.get("text"));

    assertEquals(2, ((List<?>) article.get("places")).size());
    assertEquals(1, ((List<?>) article.get("times")).size());
    List<?> quotes = (List<?>) article.get("quotes");
    Map<?, ?> quote = (Map<?, ?>) quotes.get(0);
    assertEquals("We will talk again … and soon", quote.get("content_text"));
    assertEquals("said", quote.get("cue"));
    assertEquals(NAMES(1), quote.get("speaker_name"));
    assertEquals(2, ((List<?>) quote.get("content_spans")).size());
    List<?> events = (List<?>) article.get("events");
    Map<?, ?> event = (Map<?, ?>) events.get(0);
    assertEquals("CONSULT", event.get("plover"));
    assertEquals(List.of(Fixtures.actorId(1)), event.get("source"));
    assertEquals(List.of(Fixtures.actorId(2)), event.get("target"));
    assertEquals(Fixtures.KABUL, event.get("place"));
    assertEquals(List.of(), ((Map<?, ?>) events.get(1)).get("target"));

    assertTrue(store.article("missing").isEmpty());
  }

  private static String NAMES(int k) {
    return Fixtures.NAMES[k];
  }

  @Test
  void actors_orderedByMentions_filteredByNameOrVariantIgnoringCase() {
    saveFixtures(10);
    List<Map<String, Object>> actors = store.actors(null, 100, 0);
    assertEquals(6, actors.size());
    long previous = Long.MAX_VALUE;
    for (Map<String, Object> a : actors) {
      long mentions = ((Number) a.get("mentions")).longValue();
      assertTrue(mentions <= previous, "ordered by mentions desc: " + actors);
      previous = mentions;
    }
    Map<String, Object> reuters = actors.stream().filter(a -> a.get("id").equals(Fixtures.actorId(5)))
        .findFirst().orElseThrow();
    assertEquals(10L, ((Number) reuters.get("mentions")).longValue());
    assertEquals(10L, ((Number) reuters.get("articles")).longValue());

    List<Map<String, Object>> un = store.actors("united NATIONS", 10, 0);
    assertEquals(1, un.size());
    assertEquals(Fixtures.actorId(2), un.get(0).get("id"));
    assertEquals(1, store.actors("taliban v3", 10, 0).size(), "matches a variant");
    assertEquals(2, store.actors(null, 2, 0).size());
  }

  @Test
  void actor_hasVariantsRolesCodesAndPerArticleMentions() {
    saveFixtures(8);
    Map<String, Object> actor = store.actor(Fixtures.actorId(3)).orElseThrow();
    assertEquals("Taliban", actor.get("name"));
    assertEquals("armed group", actor.get("kind"));
    assertEquals("AFGREB", actor.get("cameo"));
    assertEquals(Map.of("cameo", "AFGREB", "wikidata", "Q42"), actor.get("codes"));
    // seen in articles 2 (variant v2, role 2), 3 (v3, role 0) and 7 (v3, role 1)
    assertEquals(List.of("Taliban", "Taliban v2", "Taliban v3"), actor.get("variants"));
    assertEquals(List.of("role 0", "role 1", "role 2"), actor.get("roles"), "sorted: independent of save order");
    List<?> articles = (List<?>) actor.get("articles");
    // actor 3 speaks in article 3 (two mentions) and is the other side in articles 2 and 7 (one mention each)
    assertEquals(3, articles.size());
    long total = 0;
    for (Object o : articles) {
      total += ((Number) ((Map<?, ?>) o).get("mentions")).longValue();
    }
    assertEquals(4, total);
    assertEquals(4L, ((Number) actor.get("mentions")).longValue());
    assertTrue(store.actor("nobody").isEmpty());
  }

  @Test
  void quotes_filterBySpeakerTextAndDate_withStatementOrArticleDate() {
    saveFixtures(10);
    assertEquals(20, store.quotes(QuoteQuery.all(1000)).size());
    List<Map<String, Object>> bySpeaker = store.quotes(new QuoteQuery(Fixtures.actorId(0), null, null, null, 10, 0));
    assertEquals(2, bySpeaker.size()); // articles 0 and 5
    for (Map<String, Object> q : bySpeaker) {
      assertEquals(Fixtures.NAMES[0], q.get("speaker_name"));
      assertTrue(q.get("date") instanceof String);
    }
    assertEquals(10, store.quotes(new QuoteQuery(null, "TALKS WENT", null, null, 100, 0)).size());
    LocalDate day = Fixtures.published(4);
    // article 4's two quotes, and article 5's first quote, whose text dates it the day before article 5 appeared
    List<Map<String, Object>> onDay = store.quotes(new QuoteQuery(null, null, day, day, 100, 0));
    assertEquals(3, onDay.size(), onDay.toString());
    Map<String, Object> dated = store.quotes(new QuoteQuery(null, null, day, day, 100, 0)).stream()
        .filter(q -> q.get("statement_date") != null).findFirst().orElseThrow();
    assertEquals(day.toString(), dated.get("statement_date"));
    assertEquals(day.toString(), dated.get("date"));
    assertEquals(Fixtures.published(5).toString(), dated.get("published"));
    LocalDate day5 = Fixtures.published(5);
    assertEquals(1, store.quotes(new QuoteQuery(null, null, day5, day5, 100, 0)).size(), "its undated quote");
  }

  @Test
  void open_storeWrittenBeforeStatementDates_getsTheColumnAndKeepsItsQuotes() throws Exception {
    saveFixtures(3);
    store.close();
    Path data = dir.resolve("data");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + data.resolve(Store.DATABASE_FILE));
        Statement st = c.createStatement()) {
      st.execute("ALTER TABLE quotes DROP COLUMN statement_date");
    }
    try (Store old = Store.openReadOnly(data)) {
      assertEquals(6, old.quotes(QuoteQuery.all(100)).size(), "an old store is still readable");
    }
    store = Store.open(data);
    assertEquals(6, store.quotes(QuoteQuery.all(100)).size());
    store.save(Fixtures.annotation(5));
    LocalDate day = Fixtures.published(4);
    assertEquals(1, store.quotes(new QuoteQuery(null, null, day, day, 100, 0)).size(), "dated by its text");
  }

  @Test
  void events_filterByActorPloverAndDate() {
    saveFixtures(10);
    assertEquals(20, store.events(EventQuery.all(100)).size());
    List<Map<String, Object>> consult = store.events(new EventQuery(null, "consult", null, null, 100, 0));
    assertEquals(10, consult.size());
    List<Map<String, Object>> byActor = store.events(new EventQuery(Fixtures.actorId(0), null, null, null, 100, 0));
    // actor 0 speaks in articles 0 and 5 (two events each) and is the other side in 4 and 9 (two events each)
    assertEquals(8, byActor.size());
    for (Map<String, Object> e : byActor) {
      List<Object> actors = new java.util.ArrayList<>((List<?>) e.get("source"));
      actors.addAll((List<?>) e.get("target"));
      assertTrue(actors.contains(Fixtures.actorId(0)), e.toString());
    }
    LocalDate day = Fixtures.published(2);
    assertEquals(1, store.events(new EventQuery(null, "CONSULT", day, day, 100, 0)).size());
  }

  @Test
  void problems_recordedWithAndWithoutArticle_newestFirst() {
    saveFixtures(1);
    store.recordProblem(new Problem("broken.html", null, "read", "not HTML"));
    List<Map<String, Object>> problems = store.problems(10, 0);
    assertEquals(2, problems.size());
    assertEquals("read", problems.get(0).get("stage"));
    assertEquals(Fixtures.annotation(0).article().id(), problems.get(1).get("article_id"));
    assertEquals(1, store.problems(1, 1).size());
  }

  @Test
  void queries_hostileInput_findNothingAndLeaveTablesIntact() {
    saveFixtures(5);
    Map<String, Long> before = store.counts();
    List<String> hostile = List.of("x' OR 1=1 --", "'; DROP TABLE articles; --", "%", "_", "\" OR \"\"=\"",
        "\\", "\0", "actor-1' --", "') UNION SELECT * FROM articles --");
    for (String h : hostile) {
      assertEquals(List.of(), store.actors(h, 10, 0), h);
      assertEquals(List.of(), store.quotes(new QuoteQuery(h, null, null, null, 10, 0)), h);
      assertEquals(List.of(), store.quotes(new QuoteQuery(null, h, null, null, 10, 0)), h);
      assertEquals(List.of(), store.events(new EventQuery(h, null, null, null, 10, 0)), h);
      assertEquals(List.of(), store.events(new EventQuery(null, h, null, null, 10, 0)), h);
      assertEquals(List.of(), store.articles(new ArticleQuery(h, null, null, 10, 0)), h);
      assertTrue(store.article(h).isEmpty(), h);
      assertTrue(store.actor(h).isEmpty(), h);
      assertFalse(store.contains(h), h);
    }
    assertEquals(before, store.counts());
  }

  @Test
  void search_findsNewArticlesAtOnceWithSnippetAroundTheMatch() {
    saveFixtures(5);
    List<SearchHit> hits = store.search(Fixtures.marker(2), 10);
    assertEquals(1, hits.size());
    assertEquals(Fixtures.annotation(2).article().id(), hits.get(0).articleId());
    assertEquals("Talks in Kabul number 2", hits.get(0).title());
    assertTrue(hits.get(0).snippet().contains(Fixtures.marker(2)), hits.get(0).snippet());

    assertEquals(5, store.search("common", 100).size());
    assertEquals(1, store.search("title:\"number 4\"", 100).size());
    assertEquals(1, store.search("zqmarker3*", 100).size());
    assertTrue(store.search("zqmarker3*", 100).get(0).snippet().contains("zqmarker3"));
    assertEquals(3, store.search("common -zqmarker1 -zqmarker2", 100).size());
    assertEquals(1, store.search("weather", 0).size(), "limit clamps to 1");
  }

  @Test
  void search_garbageSyntax_neverThrows() {
    saveFixtures(3);
    List<String> garbage = List.of("title:(((", "\"unterminated", "*", "?", "AND", "OR NOT", "/[a-z/", "~~~",
        "field:", "\\", "a:b:c", "+-+-", "}{][", "", "   ", "x' OR 1=1 --", "zqmarker1^^", "*zqmarker1",
        "/.{0,1000}(a|b)*{1000}/", "zqmarker1~9", "[a TO", "title:(zqmarker1 OR", "\u0000\uD800", "&&||!");
    for (String g : garbage) {
      store.search(g, 10);
    }
    assertEquals(1, store.search("zqmarker1 ((", 10).size(), "garbage around a word still finds the word");
    StringBuilder huge = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      huge.append("(\"*:^~").append(i).append(' ');
    }
    store.search(huge.toString(), 10);
  }

  @Test
  void export_everyFormat_writesReadableFileForEveryTable() throws Exception {
    saveFixtures(4);
    Map<String, Long> counts = store.counts();
    for (ExportFormat format : ExportFormat.values()) {
      Path out = dir.resolve("it's export " + format);
      List<Path> files = store.export(format, out);
      assertEquals(9, files.size());
      for (Path file : files) {
        String table = file.getFileName().toString().replaceFirst("\\..*$", "");
        assertEquals(file, out.toAbsolutePath().resolve(table + "." + format.extension()));
        assertEquals(counts.get(table), ExportChecks.rows(format, file), file.toString());
      }
    }
  }
}
