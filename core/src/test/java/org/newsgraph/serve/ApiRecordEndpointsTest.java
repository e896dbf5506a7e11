package org.newsgraph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A document's record and an actor's dossier over real HTTP. */
class ApiRecordEndpointsTest extends ServedCorpusTest {
  @Test
  void documentIsTheStoredRecord() throws Exception {
    ApiClient.Answer answer = client.get("/api/documents/" + ApiCorpus.MALI);
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.contentType()).startsWith("application/json");
    JsonNode record = answer.json();
    assertThat(record.get("id").asText()).isEqualTo(ApiCorpus.MALI);
    assertThat(record.get("title").asText())
        .isEqualTo("France sends troops to Mali, says the Élysée");
    assertThat(record.get("published").asText()).isEqualTo("2013-01-14");
    assertThat(record.get("text").asText()).isEqualTo(ApiCorpus.mali().document().text());
    assertThat(record.get("entities")).hasSize(3);
    assertThat(record.get("quotes").get(0).get("speaker_entity").asText()).isEqualTo("e1");
    assertThat(record.get("events").get(0).get("quad_class").asInt()).isEqualTo(4);
    assertThat(record.get("places").get(0).get("name").asText()).isEqualTo("Mali");
    assertThat(record.get("dates").get(0).get("value").asText()).isEqualTo("2013-01-14");
  }

  @Test
  void undatedDocumentHasNullDate() throws Exception {
    JsonNode record = client.get("/api/documents/" + ApiCorpus.UNDATED).json();
    assertThat(record.get("published").isNull()).isTrue();
    assertThat(record.get("events")).isEmpty();
  }

  @Test
  void dossierListsTheActorsTitlesQuotesEventsAndCompany() throws Exception {
    long drian = actorId("Jean-Yves Le Drian");
    ApiClient.Answer answer = client.get("/api/actors/" + drian);
    assertThat(answer.status()).isEqualTo(200);
    JsonNode dossier = answer.json();
    assertThat(dossier.get("actor").get("id").asLong()).isEqualTo(drian);
    assertThat(dossier.get("actor").get("type").asText()).isEqualTo("PERSON");
    assertThat(values(dossier.get("names")))
        .containsExactlyInAnyOrder("Jean-Yves Le Drian", "Le Drian");
    JsonNode title = dossier.get("titles").get(0);
    assertThat(title.get("title").asText()).isEqualTo("Defense Minister");
    assertThat(title.get("first").asText()).isEqualTo("2013-01-14");
    assertThat(field(dossier.get("quotes"), "text"))
        .containsExactly(
            "France would support the talks in Tripoli",
            "France is available to help our friends,");
    assertThat(field(dossier.get("asSource"), "cameo")).containsExactly("036");
    assertThat(dossier.get("asTarget")).isEmpty();
    List<String> company = new ArrayList<>();
    dossier.get("coActors").forEach(co -> company.add(co.get("actor").get("name").asText()));
    assertThat(company).contains("France", "Mali", "Libya");
    assertThat(field(dossier.get("activity"), "month")).containsExactly("2013-01", "2013-06");
    JsonNode january = dossier.get("activity").get(0);
    assertThat(january.get("documents").asLong()).isEqualTo(1);
    assertThat(january.get("quotes").asLong()).isEqualTo(1);
    assertThat(january.get("events").asLong()).isEqualTo(1);
  }

  @Test
  void dossierOfATargetListsTheEventsAgainstIt() throws Exception {
    JsonNode dossier = client.get("/api/actors/" + actorId("Mali")).json();
    // Newest first, then in the order the document reports them.
    assertThat(field(dossier.get("asTarget"), "cameo")).containsExactly("190", "190", "036");
    assertThat(field(dossier.get("asTarget"), "document"))
        .containsExactly(ApiCorpus.LIBYA, ApiCorpus.MALI, ApiCorpus.MALI);
    assertThat(dossier.get("asSource")).isEmpty();
    assertThat(client.get("/api/actors/" + actorId("Mali") + "?limit=1").json().get("asTarget"))
        .hasSize(1);
  }

  private static long actorId(String name) throws Exception {
    JsonNode actors = client.get("/api/entities?limit=100").json();
    for (JsonNode actor : actors) {
      if (actor.get("name").asText().equals(name)) {
        return actor.get("id").asLong();
      }
    }
    throw new AssertionError("no actor " + name + " in " + actors);
  }

  private static List<String> field(JsonNode rows, String name) {
    List<String> values = new ArrayList<>();
    rows.forEach(row -> values.add(row.get(name).asText()));
    return values;
  }

  private static List<String> values(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asText()));
    return values;
  }
}
