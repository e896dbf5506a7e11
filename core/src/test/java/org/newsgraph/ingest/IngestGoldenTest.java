package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.model.RawDocument;

/**
 * Golden files: each case's {@code input/} folder read by the ingest stage must give the documents
 * and failures in its {@code expected.json}. With {@code -Dgolden.update=true} the expected files
 * are rewritten instead, to be reviewed as a diff.
 */
class IngestGoldenTest {

  private static final String ROOT = "/golden/ingest";
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  static Stream<String> cases() throws IOException, URISyntaxException {
    Path root = Path.of(IngestGoldenTest.class.getResource(ROOT).toURI());
    try (Stream<Path> dirs = Files.list(root)) {
      return dirs
          .filter(Files::isDirectory)
          .map(d -> d.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void ingestMatchesGolden(String name) throws Exception {
    Path caseDir = Path.of(getClass().getResource(ROOT + "/" + name).toURI());
    Path input = caseDir.resolve("input");
    RecordingSink sink = new RecordingSink();
    Ingestor ingestor = new Ingestor();
    ingestor.read(List.of(input.toString()), InputStream.nullInputStream(), sink);

    String prefix = input.toString();
    ObjectNode out = JSON.createObjectNode();
    ArrayNode docs = out.putArray("documents");
    for (RawDocument d : sink.documents) {
      ObjectNode o = docs.addObject();
      o.put("source", d.source().replace(prefix, "input"));
      o.put("url", d.url());
      o.put("title", d.title());
      o.put("published", d.published() == null ? null : d.published().toString());
      o.put("format", d.format().name());
      o.put("content", d.content());
      d.problems().forEach(o.putArray("problems")::add);
    }
    ArrayNode failures = out.putArray("failures");
    for (RecordingSink.Failure f : sink.failures) {
      failures
          .addObject()
          .put("source", f.source().replace(prefix, "input"))
          .put("message", f.message());
    }
    out.put("skippedFiles", ingestor.skippedFiles());
    out.put("skippedRecords", ingestor.skippedRecords());
    String actual = JSON.writeValueAsString(out) + "\n";

    if (Boolean.getBoolean("golden.update")) {
      Path source = Path.of("src/test/resources" + ROOT, name, "expected.json");
      Files.writeString(source, actual, StandardCharsets.UTF_8);
      return;
    }
    Path expected = caseDir.resolve("expected.json");
    assertThat(Files.exists(expected)).as("expected.json of case " + name).isTrue();
    assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }
}
