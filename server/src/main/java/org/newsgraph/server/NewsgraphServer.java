package org.newsgraph.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import org.newsgraph.store.ArticleQuery;
import org.newsgraph.store.EventQuery;
import org.newsgraph.store.QuoteQuery;
import org.newsgraph.store.Store;

/**
 * The REST API and web pages over a store, on one port. Every endpoint only reads: nothing changes the store
 * without a token, and no endpoint that writes exists yet.
 *
 * <p>Endpoints (JSON): {@code /api/stats}, {@code /api/articles}, {@code /api/articles/{id}}, {@code /api/actors},
 * {@code /api/actors/{id}}, {@code /api/quotes}, {@code /api/events}, {@code /api/search?q=}, {@code /api/problems}.
 * Pages: {@code /} (articles) and {@code /articles/{id}}. Bad parameters get 400, unknown ids 404, both with a JSON
 * {@code {"error": "..."}}; no stack trace reaches a client.
 */
public final class NewsgraphServer implements AutoCloseable {
  private final Javalin app;

  private NewsgraphServer(Javalin app) {
    this.app = app;
  }

  /** Starts serving {@code store} on {@code host:port}; port 0 picks a free one. */
  public static NewsgraphServer start(Store store, String host, int port) {
    Objects.requireNonNull(store, "store");
    Javalin app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.http.defaultContentType = "application/json";
      var routes = config.routes;
      routes.get("/api/stats", ctx -> json(ctx, Map.of("counts", store.counts())));
      routes.get("/api/articles", ctx -> json(ctx, store.articles(new ArticleQuery(
          ctx.queryParam("outlet"), date(ctx, "from"), date(ctx, "to"), limit(ctx), offset(ctx)))));
      routes.get("/api/articles/{id}", ctx -> json(ctx, store.article(ctx.pathParam("id"))
          .orElseThrow(() -> new NotFound("no article with id " + ctx.pathParam("id")))));
      routes.get("/api/actors", ctx -> json(ctx, store.actors(ctx.queryParam("q"), limit(ctx), offset(ctx))));
      routes.get("/api/actors/{id}", ctx -> json(ctx, store.actor(ctx.pathParam("id"))
          .orElseThrow(() -> new NotFound("no actor with id " + ctx.pathParam("id")))));
      routes.get("/api/quotes", ctx -> json(ctx, store.quotes(new QuoteQuery(ctx.queryParam("speaker"),
          ctx.queryParam("q"), date(ctx, "from"), date(ctx, "to"), limit(ctx), offset(ctx)))));
      routes.get("/api/events", ctx -> json(ctx, store.events(new EventQuery(ctx.queryParam("actor"),
          ctx.queryParam("plover"), date(ctx, "from"), date(ctx, "to"), limit(ctx), offset(ctx)))));
      routes.get("/api/search", ctx -> {
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank()) {
          throw new BadRequest("parameter q is required: the words to search for");
        }
        json(ctx, store.search(q, limit(ctx)));
      });
      routes.get("/api/problems", ctx -> json(ctx, store.problems(limit(ctx), offset(ctx))));
      routes.get("/", ctx -> ctx.html(Pages.articles(store.articles(
          new ArticleQuery(ctx.queryParam("outlet"), null, null, limit(ctx), offset(ctx))), store.counts())));
      routes.get("/articles/{id}", ctx -> ctx.html(Pages.article(store.article(ctx.pathParam("id"))
          .orElseThrow(() -> new NotFound("no article with id " + ctx.pathParam("id"))))));
      routes.exception(BadRequest.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
      routes.exception(NotFound.class, (e, ctx) -> error(ctx, 404, e.getMessage()));
      routes.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal error: " + e.getClass().getSimpleName()));
      routes.error(404, "*", ctx -> {
        if (ctx.result() == null) {
          error(ctx, 404, "no such endpoint: " + ctx.path());
        }
      });
    });
    app.start(host, port);
    return new NewsgraphServer(app);
  }

  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }

  private static void json(Context ctx, Object value) {
    ctx.contentType("application/json; charset=utf-8").result(Json.write(value));
  }

  private static void error(Context ctx, int status, String message) {
    ctx.status(status).contentType("application/json; charset=utf-8").result(Json.write(Map.of("error", message)));
  }

  private static LocalDate date(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new BadRequest("parameter " + name + " must be a date YYYY-MM-DD, not: " + clip(value));
    }
  }

  static int limit(Context ctx) {
    return intParam(ctx, "limit", 50, 1, 1000);
  }

  static int offset(Context ctx) {
    return intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
  }

  private static int intParam(Context ctx, String name, int defaultValue, int min, int max) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return defaultValue;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n < min || n > max) {
        throw new BadRequest("parameter " + name + " must be between " + min + " and " + max + ": " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new BadRequest("parameter " + name + " must be a whole number, not: " + clip(value));
    }
  }

  private static String clip(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}
