package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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

  /** Runs the demo in its own JVM until it serves, checks the API, stops it; returns its output. */
  private String runUntilServing(Path corpus, Path data) throws Exception {
    try (DemoProcess demo =
        DemoProcess.start(corpus, data, Files.createTempFile(dir, "demo", ".log"))) {
      String url = demo.awaitUrl(Duration.ofMinutes(4));
      HttpResponse<String> stats =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(url + "api/stats")).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(stats.body()).contains("\"documents\":1");
      assertThat(demo.stop(Duration.ofSeconds(60))).as("ended on SIGTERM").isTrue();
      return demo.log();
    }
  }
}
