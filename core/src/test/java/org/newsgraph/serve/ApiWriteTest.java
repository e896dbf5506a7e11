package org.newsgraph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Extraction;
import org.newsgraph.store.Store;

/**
 * The server's security promises over real HTTP: writing ({@code POST /api/documents}) needs the
 * token and stores what it is given once; bodies over the limit are refused with 413; no CORS
 * header is ever sent; query parameters are data, never SQL. The pipeline behind the endpoint is
 * the cleaning stage only, so that no language model loads.
 */
class ApiWriteTest {
  private static final String TOKEN = "0123456789abcdef".repeat(4);
  private static final int LIMIT = 64 * 1024;

  @TempDir static Path folder;
  static Store store;
  static ApiServer server;
  static ApiClient client;

  @BeforeAll
  static void start() throws Exception {
    store = ApiCorpus.create(folder);
    ApiServer.Intake intake = new ApiServer.Intake(ApiToken.of(TOKEN), () -> Extraction::of, LIMIT);
    server = ApiServer.start(store, "127.0.0.1", 0, intake);
    client = new ApiClient(server);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    store.close();
  }

  static ApiClient.Answer post(String body, String token) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(client.uri("/api/documents"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return client.send(request.build());
  }

  private static String article(String word) {
    return "{\"title\": \""
        + word
        + " talks resume\", \"published\": \"2021-03-04\", \"url\": \"https://news.example/"
        + word
        + "\", \"text\": \"The "
        + word
        + " talks resumed in Geneva on Thursday, officials said.\\n\\nBoth delegations called"
        + " the first day constructive.\"}";
  }

  @Test
  void writingNeedsTheToken() throws Exception {
    for (String token : new String[] {null, "", "wrong", TOKEN.substring(1), TOKEN + "0"}) {
      ApiClient.Answer answer = post(article("Unauthorized"), token);
      assertThat(answer.status()).as(String.valueOf(token)).isEqualTo(401);
      assertThat(answer.json().get("error").asText()).isEqualTo("unauthorized");
      assertThat(answer.headers().firstValue("WWW-Authenticate")).contains("Bearer");
    }
    assertThat(client.get("/api/search?q=Unauthorized").json()).isEmpty();
    // The token is asked for first: a stranger learns nothing from how else a request is wrong.
    HttpRequest odd =
        HttpRequest.newBuilder(client.uri("/api/documents?dryrun=1"))
            .POST(HttpRequest.BodyPublishers.ofString("not even JSON"))
            .build();
    assertThat(client.send(odd).status()).isEqualTo(401);
  }

  @Test
  void aPostedDocumentIsStoredOnceAndServed() throws Exception {
    ApiClient.Answer first = post(article("Cyprus"), TOKEN);
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    JsonNode posted = first.json();
    assertThat(posted.get("added").asInt()).isEqualTo(1);
    JsonNode document = posted.get("documents").get(0);
    assertThat(document.get("status").asText()).isEqualTo("added");
    String id = document.get("id").asText();
    assertThat(id).matches("[0-9a-f]{16}");

    JsonNode record = client.get("/api/documents/" + id).json();
    assertThat(record.get("title").asText()).isEqualTo("Cyprus talks resume");
    assertThat(record.get("published").asText()).isEqualTo("2021-03-04");
    assertThat(record.get("url").asText()).isEqualTo("https://news.example/Cyprus");
    assertThat(client.get("/api/search?q=Cyprus").json().get(0).get("id").asText()).isEqualTo(id);

    ApiClient.Answer again = post(article("Cyprus"), TOKEN);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().get("added").asInt()).isZero();
    assertThat(again.json().get("documents").get(0).get("status").asText()).isEqualTo("known");
    assertThat(again.json().get("documents").get(0).get("id").asText()).isEqualTo(id);
  }

  @Test
  void jsonLinesAndArraysPostSeveralAndEachLineAnswersForItself() throws Exception {
    String lines =
        article("Kosovo")
            + "\n{\"text\": \"unterminated\n{\"title\": \"no text\"}\n"
            + article("Kosovo");
    ApiClient.Answer answer = post(lines, TOKEN);
    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    JsonNode documents = answer.json().get("documents");
    assertThat(documents).hasSize(4);
    assertThat(documents.get(0).get("status").asText()).isEqualTo("added");
    assertThat(documents.get(1).get("status").asText()).isEqualTo("rejected");
    assertThat(documents.get(1).get("problems").get(0).asText()).startsWith("line 2: invalid JSON");
    assertThat(documents.get(2).get("problems").get(0).asText()).isEqualTo("line 3: no text field");
    assertThat(documents.get(3).get("status").asText()).isEqualTo("duplicate");

    ApiClient.Answer array = post("[" + article("Aceh") + ", " + article("Darfur") + "]", TOKEN);
    assertThat(array.status()).isEqualTo(201);
    assertThat(array.json().get("added").asInt()).isEqualTo(2);
  }

  @Test
  void postedHtmlIsCleanedAndItsScriptsDropped() throws Exception {
    String html =
        "<html><body><article><p>Rescue teams reached the flooded valley on Sunday.</p>"
            + "<script>alert(1)</script><iframe src=\\\"https://evil.example\\\">x</iframe>"
            + "</article></body></html>";
    ApiClient.Answer answer = post("{\"html\": \"" + html + "\", \"title\": \"Floods\"}", TOKEN);
    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    String id = answer.json().get("documents").get(0).get("id").asText();
    ApiClient.Answer record = client.get("/api/documents/" + id);
    String text = record.json().get("text").asText();
    assertThat(text).contains("flooded valley").doesNotContain("alert", "<", "evil");
    // Served as JSON that no browser may sniff into a page (the web page puts it in as text).
    assertThat(record.contentType()).startsWith("application/json");
    assertThat(record.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
  }

  @Test
  void badBodiesAreRefusedWithTheReason() throws Exception {
    ApiClient.Answer empty = post("  ", TOKEN);
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.json().get("detail").asText()).contains("the body is empty");
    ApiClient.Answer text = post("Just some words", TOKEN);
    assertThat(text.status()).isEqualTo(400);
    assertThat(text.json().get("detail").asText()).contains("not plain text");
    ApiClient.Answer nothing = post("{\"title\": \"no text\"}", TOKEN);
    assertThat(nothing.status()).isEqualTo(400);
    assertThat(nothing.json().get("detail").asText())
        .isEqualTo("nothing could be stored: line 1: no text field");
  }

  @Test
  void aBodyOverTheLimitIs413() throws Exception {
    String big = "{\"text\": \"" + "word ".repeat(LIMIT / 5 + 10) + "\"}";
    ApiClient.Answer answer = post(big, TOKEN);
    assertThat(answer.status()).isEqualTo(413);
    assertThat(answer.contentType()).startsWith("application/json");
    assertThat(answer.json().get("detail").asText())
        .isEqualTo("a request body is at most " + LIMIT + " bytes");
    // Without the token the answer is 401 whatever the size: the body is never read.
    assertThat(post(big, null).status()).isEqualTo(401);
  }

  @Test
  void noCorsHeaderIsEverSent() throws Exception {
    HttpRequest get =
        HttpRequest.newBuilder(client.uri("/api/stats"))
            .header("Origin", "https://evil.example")
            .GET()
            .build();
    ApiClient.Answer answer = client.send(get);
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.headers().map().keySet())
        .noneMatch(h -> h.toLowerCase().startsWith("access-control-"));
    HttpRequest preflight =
        HttpRequest.newBuilder(client.uri("/api/documents"))
            .header("Origin", "https://evil.example")
            .header("Access-Control-Request-Method", "POST")
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
            .build();
    ApiClient.Answer options = client.send(preflight);
    assertThat(options.status()).isNotEqualTo(200).isNotEqualTo(204);
    assertThat(options.headers().map().keySet())
        .noneMatch(h -> h.toLowerCase().startsWith("access-control-"));
  }

  @Test
  void queryParametersAreDataNotSql() throws Exception {
    String[] attacks = {
      "' OR 1=1 --", "%' OR '1'='1", "x'); DROP TABLE documents; --", "\" OR \"\"=\"", "\\'; --"
    };
    for (String attack : attacks) {
      String value = URLEncoder.encode(attack, StandardCharsets.UTF_8);
      for (String request :
          new String[] {
            "/api/quotes?speaker=" + value,
            "/api/quotes?about=" + value,
            "/api/entities?name=" + value,
            "/api/events?source=" + value,
            "/api/events?target=" + value,
            "/api/network?source=" + value,
            "/api/timeline?target=" + value,
            "/api/places?source=" + value,
            "/api/search?q=Mali&country=" + value
          }) {
        ApiClient.Answer answer = client.get(request);
        JsonNode json = answer.json();
        if (request.contains("country=")) {
          // A country is three capitals: anything else is refused before any query runs.
          assertThat(answer.status()).as(request).isEqualTo(400);
          assertThat(json.get("error").asText()).isEqualTo("bad request");
          continue;
        }
        assertThat(answer.status()).as(request).isEqualTo(200);
        JsonNode rows = json.isArray() ? json : json.get("edges");
        assertThat(rows).as(request).isEmpty();
      }
      ApiClient.Answer document = client.get("/api/documents/" + value);
      assertThat(document.status()).as(attack).isIn(400, 404);
    }
    // The tables are all still there.
    assertThat(client.get("/api/stats").json().get("documents").asInt()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void theTokenFileIsTheOwnersOnlyAndMadeOnce() throws Exception {
    Path data = folder.resolve("token-store");
    ApiToken first = ApiToken.loadOrCreate(data);
    assertThat(first.created()).isTrue();
    assertThat(first.value()).matches("[0-9a-f]{64}");
    assertThat(Files.getPosixFilePermissions(first.file()))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    ApiToken second = ApiToken.loadOrCreate(data);
    assertThat(second.created()).isFalse();
    assertThat(second.value()).isEqualTo(first.value());
    assertThat(second.toString()).doesNotContain(first.value());
  }
}
