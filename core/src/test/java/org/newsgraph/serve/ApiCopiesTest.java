package org.newsgraph.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.store.Articles.article;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Extraction;
import org.newsgraph.store.Store;

/**
 * A report and its republished copy over real HTTP: the actors' counts and the dossier count the
 * report once, while search still finds both (README, "Stories").
 */
class ApiCopiesTest {
  static final String REPORT =
      "French Defence Minister Jean-Yves Le Drian said on Monday that France would send 500 more"
          + " soldiers to Mali within a week to stop Islamist fighters advancing on the capital"
          + " Bamako.\n\nLe Drian told reporters in Paris that the troops would join the 750"
          + " already deployed and that French aircraft had struck training camps and fuel depots"
          + " near the northern town of Gao overnight. \"We are there to stop the terrorists, and"
          + " we will stay as long as necessary,\" he said, adding that African troops were"
          + " expected to take over once the north was secured.";

  /** The report republished by a portal, a day later, with a credit line. */
  static final String COPY = REPORT + "\n\n(Reporting by John Irish; Editing by Tom Heneghan)";

  @TempDir static Path folder;
  static Store store;
  static ApiServer server;
  static ApiClient client;

  @BeforeAll
  static void start() throws Exception {
    store = Store.open(folder);
    store.add(
        List.of(
            report("wire", "https://www.wire.example/mali", "2013-01-14", REPORT),
            report("portal", "https://portal.example/news/9", "2013-01-15", COPY)));
    server = ApiServer.start(store, "127.0.0.1", 0);
    client = new ApiClient(server);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    store.close();
  }

  private static Extraction report(String title, String url, String published, String text) {
    return article(title, published, text)
        .url(url)
        .entity(
            "Jean-Yves Le Drian",
            EntityType.PERSON,
            "FRAGOV",
            "FRA",
            List.of("Defence Minister"),
            "Le Drian")
        .entity("France", EntityType.COUNTRY, "FRA", "FRA", List.of(), "France")
        .entity("Mali", EntityType.COUNTRY, "MLI", "MLI", List.of(), "Mali")
        .quote("We are there to stop the terrorists", "Le Drian", "e1")
        .event("e2", "FRA", "e3", "MLI", "190", 4, -10.0, "France would send 500 more soldiers")
        .build();
  }

  @Test
  void theCopyIsStoredAsADuplicate() throws Exception {
    JsonNode stats = client.get("/api/stats").json();
    assertThat(stats.get("documents").asInt()).isEqualTo(1);
    assertThat(stats.get("duplicates").asInt()).isEqualTo(1);
  }

  @Test
  void actorsAndTheDossierCountTheReportOnce() throws Exception {
    JsonNode actors = client.get("/api/entities?type=person&name=drian").json();
    assertThat(actors).hasSize(1);
    JsonNode minister = actors.get(0);
    assertThat(minister.get("documents").asInt()).isEqualTo(1);
    assertThat(minister.get("mentions").asInt()).isEqualTo(2);

    JsonNode dossier = client.get("/api/actors/" + minister.get("id").asLong()).json();
    assertThat(dossier.get("actor").get("documents").asInt()).isEqualTo(1);
    assertThat(dossier.get("activity")).hasSize(1);
    JsonNode month = dossier.get("activity").get(0);
    assertThat(month.get("month").asText()).isEqualTo("2013-01");
    assertThat(List.of(month.get("documents").asInt(), month.get("quotes").asInt()))
        .containsExactly(1, 1);
    assertThat(dossier.get("quotes")).hasSize(1);
    assertThat(dossier.get("titles").get(0).get("documents").asInt()).isEqualTo(1);
    assertThat(dossier.get("titles").get(0).get("last").asText()).isEqualTo("2013-01-14");
    for (JsonNode co : dossier.get("coActors")) {
      assertThat(co.get("documents").asInt()).as(co.toString()).isEqualTo(1);
    }

    JsonNode france = client.get("/api/actors/" + actorId("France")).json().get("activity").get(0);
    assertThat(List.of(france.get("documents").asInt(), france.get("events").asInt()))
        .containsExactly(1, 1);
  }

  @Test
  void searchStillListsTheCopy() throws Exception {
    List<String> titles = new ArrayList<>();
    client.get("/api/search?q=Gao").json().forEach(hit -> titles.add(hit.get("title").asText()));
    assertThat(titles).containsExactlyInAnyOrder("wire", "portal");
  }

  private static long actorId(String name) throws Exception {
    for (JsonNode actor : client.get("/api/entities?name=" + name).json()) {
      if (actor.get("name").asText().equals(name)) {
        return actor.get("id").asLong();
      }
    }
    throw new AssertionError("no actor " + name);
  }
}
