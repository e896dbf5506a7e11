package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Checks the hand-labelled evaluation set {@code eval-data/quotes/}: every span's offsets give
 * exactly the text written after it (checked here line by line, independently of {@link
 * BratReader}), the reader finds nothing wrong, every attribution has a source and a cue, contents
 * do not overlap, and the set is as large as its README says.
 */
class BratEvalDataTest {
  private static final Path DATA = locate();

  private static Path locate() {
    for (Path candidate : List.of(Path.of("../eval-data/quotes"), Path.of("eval-data/quotes"))) {
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "eval-data/quotes not found from " + Path.of("").toAbsolutePath());
  }

  @Test
  void everySpanGivesExactlyTheTextWrittenAfterIt() throws IOException {
    List<String> mismatches = new ArrayList<>();
    int spans = 0;
    try (Stream<Path> files = Files.list(DATA)) {
      for (Path ann : files.filter(p -> p.toString().endsWith(".ann")).sorted().toList()) {
        String text =
            Files.readString(
                ann.resolveSibling(ann.getFileName().toString().replace(".ann", ".txt")));
        List<String> lines = Files.readAllLines(ann, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          String[] parts = lines.get(i).split("\t");
          if (!parts[0].startsWith("T")) {
            continue;
          }
          StringBuilder covered = new StringBuilder();
          String ranges = parts[1].substring(parts[1].indexOf(' ') + 1);
          for (String range : ranges.split(";")) {
            String[] ends = range.split(" ");
            int start = text.offsetByCodePoints(0, Integer.parseInt(ends[0]));
            int end = text.offsetByCodePoints(0, Integer.parseInt(ends[1]));
            covered.append(covered.isEmpty() ? "" : " ").append(text, start, end);
          }
          spans++;
          if (!covered.toString().equals(parts[2])) {
            mismatches.add(ann.getFileName() + ":" + (i + 1) + " " + covered + " != " + parts[2]);
          }
        }
      }
    }
    assertThat(mismatches).isEmpty();
    assertThat(spans).isGreaterThan(600);
  }

  @Test
  void theReaderFindsCompleteNonOverlappingAttributions() throws IOException {
    BratCorpus corpus = new BratReader().read(DATA);

    assertThat(corpus.problems()).isEmpty();
    assertThat(corpus.documents()).hasSizeGreaterThanOrEqualTo(15);
    int attributions = 0;
    int direct = 0;
    for (BratDocument doc : corpus.documents()) {
      int lastEnd = 0;
      for (BratAttribution a : doc.attributions()) {
        assertThat(a.source()).as(doc.name() + " " + a.id() + " source").isNotNull();
        assertThat(a.cue()).as(doc.name() + " " + a.id() + " cue").isNotNull();
        assertThat(a.content().start())
            .as(doc.name() + " " + a.id() + " overlaps the content before it")
            .isGreaterThanOrEqualTo(lastEnd);
        lastEnd = a.content().end();
        attributions++;
        direct += a.direct() ? 1 : 0;
      }
    }
    // The counts the README gives.
    assertThat(attributions).isEqualTo(207);
    assertThat(direct).isEqualTo(101);
  }
}
