package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
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
}
