package org.newsgraph.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Real HTTP requests to a running {@link ApiServer}, answers read as JSON. */
final class ApiClient {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** An answer: its status, headers and body. */
  record Answer(int status, HttpHeaders headers, String body) {
    String contentType() {
      return headers.firstValue("Content-Type").orElse("");
    }

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }
  }

  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;

  ApiClient(ApiServer server) {
    this.base = server.url().replaceAll("/$", "");
  }

  /** GET a path with its query string, as written ("/api/quotes?speaker=drian"). */
  Answer get(String pathAndQuery) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET().build());
  }

  Answer send(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    return new Answer(response.statusCode(), response.headers(), response.body());
  }

  URI uri(String pathAndQuery) {
    return URI.create(base + pathAndQuery);
  }
}
