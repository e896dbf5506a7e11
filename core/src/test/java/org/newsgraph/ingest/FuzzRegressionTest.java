package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays every input kept in {@code src/test/resources/fuzz-regressions/}: each once crashed or
 * hung a reader or the cleaner (found by {@link ReaderFuzzTest} or by hand) and must now pass
 * {@link FuzzTarget}. A file is named {@code HASH-EXT}, the extension choosing the reader ({@code
 * 1a2b-html} is read as {@code x.html}); its README says what each one broke.
 */
class FuzzRegressionTest {

  @TempDir Path dir;

  static Stream<Path> regressions() throws IOException, URISyntaxException {
    Path folder = Path.of(FuzzRegressionTest.class.getResource("/fuzz-regressions").toURI());
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> inputs =
          files
              .filter(f -> !f.getFileName().toString().equals("README.md"))
              .filter(f -> !f.getFileName().toString().startsWith("."))
              .sorted()
              .toList();
      assertThat(inputs).isNotEmpty();
      return inputs.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("regressions")
  void keptCrashesNoLongerCrash(Path input) throws IOException {
    String file = input.getFileName().toString();
    String name = "x." + file.substring(file.indexOf('-') + 1);
    try (FuzzTarget target = new FuzzTarget(dir)) {
      assertThat(target.check(Files.readAllBytes(input), name)).as(file).isEmpty();
    }
  }
}
