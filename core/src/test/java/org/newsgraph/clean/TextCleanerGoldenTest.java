package org.newsgraph.clean;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.model.Removed;

/**
 * Golden files for {@link TextCleaner}: {@code golden/clean-text/<case>/input.txt} (and an optional
 * {@code title.txt} passed as the known title) against {@code expected.json}.
 *
 * <p>Run with {@code -Dgolden.update=true} to rewrite the expected files in {@code
 * src/test/resources} from the current output; then review the diff.
 */
class TextCleanerGoldenTest {

  private static final String STAGE = "golden/clean-text";
  private static final ObjectWriter JSON = new ObjectMapper().writer(printer());

  private static DefaultPrettyPrinter printer() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter p =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    p.indentObjectsWith(indenter);
    p.indentArraysWith(indenter);
    return p;
  }

  static Stream<String> cases() throws IOException, URISyntaxException {
    Path root = Path.of(TextCleanerGoldenTest.class.getClassLoader().getResource(STAGE).toURI());
    try (Stream<Path> dirs = Files.list(root)) {
      return dirs
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void matchesGoldenFile(String name) throws Exception {
    Path dir =
        Path.of(
            TextCleanerGoldenTest.class.getClassLoader().getResource(STAGE + "/" + name).toURI());
    String input = Files.readString(dir.resolve("input.txt"), StandardCharsets.UTF_8);
    Path titleFile = dir.resolve("title.txt");
    String knownTitle =
        Files.exists(titleFile) ? Files.readString(titleFile, StandardCharsets.UTF_8).trim() : null;

    String actual = render(new TextCleaner().clean(input, knownTitle));

    if (Boolean.getBoolean("golden.update")) {
      Path source = Path.of("src/test/resources", STAGE, name, "expected.json");
      Files.writeString(source, actual, StandardCharsets.UTF_8);
      return;
    }
    Path expectedFile = dir.resolve("expected.json");
    assertThat(expectedFile)
        .as("golden file for %s (run with -Dgolden.update=true)", name)
        .exists();
    assertThat(actual).isEqualTo(Files.readString(expectedFile, StandardCharsets.UTF_8));
  }

  /** The canonical JSON form: fixed field order, two-space indent, a final newline. */
  static String render(CleanedText t) throws IOException {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("title", t.title());
    out.put("published", t.published() == null ? null : t.published().toString());
    out.put("published_from", t.publishedFrom() == null ? null : t.publishedFrom().label());
    out.put("text", t.text());
    List<Map<String, String>> removed = new ArrayList<>();
    for (Removed r : t.removed()) {
      Map<String, String> m = new LinkedHashMap<>();
      m.put("kind", r.kind().label());
      m.put("text", r.text());
      removed.add(m);
    }
    out.put("removed", removed);
    return JSON.writeValueAsString(out) + "\n";
  }
}
