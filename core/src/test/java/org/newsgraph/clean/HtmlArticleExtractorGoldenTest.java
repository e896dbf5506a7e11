package org.newsgraph.clean;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.model.Removed;

/**
 * Golden files: real news pages with the expected extraction. Run with {@code -Dgolden.update=true}
 * to rewrite the expected files in the source tree, then review the diff.
 */
class HtmlArticleExtractorGoldenTest {

  private static final String STAGE = "golden/clean-html";
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  static Stream<String> cases() throws IOException, URISyntaxException {
    URL root = HtmlArticleExtractorGoldenTest.class.getClassLoader().getResource(STAGE);
    Path dir = Path.of(root.toURI());
    try (Stream<Path> children = Files.list(dir)) {
      return children
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void matchesGoldenFile(String name) throws IOException {
    String html = new String(gunzip(resource(name + "/input.html.gz")), StandardCharsets.UTF_8);
    String baseUrl = new String(resource(name + "/base-url.txt"), StandardCharsets.UTF_8).trim();

    HtmlArticle article = new HtmlArticleExtractor().extract(html, baseUrl);
    String actual = JSON.writeValueAsString(toJson(article)) + "\n";

    if (UPDATE) {
      Path target = sourceDir().resolve(name).resolve("expected.json");
      Files.writeString(target, actual, StandardCharsets.UTF_8);
      return;
    }
    String expected = new String(resource(name + "/expected.json"), StandardCharsets.UTF_8);
    assertThat(actual).isEqualTo(expected);
    assertThat(article.text()).isNotBlank();
  }

  private static ObjectNode toJson(HtmlArticle a) {
    ObjectNode o = JSON.createObjectNode();
    o.put("title", a.title());
    o.put("published", a.published() == null ? null : a.published().toString());
    o.put("url", a.url());
    o.put("language", a.language());
    o.put("text", a.text());
    ArrayNode removed = o.putArray("removed");
    for (Removed r : a.removed()) {
      removed.addObject().put("kind", r.kind().label()).put("text", r.text());
    }
    return o;
  }

  private static byte[] resource(String path) throws IOException {
    try (InputStream in =
        HtmlArticleExtractorGoldenTest.class
            .getClassLoader()
            .getResourceAsStream(STAGE + "/" + path)) {
      if (in == null) {
        throw new IOException("missing test resource " + STAGE + "/" + path);
      }
      return in.readAllBytes();
    }
  }

  private static byte[] gunzip(byte[] bytes) throws IOException {
    try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
      return in.readAllBytes();
    }
  }

  /** The golden folder in the source tree (tests run from the module or the project root). */
  private static Path sourceDir() {
    for (String prefix : new String[] {"", "core/"}) {
      Path p = Path.of(prefix + "src/test/resources/" + STAGE);
      if (Files.isDirectory(p)) {
        return p;
      }
    }
    throw new IllegalStateException(
        "cannot find src/test/resources/" + STAGE + " from the working dir");
  }
}
