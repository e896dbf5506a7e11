package org.newsgraph.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.Store;

/** What the server does when the store fails under it, or its port is taken. */
class ApiServerFailureTest {
  @TempDir Path folder;

  @Test
  void aFailingStoreAnswers500WithoutAStackTrace() throws Exception {
    Store store = ApiCorpus.create(folder);
    try (ApiServer server = ApiServer.start(store, "127.0.0.1", 0)) {
      ApiClient client = new ApiClient(server);
      assertThat(client.get("/api/stats").status()).isEqualTo(200);
      store.close();
      for (String request : new String[] {"/api/stats", "/api/quotes", "/api/search?q=Mali"}) {
        ApiClient.Answer answer = client.get(request);
        assertThat(answer.status()).as(request).isEqualTo(500);
        JsonNode body = answer.json();
        assertThat(body.get("error").asText()).isEqualTo("internal error");
        assertThat(answer.body()).doesNotContain("Exception", "at org.", "duckdb", "Store");
      }
    }
  }

  @Test
  void aTakenPortIsAnIoError() throws Exception {
    try (Store store = ApiCorpus.create(folder);
        ApiServer first = ApiServer.start(store, "127.0.0.1", 0)) {
      assertThatThrownBy(() -> ApiServer.start(store, "127.0.0.1", first.port()))
          .isInstanceOf(IOException.class)
          .hasMessageStartingWith("cannot listen on 127.0.0.1:" + first.port() + ": ")
          .hasMessageNotContaining("Port already in use");
      assertThat(new ApiClient(first).get("/api/stats").status()).isEqualTo(200);
    }
  }

  @Test
  void anUnknownHostIsAnIoError() throws Exception {
    try (Store store = ApiCorpus.create(folder)) {
      assertThatThrownBy(() -> ApiServer.start(store, "no.such.host.invalid", 0))
          .isInstanceOf(IOException.class)
          .hasMessage("cannot listen on no.such.host.invalid:0: no such host");
    }
  }

  @Test
  void aPortOutOfRangeIsRefused() throws Exception {
    try (Store store = ApiCorpus.create(folder)) {
      assertThatThrownBy(() -> ApiServer.start(store, "127.0.0.1", 70000))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a port is within 0..65535: 70000");
    }
  }
}
