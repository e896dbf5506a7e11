package org.newsgraph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoryClustersTest;

/** /api/stories and /api/stories/{id} over real HTTP. */
class ApiStoriesTest {

  @TempDir static Path folder;
  static Store store;
  static ApiServer server;
  static ApiClient client;

  @BeforeAll
  static void start() throws Exception {
    store = Store.open(folder);
    store.add(StoryClustersTest.corpus());
    server = ApiServer.start(store, "127.0.0.1", 0);
    client = new ApiClient(server);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    store.close();
  }

  @Test
  void storiesTheMostDocumentsFirstAndOneStoryInFull() throws Exception {
    ApiClient.Answer list = client.get("/api/stories");
    assertThat(list.status()).isEqualTo(200);
    JsonNode stories = list.json();
    assertThat(stories).hasSize(3);
    JsonNode top = stories.get(0);
    assertThat(top.get("documents").asInt()).isEqualTo(5);
    assertThat(top.get("label").asText()).contains("France", "Libya");
    assertThat(top.get("first").asText()).isEqualTo("2013-06-02");
    assertThat(top.get("last").asText()).isEqualTo("2013-06-20");

    assertThat(client.get("/api/stories?about=Madrid").json()).hasSize(1);
    assertThat(client.get("/api/stories?about=Libya&limit=1").json()).hasSize(1);
    assertThat(client.get("/api/stories?bogus=1").status()).isEqualTo(400);

    ApiClient.Answer one = client.get("/api/stories/" + top.get("id").asText());
    assertThat(one.status()).isEqualTo(200);
    JsonNode story = one.json();
    assertThat(story.get("story").get("id").asText()).isEqualTo(top.get("id").asText());
    assertThat(story.get("documents")).hasSize(5);
    JsonNode events = story.get("events");
    assertThat(events).isNotEmpty();
    long mentions = 0;
    for (JsonNode event : events) {
      mentions += event.get("mentions").asLong();
    }
    assertThat(mentions).isEqualTo(5);
    assertThat(story.get("timeline")).hasSizeGreaterThanOrEqualTo(events.size());
    assertThat(story.get("timeline").get(0).get("date").asText()).isEqualTo("2013-06-02");

    assertThat(client.get("/api/stories/0000000000000000").status()).isEqualTo(404);
  }
}
