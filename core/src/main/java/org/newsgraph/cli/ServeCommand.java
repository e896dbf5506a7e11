package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.newsgraph.pipeline.ArticleAnalyzer;
import org.newsgraph.serve.ApiServer;
import org.newsgraph.serve.ApiToken;
import org.newsgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph serve [--data DIR] [--port 8080] [--host 127.0.0.1]}: the HTTP API. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the store over HTTP: a web page at / and a JSON API described at /api/openapi.json.",
      "Runs until interrupted (Ctrl-C), then closes the store cleanly."
    })
final class ServeCommand implements Callable<Integer> {
  /** How long Ctrl-C waits for the store to close before the JVM halts anyway. */
  private static final long CLOSE_TIMEOUT_SECONDS = 30;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "the store's folder (default: ${DEFAULT-VALUE})")
  Path data = Path.of("newsgraph-data");

  @Option(
      names = "--port",
      paramLabel = "N",
      description = "the port (default: ${DEFAULT-VALUE}; 0 for any free port)")
  int port = ApiServer.DEFAULT_PORT;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      description =
          "the address to listen on (default: ${DEFAULT-VALUE}, this machine only;"
              + " 0.0.0.0 opens the API to the network)")
  String host = ApiServer.DEFAULT_HOST;

  @Option(
      names = "--max-request-size",
      paramLabel = "SIZE",
      description =
          "the largest body POST /api/documents takes, as 16M or 512K; larger is refused with"
              + " 413 (default: 16M)")
  String maxRequestSize;

  @Override
  public Integer call() throws IOException, InterruptedException {
    int maxRequestBytes =
        maxRequestSize == null
            ? ApiServer.Intake.DEFAULT_MAX_REQUEST_BYTES
            : DocumentSizeOption.bytes(maxRequestSize, "--max-request-size");
    return serveUntilStopped(spec.commandLine().getOut(), data, host, port, maxRequestBytes);
  }

  /** Serves the store in a folder until Ctrl-C, then closes it; for serve and demo alike. */
  static int serveUntilStopped(
      PrintWriter out, Path data, String host, int port, int maxRequestBytes)
      throws IOException, InterruptedException {
    // Ctrl-C runs the shutdown hook: it tells serve() to stop, then holds the JVM until the server
    // and the store are closed (the JVM halts as soon as its hooks return).
    CountDownLatch stop = new CountDownLatch(1);
    CountDownLatch done = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              stop.countDown();
              try {
                done.await(CLOSE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "newsgraph-serve-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      return serve(out, stop, data, host, port, maxRequestBytes);
    } finally {
      done.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // The hook is running: it is what stopped the server.
      }
    }
  }

  /**
   * Opens the store, serves it until {@code stop} opens, then stops serving and closes the store,
   * in that order, so that no request reads a closed store.
   *
   * @throws IllegalArgumentException if the port is out of range
   * @throws IOException if the store cannot be opened or the port bound
   */
  static int serve(PrintWriter out, CountDownLatch stop, Path data, String host, int port)
      throws IOException, InterruptedException {
    return serve(out, stop, data, host, port, ApiServer.Intake.DEFAULT_MAX_REQUEST_BYTES);
  }

  /**
   * As {@link #serve(PrintWriter, CountDownLatch, Path, String, int)}, taking request bodies up to
   * the given size.
   */
  static int serve(
      PrintWriter out, CountDownLatch stop, Path data, String host, int port, int maxRequestBytes)
      throws IOException, InterruptedException {
    if (port < 0 || port > 65535) {
      // Checked before the store is opened, so that a typo creates no data folder.
      throw new IllegalArgumentException("--port is within 0..65535: " + port);
    }
    // Read-write, so that a later ingest over HTTP can add to the store; this also keeps other
    // processes out of it while the server runs.
    try (Store store = Store.open(data)) {
      ApiToken token = ApiToken.loadOrCreate(data);
      // The language models load on the first document posted, not at start.
      ApiServer.Intake intake = new ApiServer.Intake(token, ArticleAnalyzer::new, maxRequestBytes);
      try (ApiServer server = ApiServer.start(store, host, port, intake)) {
        out.println("newsgraph: serving " + data + " at " + server.url());
        out.println("newsgraph: the API is described at " + server.url() + "api/openapi.json");
        if (token.created()) {
          out.println(
              "newsgraph: POST /api/documents needs the header Authorization: Bearer "
                  + token.value());
          out.println(
              "newsgraph: (a new token, shown only this once; it is kept in "
                  + token.file()
                  + ", readable by you only)");
        } else {
          out.println("newsgraph: POST /api/documents needs the token kept in " + token.file());
        }
        out.println("newsgraph: press Ctrl-C to stop");
        out.flush();
        stop.await();
      }
    }
    out.println("newsgraph: stopped; the store is closed");
    out.flush();
    return Main.OK;
  }
}
