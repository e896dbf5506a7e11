package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.query.Queries;
import org.newsgraph.serve.ApiServer;
import org.newsgraph.store.Store;

/** {@code newsgraph serve}: its options, serving until stopped, and failing cleanly. */
class ApiServeCommandTest {
  @TempDir Path folder;

  @Test
  void helpNamesTheOptions() {
    assertThat(Main.run("serve", "--help")).isEqualTo(Main.OK);
  }

  @Test
  void aBadPortIsAUsageError() {
    assertThat(Main.run("serve", "--data", folder.toString(), "--port", "x")).isEqualTo(Main.USAGE);
    Path fresh = folder.resolve("fresh");
    assertThat(Main.run("serve", "--data", fresh.toString(), "--port", "-1")).isEqualTo(Main.USAGE);
    assertThat(fresh).doesNotExist();
  }

  @Test
  void aTakenPortFailsAndLeavesTheStoreClosed() throws Exception {
    Path taken = folder.resolve("taken");
    Path mine = folder.resolve("mine");
    try (Store other = Store.open(taken);
        ApiServer server = ApiServer.start(other, "127.0.0.1", 0)) {
      int code =
          Main.run("serve", "--data", mine.toString(), "--port", String.valueOf(server.port()));
      assertThat(code).isEqualTo(Main.NOTHING_PROCESSED);
    }
    // The failed command closed its store: it opens again for writing.
    try (Store again = Store.open(mine)) {
      assertThat(again.size()).isZero();
    }
  }

  @Test
  void servesTheStoreUntilToldToStopThenClosesIt() throws Exception {
    ServeCommand command = new ServeCommand();
    command.data = folder.resolve("served");
    command.port = 0;
    StringWriter printed = new StringWriter();
    PrintWriter out = new PrintWriter(printed, true);
    CountDownLatch stop = new CountDownLatch(1);
    ExecutorService thread = Executors.newSingleThreadExecutor();
    try {
      Future<Integer> code =
          thread.submit(() -> ServeCommand.serve(out, stop, command.data, command.host, 0));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (!printed.toString().contains("press Ctrl-C") && System.nanoTime() < deadline) {
        assertThat(code.isDone()).as("serve ended early: %s", printed).isFalse();
        Thread.sleep(20);
      }
      Matcher url =
          Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/)\\n").matcher(printed.toString());
      assertThat(url.find()).as(printed.toString()).isTrue();
      HttpResponse<String> stats =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(url.group(1) + "api/stats")).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(stats.statusCode()).isEqualTo(200);
      assertThat(stats.body()).contains("\"documents\":0");
      stop.countDown();
      assertThat(code.get(30, TimeUnit.SECONDS)).isEqualTo(Main.OK);
      assertThat(printed.toString()).endsWith("newsgraph: stopped; the store is closed\n");
    } finally {
      stop.countDown();
      thread.shutdownNow();
    }
    // Closed, and readable by the terminal queries although nothing was ever added.
    try (Store again = Store.openReadOnly(command.data)) {
      assertThat(new Queries(again).search("anything", null, null, 5)).isEmpty();
    }
  }

  @Test
  void theTokenIsMadeAtTheFirstStartShownOnceAndNeededToWrite() throws Exception {
    Path data = folder.resolve("with-token");
    String first = serveAndAsk(data, "");
    Matcher shown = Pattern.compile("Authorization: Bearer ([0-9a-f]{64})\\n").matcher(first);
    assertThat(shown.find()).as(first).isTrue();
    String token = shown.group(1);
    assertThat(first).contains("shown only this once");
    assertThat(Files.readString(data.resolve("api-token")).strip()).isEqualTo(token);
    assertThat(Files.getPosixFilePermissions(data.resolve("api-token")))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    // Without the token 401, with it the request is read (an empty body is a bad request, and
    // answering so loads no language model).
    String second = serveAndAsk(data, token);
    assertThat(second).doesNotContain(token).contains("needs the token kept in");
    assertThat(second).contains("without token: 401", "with token: 400");
  }

  /** Serves a store, posts an empty body without and with the token, stops; returns the output. */
  private static String serveAndAsk(Path data, String token) throws Exception {
    StringWriter printed = new StringWriter();
    PrintWriter out = new PrintWriter(printed, true);
    CountDownLatch stop = new CountDownLatch(1);
    ExecutorService thread = Executors.newSingleThreadExecutor();
    try {
      Future<Integer> code =
          thread.submit(() -> ServeCommand.serve(out, stop, data, "127.0.0.1", 0));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (!printed.toString().contains("press Ctrl-C") && System.nanoTime() < deadline) {
        assertThat(code.isDone()).as("serve ended early: %s", printed).isFalse();
        Thread.sleep(20);
      }
      Matcher url =
          Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/)\\n").matcher(printed.toString());
      assertThat(url.find()).as(printed.toString()).isTrue();
      HttpClient http = HttpClient.newHttpClient();
      URI documents = URI.create(url.group(1) + "api/documents");
      int without =
          http.send(
                  HttpRequest.newBuilder(documents)
                      .POST(HttpRequest.BodyPublishers.ofString(""))
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .statusCode();
      String report = "without token: " + without;
      if (!token.isEmpty()) {
        int with =
            http.send(
                    HttpRequest.newBuilder(documents)
                        .header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.ofString(""))
                        .build(),
                    HttpResponse.BodyHandlers.ofString())
                .statusCode();
        report += ", with token: " + with;
      }
      stop.countDown();
      assertThat(code.get(30, TimeUnit.SECONDS)).isEqualTo(Main.OK);
      return printed + report;
    } finally {
      stop.countDown();
      thread.shutdownNow();
    }
  }
}
