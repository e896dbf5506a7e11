package org.newsgraph.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.json.JavalinJackson;
import io.javalin.util.JavalinBindException;
import java.io.IOException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.newsgraph.ingest.Ingestor;
import org.newsgraph.model.CleanDocument;
import org.newsgraph.model.Extraction;
import org.newsgraph.query.Queries;
import org.newsgraph.store.Store;

/**
 * The newsgraph HTTP API and web page: JSON answers to GET requests under {@code /api} (and, when
 * started with an {@link Intake}, documents taken by {@code POST /api/documents}), described by the
 * OpenAPI document at {@code /api/openapi.json}, and at {@code /} a page that explores the store
 * through them (see {@link WebAssets}). Started over an open {@link Store}, which the caller keeps
 * owning: closing the server does not close the store.
 *
 * <p>CORS is off: a page from another origin cannot read the answers. Writing needs a token;
 * reading does not, so keep the server on the loopback address unless its network is trusted. By
 * default the server listens on the loopback address only ({@value #DEFAULT_HOST}).
 *
 * <p>Thread-safe: requests are answered on the server's own threads.
 */
public final class ApiServer implements AutoCloseable {

  /** The address the server listens on unless told otherwise: this machine only. */
  public static final String DEFAULT_HOST = "127.0.0.1";

  /** The port the server listens on unless told otherwise. */
  public static final int DEFAULT_PORT = 8080;

  /**
   * What the server needs to take documents over HTTP ({@code POST /api/documents}).
   *
   * @param token what requests must present as {@code Authorization: Bearer TOKEN}
   * @param extractor makes the extraction stages (called once, on the first document that needs
   *     them, since loading the language models takes a while); what it makes must be thread-safe
   * @param maxRequestBytes the largest request body taken; a larger one is answered 413
   */
  public record Intake(
      ApiToken token,
      Supplier<? extends Function<CleanDocument, Extraction>> extractor,
      int maxRequestBytes) {

    /** 16 MiB, as the largest document {@code ingest} reads. */
    public static final int DEFAULT_MAX_REQUEST_BYTES = Ingestor.Options.DEFAULT_MAX_DOCUMENT_BYTES;

    /**
     * @throws IllegalArgumentException if maxRequestBytes is not positive
     */
    public Intake {
      Objects.requireNonNull(token, "token");
      Objects.requireNonNull(extractor, "extractor");
      if (maxRequestBytes < 1 || maxRequestBytes > Integer.MAX_VALUE - 1024) {
        throw new IllegalArgumentException(
            "maxRequestBytes must be positive and below 2 GiB: " + maxRequestBytes);
      }
    }
  }

  private final Javalin app;
  private final String host;

  private ApiServer(Javalin app, String host) {
    this.app = app;
    this.host = host;
  }

  /**
   * Starts a server over a store.
   *
   * @param host the address to listen on, as {@value #DEFAULT_HOST} or {@code 0.0.0.0}
   * @param port the port, or 0 for any free one (see {@link #port()})
   * @throws IllegalArgumentException if the port is outside 0..65535
   * @throws IOException if the port cannot be bound (for instance when it is in use)
   */
  public static ApiServer start(Store store, String host, int port) throws IOException {
    return start(store, host, port, null);
  }

  /**
   * Starts a server over a store that also takes documents over HTTP ({@code POST /api/documents}),
   * when intake is not null; without it that endpoint does not exist.
   *
   * @throws IllegalArgumentException if the port is outside 0..65535
   * @throws IOException if the port cannot be bound (for instance when it is in use)
   */
  public static ApiServer start(Store store, String host, int port, Intake intake)
      throws IOException {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("a port is within 0..65535: " + port);
    }
    Javalin app = Javalin.create(ApiServer::configure);
    // Answers are JSON holding article text: no browser may take them for a page and run it.
    app.before(ctx -> ctx.header("X-Content-Type-Options", "nosniff"));
    new ApiRoutes(new Queries(store)).register(app);
    if (intake != null) {
      DocumentIntake documents =
          new DocumentIntake(store, intake.token(), intake.extractor(), intake.maxRequestBytes());
      app.post("/api/documents", documents::post);
    }
    WebAssets.register(app);
    ApiErrors.register(app);
    try {
      app.start(host, port);
    } catch (JavalinBindException e) {
      app.stop();
      throw new IOException("cannot listen on " + host + ":" + port + ": " + reason(e), e);
    }
    return new ApiServer(app, host);
  }

  /** Javalin says "Port already in use" for every bind failure; the first cause tells which. */
  private static String reason(JavalinBindException e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    if (root instanceof UnresolvedAddressException) {
      return "no such host";
    }
    String message = root.getMessage();
    return message == null ? root.getClass().getSimpleName() : message;
  }

  private static void configure(JavalinConfig config) {
    config.showJavalinBanner = false;
    config.startupWatcherEnabled = false;
    config.router.ignoreTrailingSlashes = true;
    config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorPages()));
    ObjectMapper json = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    config.jsonMapper(new JavalinJackson(json, false));
  }

  /** The port the server listens on (the one chosen when started with port 0). */
  public int port() {
    return app.port();
  }

  /** The server's address, as {@code http://127.0.0.1:8080/}. */
  public String url() {
    String address = host.contains(":") ? "[" + host + "]" : host;
    return "http://" + address + ":" + port() + "/";
  }

  /** Stops the server; the store stays open. */
  @Override
  public void close() {
    app.stop();
  }
}
