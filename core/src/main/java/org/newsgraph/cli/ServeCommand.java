package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.newsgraph.serve.ApiServer;
import org.newsgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph serve [--data DIR] [--port 8080] [--host 127.0.0.1]}: the HTTP API. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the store over HTTP: a JSON API described at /api/openapi.json.",
      "Runs until interrupted (Ctrl-C), then closes the store cleanly."
    })
final class ServeCommand implements Callable<Integer> {
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

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    if (port < 0 || port > 65535) {
      // Checked before the store is opened, so that a typo creates no data folder.
      throw new IllegalArgumentException("--port is within 0..65535: " + port);
    }
    // Read-write, so that a later ingest over HTTP can add to the store; this also keeps other
    // writers out while the server runs.
    Store store = Store.open(data);
    ApiServer server;
    try {
      server = ApiServer.start(store, host, port);
    } catch (IOException | RuntimeException e) {
      store.close();
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(() -> stop(server, store, out, stopped), "newsgraph-serve-stop"));
    out.println("newsgraph: serving " + data + " at " + server.url());
    out.println("newsgraph: the API is described at " + server.url() + "api/openapi.json");
    out.println("newsgraph: press Ctrl-C to stop");
    out.flush();
    stopped.await();
    return Main.OK;
  }

  /** Stops serving, then closes the store, so that no request reads a closed store. */
  private static void stop(ApiServer server, Store store, PrintWriter out, CountDownLatch stopped) {
    try {
      server.close();
    } finally {
      try {
        store.close();
        out.println("newsgraph: stopped; the store is closed");
        out.flush();
      } catch (IOException | RuntimeException e) {
        System.err.println("newsgraph: could not close the store cleanly: " + e.getMessage());
      }
      stopped.countDown();
    }
  }
}
