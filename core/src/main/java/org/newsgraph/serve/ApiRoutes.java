package org.newsgraph.serve;

import io.javalin.Javalin;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.newsgraph.query.Queries;
import org.newsgraph.query.Queries.EventQuery;
import org.newsgraph.query.Queries.QuoteQuery;
import org.newsgraph.query.Queries.SearchFilter;

/**
 * The GET endpoints of the API under {@code /api}: each reads its parameters strictly, asks {@link
 * Queries}, and answers the query's records as JSON. Errors are thrown and answered by {@link
 * ApiErrors}. Thread-safe, as {@link Queries} is.
 */
final class ApiRoutes {

  private static final String[] EVENT_FILTER = {
    "source", "target", "root", "quad", "from", "to", "limit"
  };

  private final Queries queries;
  private final String openApi;

  ApiRoutes(Queries queries) {
    this.queries = queries;
    this.openApi = resource("openapi.json");
  }

  /** What {@code /api} answers: where the API is described. */
  record Home(String name, String openapi) {}

  void register(Javalin app) {
    app.get("/api", this::home);
    app.get("/api/openapi.json", this::openApi);
    app.get("/api/stats", this::stats);
    app.get("/api/search", this::search);
    app.get("/api/quotes", this::quotes);
    app.get("/api/events", this::events);
    app.get("/api/entities", this::entities);
    app.get("/api/documents/{id}", this::document);
    app.get("/api/documents/{id}/actors", this::documentActors);
    app.get("/api/actors/{id}", this::actor);
    app.get("/api/network", this::network);
    app.get("/api/timeline", this::timeline);
    app.get("/api/places", this::places);
    app.get("/api/stories", this::stories);
    app.get("/api/stories/{id}", this::story);
  }

  private void home(Context ctx) {
    QueryParams.of(ctx);
    ctx.json(new Home("newsgraph", "/api/openapi.json"));
  }

  private void openApi(Context ctx) {
    QueryParams.of(ctx);
    ctx.contentType(ContentType.APPLICATION_JSON).result(openApi);
  }

  private void stats(Context ctx) throws IOException {
    QueryParams.of(ctx);
    ctx.json(queries.stats());
  }

  private void search(Context ctx) throws IOException {
    QueryParams p =
        QueryParams.of(ctx, "q", "from", "to", "actor", "country", "root", "quad", "limit");
    SearchFilter filter =
        new SearchFilter(p.id("actor"), p.text("country"), p.text("root"), p.integer("quad"));
    ctx.json(queries.search(p.required("q"), p.date("from"), p.date("to"), filter, p.limit()));
  }

  private void quotes(Context ctx) throws IOException {
    QueryParams p = QueryParams.of(ctx, "speaker", "about", "from", "to", "limit");
    ctx.json(
        queries.quotes(
            new QuoteQuery(
                p.text("speaker"), p.text("about"), p.date("from"), p.date("to"), p.limit())));
  }

  private void events(Context ctx) throws IOException {
    QueryParams p = QueryParams.of(ctx, EVENT_FILTER);
    ctx.json(queries.events(eventQuery(p, p.limit())));
  }

  private void entities(Context ctx) throws IOException {
    QueryParams p = QueryParams.of(ctx, "type", "name", "limit");
    ctx.json(queries.actors(p.entityType("type"), p.text("name"), p.limit()));
  }

  private void document(Context ctx) throws IOException {
    QueryParams.of(ctx);
    String id = ctx.pathParam("id");
    String record =
        queries.record(id).orElseThrow(() -> new NotFoundResponse("no document with id " + id));
    ctx.contentType(ContentType.APPLICATION_JSON).result(record);
  }

  private void documentActors(Context ctx) throws IOException {
    QueryParams.of(ctx);
    String id = ctx.pathParam("id");
    ctx.json(
        queries
            .entityLinks(id)
            .orElseThrow(() -> new NotFoundResponse("no document with id " + id)));
  }

  private void actor(Context ctx) throws IOException {
    QueryParams p = QueryParams.of(ctx, "limit");
    String text = ctx.pathParam("id");
    long id;
    try {
      id = Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("an actor id is a number: " + text);
    }
    ctx.json(
        queries
            .dossier(id, p.limit())
            .orElseThrow(() -> new NotFoundResponse("no actor with id " + id)));
  }

  private void stories(Context ctx) throws IOException {
    QueryParams p = QueryParams.of(ctx, "about", "limit");
    ctx.json(queries.stories(p.text("about"), p.limit()));
  }

  private void story(Context ctx) throws IOException {
    QueryParams.of(ctx);
    String id = ctx.pathParam("id");
    ctx.json(queries.story(id).orElseThrow(() -> new NotFoundResponse("no story with id " + id)));
  }

  private void network(Context ctx) throws IOException {
    QueryParams p = QueryParams.of(ctx, EVENT_FILTER);
    ctx.json(queries.network(eventQuery(p, p.limit())));
  }

  private void places(Context ctx) throws IOException {
    QueryParams p = QueryParams.of(ctx, EVENT_FILTER);
    ctx.json(queries.eventPlaces(eventQuery(p, p.limit())));
  }

  private void timeline(Context ctx) throws IOException {
    QueryParams p =
        QueryParams.of(ctx, "granularity", "source", "target", "root", "quad", "from", "to");
    // A timeline counts every event the filter selects: the query's limit plays no part.
    ctx.json(queries.timeline(eventQuery(p, Queries.MAX_LIMIT), p.text("granularity")));
  }

  /** The event filter of a request. */
  private static EventQuery eventQuery(QueryParams p, int limit) {
    return new EventQuery(
        p.text("source"),
        p.text("target"),
        p.text("root"),
        p.integer("quad"),
        p.date("from"),
        p.date("to"),
        limit);
  }

  private static String resource(String name) {
    try (InputStream in = ApiRoutes.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
