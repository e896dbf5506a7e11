package org.newsgraph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.Store;

/** The OpenAPI document describes every endpoint, and what it says holds over real HTTP. */
class ApiOpenApiTest {
  private static final List<String> PATHS =
      List.of(
          "/api",
          "/api/openapi.json",
          "/api/stats",
          "/api/search",
          "/api/quotes",
          "/api/events",
          "/api/entities",
          "/api/documents/{id}",
          "/api/documents/{id}/actors",
          "/api/actors/{id}",
          "/api/network",
          "/api/timeline",
          "/api/places",
          "/api/stories",
          "/api/stories/{id}");

  @TempDir static Path folder;
  static Store store;
  static ApiServer server;
  static ApiClient client;
  static JsonNode openApi;

  @BeforeAll
  static void start() throws Exception {
    store = ApiCorpus.create(folder);
    server = ApiServer.start(store, "127.0.0.1", 0);
    client = new ApiClient(server);
    ApiClient.Answer answer = client.get("/api/openapi.json");
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.contentType()).startsWith("application/json");
    openApi = answer.json();
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    store.close();
  }

  @Test
  void isAnOpenApi3DocumentListingEveryPath() {
    assertThat(openApi.get("openapi").asText()).startsWith("3.0");
    assertThat(openApi.get("info").get("title").asText()).isNotBlank();
    List<String> paths = new ArrayList<>();
    openApi.get("paths").fieldNames().forEachRemaining(paths::add);
    paths.remove("/api/documents"); // the one write endpoint, see below
    assertThat(paths).containsExactlyInAnyOrderElementsOf(PATHS);
    for (String path : PATHS) {
      JsonNode get = openApi.get("paths").get(path).get("get");
      assertThat(get).as(path).isNotNull();
      assertThat(get.get("responses").get("200")).as(path).isNotNull();
    }
  }

  @Test
  void everyReferenceResolves() {
    Set<String> refs = new TreeSet<>();
    collectRefs(openApi, refs);
    assertThat(refs).isNotEmpty();
    for (String ref : refs) {
      assertThat(ref).startsWith("#/");
      JsonNode target = openApi.at(ref.substring(1));
      assertThat(target.isMissingNode()).as(ref).isFalse();
    }
  }

  @Test
  void everyDocumentedParameterIsAccepted() throws Exception {
    for (String path : PATHS) {
      JsonNode parameters = openApi.get("paths").get(path).get("get").get("parameters");
      if (parameters == null || path.contains("{")) {
        continue;
      }
      for (JsonNode parameter : parameters) {
        JsonNode resolved = openApi.at(parameter.get("$ref").asText().substring(1));
        String name = resolved.get("name").asText();
        // Search needs its query whatever else it is given.
        String q = path.equals("/api/search") && !name.equals("q") ? "q=Mali&" : "";
        String request = path + "?" + q + name + "=" + sample(name);
        assertThat(client.get(request).status()).as(request).isEqualTo(200);
      }
    }
  }

  @Test
  void everyAcceptedParameterIsDocumented() throws Exception {
    for (String path : PATHS) {
      Set<String> documented = new TreeSet<>();
      JsonNode parameters = openApi.get("paths").get(path).get("get").get("parameters");
      if (parameters != null) {
        for (JsonNode parameter : parameters) {
          JsonNode resolved = openApi.at(parameter.get("$ref").asText().substring(1));
          if (resolved.get("in").asText().equals("query")) {
            documented.add(resolved.get("name").asText());
          }
        }
      }
      // An unknown parameter is refused with the list of those the endpoint takes.
      String request = path.replace("{id}", "1") + "?unknown=1";
      String detail = client.get(request).json().get("detail").asText();
      Matcher takes = Pattern.compile("\\(this endpoint takes (.*)\\)$").matcher(detail);
      assertThat(takes.find()).as(request + ": " + detail).isTrue();
      Set<String> accepted =
          takes.group(1).equals("none")
              ? Set.of()
              : new TreeSet<>(Arrays.asList(takes.group(1).split(", ")));
      assertThat(accepted).as(path).isEqualTo(documented);
    }
  }

  @Test
  void answersHaveTheDocumentedFields() throws Exception {
    assertFields("/api/stats", null, "Stats");
    assertFields("/api/search?q=Mali", 0, "DocumentHit");
    assertFields("/api/quotes", 0, "QuoteRow");
    assertFields("/api/events", 0, "EventRow");
    assertFields("/api/entities", 0, "ActorRow");
    assertFields("/api/network", null, "Network");
    assertFields("/api/timeline", 0, "Period");
    assertFields("/api", null, "Home");
    assertFields("/api/places", 0, "PlaceCount");
    assertFields("/api/documents/" + ApiCorpus.MALI + "/actors", 0, "EntityLink");
    assertFields("/api/actors/1", null, "Dossier");
    assertFields("/api/actors/-1", null, "Error");
  }

  @Test
  void theWriteEndpointIsDocumentedWithItsTokenAndAnswers() throws Exception {
    JsonNode post = openApi.get("paths").get("/api/documents").get("post");
    assertThat(post).isNotNull();
    assertThat(openApi.get("paths").get("/api/documents").get("get")).isNull();
    List<String> statuses = new ArrayList<>();
    post.get("responses").fieldNames().forEachRemaining(statuses::add);
    assertThat(statuses).contains("200", "201", "400", "401", "413");
    assertThat(post.get("security").get(0).has("bearerToken")).isTrue();
    JsonNode scheme = openApi.at("/components/securitySchemes/bearerToken");
    assertThat(scheme.get("scheme").asText()).isEqualTo("bearer");
    assertThat(post.get("parameters")).isNull();
    // The documented answer has the fields the server sends (see ApiWriteTest for a real post).
    Set<String> documented = new TreeSet<>();
    openApi
        .at("/components/schemas/PostedDocument/properties")
        .fieldNames()
        .forEachRemaining(documented::add);
    Set<String> recordFields = new TreeSet<>();
    for (var component : DocumentIntake.Posted.class.getRecordComponents()) {
      recordFields.add(component.getName());
    }
    assertThat(documented).isEqualTo(recordFields);
    Set<String> answer = new TreeSet<>();
    openApi
        .at("/components/schemas/PostAnswer/properties")
        .fieldNames()
        .forEachRemaining(answer::add);
    Set<String> answerFields = new TreeSet<>();
    for (var component : DocumentIntake.Answer.class.getRecordComponents()) {
      answerFields.add(component.getName());
    }
    assertThat(answer).isEqualTo(answerFields);
  }

  @Test
  void homePointsToTheDocument() throws Exception {
    assertThat(client.get("/api").json().get("openapi").asText()).isEqualTo("/api/openapi.json");
  }

  private static void assertFields(String request, Integer element, String schema)
      throws Exception {
    JsonNode answer = client.get(request).json();
    JsonNode value = element == null ? answer : answer.get(element);
    Set<String> actual = new TreeSet<>();
    value.fieldNames().forEachRemaining(actual::add);
    Set<String> documented = new TreeSet<>();
    openApi
        .get("components")
        .get("schemas")
        .get(schema)
        .get("properties")
        .fieldNames()
        .forEachRemaining(documented::add);
    assertThat(actual).as(request).isEqualTo(documented);
  }

  private static String sample(String name) {
    return switch (name) {
      case "q" -> "Mali";
      case "from", "to" -> "2013-01-14";
      case "limit" -> "5";
      case "quad" -> "4";
      case "root" -> "19";
      case "type" -> "person";
      case "granularity" -> "week";
      case "actor" -> "1";
      case "country" -> "FRA";
      default -> "France";
    };
  }

  private static void collectRefs(JsonNode node, Set<String> refs) {
    if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              field -> {
                if (field.getKey().equals("$ref")) {
                  refs.add(field.getValue().asText());
                } else {
                  collectRefs(field.getValue(), refs);
                }
              });
    } else if (node.isArray()) {
      node.forEach(child -> collectRefs(child, refs));
    }
  }
}
