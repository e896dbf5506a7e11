package org.newsgraph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The list endpoints over real HTTP, answering what {@link ApiCorpus} holds. */
class ApiQueryEndpointsTest extends ServedCorpusTest {
  @Test
  void listensOnTheLoopbackAtTheChosenPort() {
    assertThat(server.port()).isPositive();
    assertThat(server.url()).isEqualTo("http://127.0.0.1:" + server.port() + "/");
  }

  @Test
  void searchFindsTheDocumentWithItsActorsAndASnippet() throws Exception {
    ApiClient.Answer answer = client.get("/api/search?q=troops");
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.contentType()).startsWith("application/json");
    JsonNode hits = answer.json();
    assertThat(hits).hasSize(1);
    JsonNode hit = hits.get(0);
    assertThat(hit.get("id").asText()).isEqualTo(ApiCorpus.MALI);
    assertThat(hit.get("title").asText()).isEqualTo("France sends troops to Mali, says the Élysée");
    assertThat(hit.get("published").asText()).isEqualTo("2013-01-14");
    assertThat(hit.get("snippet").asText()).contains("troops");
    assertThat(names(hit.get("actors"))).contains("Jean-Yves Le Drian", "France", "Mali");
  }

  @Test
  void searchKeepsToTheDatesAndTheLimit() throws Exception {
    assertThat(ids(client.get("/api/search?q=France").json()))
        .containsExactlyInAnyOrder(ApiCorpus.MALI, ApiCorpus.LIBYA);
    assertThat(ids(client.get("/api/search?q=France&from=2013-05-01").json()))
        .containsExactly(ApiCorpus.LIBYA);
    assertThat(ids(client.get("/api/search?q=France&to=2013-05-01").json()))
        .containsExactly(ApiCorpus.MALI);
    assertThat(client.get("/api/search?q=France&limit=1").json()).hasSize(1);
    assertThat(client.get("/api/search?q=%22Le+Drian+said%22").json()).hasSize(2);
    assertThat(client.get("/api/search?q=nowhere").json()).isEmpty();
    JsonNode accented = client.get("/api/search?q=%C3%89lys%C3%A9e").json();
    assertThat(ids(accented)).containsExactly(ApiCorpus.MALI);
    assertThat(accented.get(0).get("snippet").asText()).contains("Élysée");
  }

  @Test
  void searchFiltersByActorCountryRootAndQuadClass() throws Exception {
    String france = "/api/search?q=France";
    assertThat(ids(client.get(france + "&actor=" + actorId("France")).json()))
        .containsExactlyInAnyOrder(ApiCorpus.MALI, ApiCorpus.LIBYA);
    assertThat(ids(client.get(france + "&actor=" + actorId("Libya")).json()))
        .containsExactly(ApiCorpus.LIBYA);
    assertThat(ids(client.get(france + "&country=LBY").json())).containsExactly(ApiCorpus.LIBYA);
    assertThat(ids(client.get(france + "&root=19").json()))
        .containsExactlyInAnyOrder(ApiCorpus.MALI, ApiCorpus.LIBYA);
    assertThat(ids(client.get(france + "&root=5").json())).containsExactly(ApiCorpus.LIBYA);
    assertThat(ids(client.get(france + "&root=03&quad=1").json())).containsExactly(ApiCorpus.MALI);
    assertThat(ids(client.get(france + "&quad=4&country=MLI&from=2013-05-01").json()))
        .containsExactly(ApiCorpus.LIBYA);
    assertThat(client.get(france + "&actor=999999").json()).isEmpty();
    assertThat(client.get(france + "&quad=2").json()).isEmpty();
    assertThat(client.get(france + "&country=lby").json().get("detail").asText())
        .isEqualTo("a country is an ISO 3166 alpha-3 code in capitals, e.g. LBY: lby");
    assertThat(client.get(france + "&actor=x").status()).isEqualTo(400);
  }

  @Test
  void placesCountTheEventsAtEachPlace() throws Exception {
    JsonNode places = client.get("/api/places").json();
    assertThat(places).hasSize(1);
    JsonNode mali = places.get(0);
    assertThat(mali.get("name").asText()).isEqualTo("Mali");
    assertThat(mali.get("country").asText()).isEqualTo("MLI");
    assertThat(mali.get("lat").asDouble()).isEqualTo(17.0);
    assertThat(mali.get("lon").asDouble()).isEqualTo(-4.0);
    assertThat(mali.get("events").asLong()).isEqualTo(2);
    assertThat(longs(mali.get("byQuadClass"))).containsExactly(0L, 0L, 0L, 2L);
    assertThat(client.get("/api/places?from=2013-06-01").json()).isEmpty();
    assertThat(client.get("/api/places?source=FRA&quad=4&limit=1").json()).hasSize(1);
    assertThat(client.get("/api/places?quad=9").status()).isEqualTo(400);
  }

  @Test
  void documentActorsLinkEachEntityToItsActor() throws Exception {
    JsonNode links = client.get("/api/documents/" + ApiCorpus.MALI + "/actors").json();
    List<String> pairs = new ArrayList<>();
    for (JsonNode link : links) {
      pairs.add(link.get("entity").asText() + "=" + link.get("actor").get("name").asText());
    }
    assertThat(pairs).containsExactly("e1=Jean-Yves Le Drian", "e2=France", "e3=Mali");
    assertThat(links.get(1).get("actor").get("id").asLong()).isEqualTo(actorId("France"));
    ApiClient.Answer unknown = client.get("/api/documents/ffffffffffffffff/actors");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().get("detail").asText())
        .isEqualTo("no document with id ffffffffffffffff");
  }

  @Test
  void quotesBySpeakerNewestFirst() throws Exception {
    JsonNode quotes = client.get("/api/quotes?speaker=drian").json();
    assertThat(quotes).hasSize(2);
    assertThat(quotes.get(0).get("document").asText()).isEqualTo(ApiCorpus.LIBYA);
    assertThat(quotes.get(0).get("speaker").asText()).isEqualTo("Jean-Yves Le Drian");
    assertThat(quotes.get(0).get("text").asText())
        .isEqualTo("France would support the talks in Tripoli");
    assertThat(quotes.get(0).get("direct").asBoolean()).isFalse();
    assertThat(quotes.get(1).get("text").asText())
        .isEqualTo("France is available to help our friends,");
    assertThat(quotes.get(1).get("cue").asText()).isEqualTo("told");
    assertThat(quotes.get(1).get("date").asText()).isEqualTo("2013-01-14");
    assertThat(quotes.get(0).get("speakerActor").asLong())
        .isEqualTo(quotes.get(1).get("speakerActor").asLong());
  }

  @Test
  void quotesByTopicDateAndUnnamedSpeaker() throws Exception {
    assertThat(texts(client.get("/api/quotes?about=available").json()))
        .containsExactly("France is available to help our friends,");
    assertThat(texts(client.get("/api/quotes?from=2013-05-01&to=2013-12-31").json()))
        .containsExactly("France would support the talks in Tripoli");
    JsonNode unnamed = client.get("/api/quotes?speaker=french+official").json();
    assertThat(unnamed).hasSize(1);
    assertThat(unnamed.get(0).get("speakerActor").isNull()).isTrue();
    assertThat(unnamed.get(0).get("date").isNull()).isTrue();
    assertThat(client.get("/api/quotes").json()).hasSize(3);
    // Taken literally, not as LIKE wildcards.
    assertThat(client.get("/api/quotes?about=%25").json()).isEmpty();
    assertThat(client.get("/api/quotes?speaker=_").json()).isEmpty();
    assertThat(client.get("/api/entities?name=_").json()).isEmpty();
    assertThat(texts(client.get("/api/quotes?speaker=DRIAN").json())).hasSize(2);
    assertThat(texts(client.get("/api/quotes?speaker=Dri%C3%A1n").json())).hasSize(2);
    assertThat(client.get("/api/quotes?limit=2").json()).hasSize(2);
  }

  @Test
  void eventsBySourceTargetRootAndQuadClass() throws Exception {
    JsonNode fights = client.get("/api/events?source=FRA&target=MLI&root=19").json();
    assertThat(fights).hasSize(2);
    assertThat(fights.get(0).get("document").asText()).isEqualTo(ApiCorpus.LIBYA);
    assertThat(fights.get(1).get("count").asInt()).isEqualTo(2);
    assertThat(fights.get(1).get("source").get("name").asText()).isEqualTo("France");
    assertThat(fights.get(1).get("target").get("code").asText()).isEqualTo("MLI");
    assertThat(fights.get(1).get("quadClass").asInt()).isEqualTo(4);
    assertThat(fights.get(1).get("place").asText()).isEqualTo("Mali");
    assertThat(fights.get(1).get("sentence").asText())
        .isEqualTo(
            "Defense Minister Jean-Yves Le Drian said France would send more troops to Mali.");
    assertThat(client.get("/api/events?source=FRAGOV").json()).hasSize(1);
    assertThat(client.get("/api/events?source=drian").json()).hasSize(1);
    assertThat(client.get("/api/events?quad=1").json()).hasSize(2);
    assertThat(client.get("/api/events?root=5").json()).hasSize(1);
    assertThat(client.get("/api/events?from=2013-06-01").json()).hasSize(2);
    assertThat(client.get("/api/events?limit=3").json()).hasSize(3);
  }

  @Test
  void entitiesMostMentionedFirstByTypeAndName() throws Exception {
    JsonNode all = client.get("/api/entities").json();
    assertThat(names(all).subList(0, 3))
        .containsExactlyInAnyOrder("Jean-Yves Le Drian", "France", "Mali");
    JsonNode people = client.get("/api/entities?type=person").json();
    assertThat(names(people)).containsExactly("Jean-Yves Le Drian");
    assertThat(people.get(0).get("documents").asLong()).isEqualTo(2);
    assertThat(people.get(0).get("mentions").asLong()).isEqualTo(3);
    assertThat(people.get(0).get("code").asText()).isEqualTo("FRAGOV");
    assertThat(names(client.get("/api/entities?name=islamic").json()))
        .containsExactly("Islamic State");
    assertThat(client.get("/api/entities?limit=2").json()).hasSize(2);
  }

  @Test
  void networkEdgesWeighEventsSplitByQuadClass() throws Exception {
    JsonNode network = client.get("/api/network").json();
    long france = actorId("France");
    long mali = actorId("Mali");
    JsonNode edge = edge(network, france, mali);
    assertThat(edge.get("events").asLong()).isEqualTo(3);
    assertThat(longs(edge.get("byQuadClass"))).containsExactly(0L, 0L, 0L, 3L);
    assertThat(edge(network, actorId("Libya"), france)).isNull();
    assertThat(edge(network, france, actorId("Libya")).get("events").asLong()).isEqualTo(1);
    assertThat(
            edge(network, actorId("Jean-Yves Le Drian"), mali).get("byQuadClass").get(0).asLong())
        .isEqualTo(1);
    assertThat(network.get("edges")).hasSize(3);
    assertThat(names(network.get("nodes")))
        .containsExactlyInAnyOrder("France", "Mali", "Libya", "Jean-Yves Le Drian");
  }

  @Test
  void networkKeepsToTheFilterAndTheHeaviestEdges() throws Exception {
    JsonNode heaviest = client.get("/api/network?limit=1").json();
    assertThat(heaviest.get("edges")).hasSize(1);
    assertThat(heaviest.get("edges").get(0).get("events").asLong()).isEqualTo(3);
    assertThat(names(heaviest.get("nodes"))).containsExactlyInAnyOrder("France", "Mali");
    JsonNode later = client.get("/api/network?from=2013-06-01&quad=4").json();
    assertThat(later.get("edges")).hasSize(1);
    assertThat(later.get("edges").get(0).get("events").asLong()).isEqualTo(1);
    assertThat(client.get("/api/network?target=LBY").json().get("edges")).hasSize(1);
  }

  @Test
  void timelineCountsEventsPerPeriod() throws Exception {
    JsonNode months = client.get("/api/timeline?granularity=month").json();
    assertThat(months).hasSize(2);
    assertThat(months.get(0).get("period").asText()).isEqualTo("2013-01");
    assertThat(months.get(0).get("events").asLong()).isEqualTo(3);
    assertThat(longs(months.get(0).get("byQuadClass"))).containsExactly(1L, 0L, 0L, 2L);
    assertThat(months.get(1).get("period").asText()).isEqualTo("2013-06");
    assertThat(months.get(1).get("events").asLong()).isEqualTo(2);
    JsonNode years = client.get("/api/timeline?granularity=year").json();
    assertThat(years).hasSize(1);
    assertThat(years.get(0).get("events").asLong()).isEqualTo(5);
    JsonNode days = client.get("/api/timeline?granularity=day&source=FRA&quad=4").json();
    assertThat(days).hasSize(2);
    assertThat(days.get(0).get("period").asText()).isEqualTo("2013-01-14");
    assertThat(client.get("/api/timeline").json()).isEqualTo(months);
    assertThat(client.get("/api/timeline?granularity=week").json().get(0).get("period").asText())
        .isEqualTo("2013-01-14");
  }

  @Test
  void statsCountWhatTheStoreHolds() throws Exception {
    JsonNode stats = client.get("/api/stats").json();
    assertThat(stats.get("documents").asLong()).isEqualTo(3);
    assertThat(stats.get("quotes").asLong()).isEqualTo(3);
    assertThat(stats.get("events").asLong()).isEqualTo(4);
    assertThat(stats.get("places").asLong()).isEqualTo(2);
    assertThat(stats.get("actors").asLong()).isEqualTo(5);
    assertThat(stats.get("firstPublished").asText()).isEqualTo("2013-01-14");
    assertThat(stats.get("lastPublished").asText()).isEqualTo("2013-06-02");
  }

  private static long actorId(String name) throws Exception {
    for (JsonNode actor : client.get("/api/entities?limit=100").json()) {
      if (actor.get("name").asText().equals(name)) {
        return actor.get("id").asLong();
      }
    }
    throw new AssertionError("no actor " + name);
  }

  private static JsonNode edge(JsonNode network, long source, long target) {
    for (JsonNode edge : network.get("edges")) {
      if (edge.get("source").asLong() == source && edge.get("target").asLong() == target) {
        return edge;
      }
    }
    return null;
  }

  private static List<String> names(JsonNode rows) {
    return values(rows, "name");
  }

  private static List<String> ids(JsonNode rows) {
    return values(rows, "id");
  }

  private static List<String> texts(JsonNode rows) {
    return values(rows, "text");
  }

  private static List<String> values(JsonNode rows, String field) {
    List<String> values = new ArrayList<>();
    rows.forEach(row -> values.add(row.get(field).asText()));
    return values;
  }

  private static List<Long> longs(JsonNode array) {
    List<Long> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asLong()));
    return values;
  }
}
