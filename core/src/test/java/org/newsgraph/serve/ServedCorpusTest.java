package org.newsgraph.serve;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.Store;

/**
 * The fixture the API tests share: a store of {@link ApiCorpus} in a temporary folder, served on a
 * free loopback port for the test class, with a client for it.
 */
abstract class ServedCorpusTest {
  @TempDir static Path folder;
  static Store store;
  static ApiServer server;
  static ApiClient client;

  @BeforeAll
  static void start() throws Exception {
    store = ApiCorpus.create(folder);
    server = ApiServer.start(store, "127.0.0.1", 0);
    client = new ApiClient(server);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    store.close();
  }
}
