package org.newsgraph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The page and its files over real HTTP: served with a strict CSP, and nothing outside them. */
class WebAssetsTest extends ServedCorpusTest {
  @Test
  void thePageIsServedAtTheRootWithAStrictContentSecurityPolicy() throws Exception {
    ApiClient.Answer page = client.get("/");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.contentType()).startsWith("text/html");
    assertThat(page.body()).contains("<script type=\"module\" src=\"/web/app.js\">");
    String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertThat(csp).startsWith("default-src 'self';").contains("script-src 'self';");
    assertThat(csp).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
    assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
  }

  @Test
  void theFilesBesideItAreServedWithTheirTypes() throws Exception {
    assertThat(client.get("/web/app.js").contentType()).startsWith("text/javascript");
    assertThat(client.get("/web/style.css").contentType()).startsWith("text/css");
    ApiClient.Answer atlas = client.get("/web/vendor/world-atlas/countries-110m.json");
    assertThat(atlas.status()).isEqualTo(200);
    assertThat(atlas.body()).startsWith("{\"type\":\"Topology\"");
    assertThat(client.get("/web/vendor/topojson-client/LICENSE.txt").body()).contains("ISC");
  }

  @Test
  void everyJavaScriptFileBuildsTheDomWithoutInnerHtml() throws Exception {
    for (String file :
        List.of(
            "app.js",
            "dom.js",
            "search.js",
            "doc.js",
            "quotes.js",
            "actor.js",
            "graphs.js",
            "stories.js")) {
      String js = client.get("/web/" + file).body();
      assertThat(js).as(file).isNotBlank().doesNotContain("innerHTML").doesNotContain("outerHTML");
      assertThat(js).as(file).doesNotContain("insertAdjacentHTML").doesNotContain("eval(");
    }
  }

  @Test
  void pathsOutsideTheFolderOrOfOtherKindsAreNotFound() throws Exception {
    List<String> paths =
        List.of(
            "/web/../openapi.json",
            "/web/%2e%2e/openapi.json",
            "/web/..%2fopenapi.json",
            "/web/%2e%2e%2fApiServer.class",
            "/web/vendor/../../openapi.json",
            "/web/./app.js",
            "/web/.hidden.js",
            "/web/ApiServer.class",
            "/web/nothing.js",
            "/web//etc/passwd",
            "/web/vendor",
            "/web/");
    for (String path : paths) {
      HttpRequest request = HttpRequest.newBuilder(URI.create(rawUrl(path))).GET().build();
      ApiClient.Answer answer = client.send(request);
      assertThat(answer.status()).as(path).isEqualTo(404);
      assertThat(answer.contentType()).as(path).startsWith("application/json");
    }
    // Jetty itself refuses a NUL in a path before any route sees it.
    assertThat(client.get("/web/app.js%00.css").status()).isEqualTo(400);
  }

  @Test
  void onlyPlainNamesWithKnownExtensionsAreServable() {
    assertThat(WebAssets.typeOf("app.js")).startsWith("text/javascript");
    assertThat(WebAssets.typeOf("vendor/world-atlas/countries-110m.json"))
        .isEqualTo("application/json");
    for (String bad :
        List.of(
            "../x.js",
            "a/../b.js",
            "./a.js",
            ".a.js",
            "a//b.js",
            "/a.js",
            "a\\b.js",
            "a.class",
            "a",
            "")) {
      assertThat(WebAssets.typeOf(bad)).as(bad).isNull();
    }
  }

  private static String rawUrl(String path) {
    return server.url().replaceAll("/$", "") + path;
  }
}
