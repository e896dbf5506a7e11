package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.serve.ApiServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph demo}: the bundled demo corpus, ingested once, then served. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Ingest the bundled demo corpus (300 Wikinews articles of 2020) into a data folder on first"
          + " run (later runs find it there and add nothing), and serve it: prints the URL.",
      "The first run extracts every article (about two minutes on two cores)."
    })
final class DemoCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "the demo store's folder (default: ${DEFAULT-VALUE})")
  Path data = Path.of("newsgraph-demo");

  @Option(
      names = "--corpus",
      paramLabel = "DIR",
      description = "the articles to ingest (default: the demo folder of the newsgraph checkout)")
  Path corpus;

  @Option(
      names = "--port",
      paramLabel = "N",
      description = "the port (default: ${DEFAULT-VALUE}; 0 for any free port)")
  int port = ApiServer.DEFAULT_PORT;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      description = "the address to listen on (default: ${DEFAULT-VALUE}, this machine only)")
  String host = ApiServer.DEFAULT_HOST;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("--port is within 0..65535: " + port);
    }
    // Always ingest: documents already stored are recognised after cleaning and skipped (about a
    // second for the whole corpus, no models loaded), and a first run that was interrupted is
    // completed.
    Path articles = corpus != null ? corpus : bundledCorpus();
    out.println("newsgraph: bringing the demo store in " + data + " up to date with " + articles);
    out.flush();
    int code = Main.run("ingest", articles.toString(), "--data", data.toString());
    if (code > Main.SOME_PROBLEMS) {
      return code;
    }
    return ServeCommand.serveUntilStopped(
        out, data, host, port, ApiServer.Intake.DEFAULT_MAX_REQUEST_BYTES);
  }

  /**
   * The demo folder of the checkout: beside the launcher (NEWSGRAPH_HOME, set by the newsgraph
   * script), else in the current folder.
   */
  static Path bundledCorpus() {
    String home = System.getenv("NEWSGRAPH_HOME");
    Path demo = home == null ? Path.of("demo") : Path.of(home, "demo");
    if (!Files.isDirectory(demo)) {
      throw new IllegalArgumentException(
          "the demo corpus is not at "
              + demo.toAbsolutePath()
              + ": run from the newsgraph"
              + " checkout, or name the articles with --corpus DIR");
    }
    return demo;
  }
}
