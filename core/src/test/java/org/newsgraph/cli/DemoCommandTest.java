package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo command in a separate process: ingest on first run, serve, reuse on the second. */
class DemoCommandTest {

  @TempDir Path dir;

  @Test
  void ingestsOnceThenServesAndReusesTheStore() throws Exception {
    Path corpus = dir.resolve("corpus");
    Files.createDirectories(corpus);
    Files.writeString(
        corpus.resolve("a.jsonl"),
        "{\"title\":\"Libya talks\",\"published\":\"2020-01-12\",\"text\":\"Turkey and Russia"
            + " called for a ceasefire in Libya on Sunday, the foreign ministers said in Moscow.\"}\n");
    Path data = dir.resolve("demo-store");
    assertThat(runUntilServing(corpus, data)).contains("1 added, the store holds 1");
    assertThat(runUntilServing(corpus, data))
        .contains("1 already known")
        .contains("0 added, the store holds 1");
  }

  /** Runs the demo in its own JVM until it serves, checks the API, kills it; returns its output. */
  private String runUntilServing(Path corpus, Path data) throws Exception {
    Path log = Files.createTempFile(dir, "demo", ".log");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process demo =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "demo",
                "--corpus",
                corpus.toString(),
                "--data",
                data.toString(),
                "--port",
                "0")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    try {
      Pattern served = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/)\\n");
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
      Matcher url = served.matcher("");
      boolean serving = false;
      while (!serving && demo.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(50);
        url = served.matcher(Files.readString(log));
        serving = url.find();
      }
      assertThat(serving).as(Files.readString(log)).isTrue();
      HttpResponse<String> stats =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(url.group(1) + "api/stats")).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(stats.body()).contains("\"documents\":1");
      demo.destroy(); // SIGTERM, as Ctrl-C: the store closes cleanly
      assertThat(demo.waitFor(60, TimeUnit.SECONDS)).isTrue();
      return Files.readString(log);
    } finally {
      demo.destroyForcibly();
    }
  }
}
