package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.serve.ApiServer;
import org.newsgraph.store.Store;

/** {@code newsgraph serve}: its options, and a clean failure when the port is taken. */
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
}
