package org.newsgraph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every failure answers JSON {error, detail} with the right status, over real HTTP. */
class ApiErrorsTest extends ServedCorpusTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/api/search                              | q is required",
        "/api/search?q=                           | q is required",
        "/api/search?q=%22Mali                    | cannot read the search query",
        "/api/search?q=Mali&from=14.01.2013       | from takes a date as 2013-01-14: 14.01.2013",
        "/api/search?q=Mali&from=2014-01-01&to=2013-01-01 | from 2014-01-01 is after to 2013-01-01",
        "/api/search?q=Mali&limit=0               | limit must be within 1..1000: 0",
        "/api/quotes?limit=1001                   | limit must be within 1..1000: 1001",
        "/api/quotes?limit=ten                    | limit takes a whole number: ten",
        "/api/quotes?to=yesterday                 | to takes a date as 2013-01-14: yesterday",
        "/api/quotes?speakr=drian                 | unknown parameter speakr",
        "/api/events?root=fight                   | a root code is one or two digits",
        "/api/events?root=123                     | a root code is one or two digits",
        "/api/events?quad=5                       | a QuadClass is 1 to 4: 5",
        "/api/events?quad=x                       | quad takes a whole number: x",
        "/api/events?limit=-1                     | limit must be within 1..1000: -1",
        "/api/entities?type=planet                | type is one of",
        "/api/entities?limit=1000000              | limit must be within 1..1000",
        "/api/actors/france                       | an actor id is a number: france",
        "/api/actors/1?limit=0                    | limit must be within 1..1000: 0",
        "/api/network?quad=0                      | a QuadClass is 1 to 4: 0",
        "/api/network?from=2013-13-01             | from takes a date",
        "/api/timeline?granularity=hour           | granularity is day, week, month or year: hour",
        "/api/timeline?limit=5                    | unknown parameter limit",
        "/api/timeline?root=x                     | a root code is one or two digits",
        "/api/stats?verbose=1                     | unknown parameter verbose",
        "/api/documents/a1a1a1a1a1a1a1a1?x=1      | unknown parameter x",
      })
  void badParametersAnswer400(String request, String detail) throws Exception {
    ApiClient.Answer answer = client.get(request);
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith("application/json");
    JsonNode body = answer.json();
    assertThat(body.get("error").asText()).isEqualTo("bad request");
    assertThat(body.get("detail").asText()).contains(detail);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/api/documents/ffffffffffffffff | no document with id ffffffffffffffff",
        "/api/actors/999999              | no actor with id 999999",
        "/api/nothing                    | /api/nothing",
        "/api/documents                  | /api/documents",
        "/index.html                     | /index.html",
      })
  void unknownIdsAndRoutesAnswer404(String request, String detail) throws Exception {
    ApiClient.Answer answer = client.get(request);
    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.contentType()).startsWith("application/json");
    assertThat(answer.json().get("error").asText()).isEqualTo("not found");
    assertThat(answer.json().get("detail").asText()).contains(detail);
  }

  @Test
  void aMalformedPathAnswersJsonToo() throws Exception {
    // Refused by the HTTP server before routing; java.net.URI will not even build such a request.
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket
          .getOutputStream()
          .write(
              "GET /api/documents/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                  .getBytes(StandardCharsets.US_ASCII));
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(answer).startsWith("HTTP/1.1 400 ");
      assertThat(answer.toLowerCase(java.util.Locale.ROOT))
          .contains("content-type: application/json");
      assertThat(answer).contains("{\"error\":\"bad request\",\"detail\":").doesNotContain("<");
    }
  }

  @Test
  void onlyGetIsServed() throws Exception {
    ApiClient.Answer answer =
        client.send(
            HttpRequest.newBuilder(client.uri("/api/stats"))
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build());
    assertThat(answer.status()).isIn(404, 405);
    assertThat(answer.json().get("error").asText()).isNotBlank();
  }

  @Test
  void corsIsOff() throws Exception {
    ApiClient.Answer answer =
        client.send(
            HttpRequest.newBuilder(client.uri("/api/stats"))
                .header("Origin", "http://example.com")
                .GET()
                .build());
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }
}
