package org.newsgraph.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.bench.AnalyzeBench;
import org.newsgraph.bench.ReutersSgml;
import org.newsgraph.model.CleanDocument;

/**
 * SUTime on trigger windows finds every time expression that SUTime on whole sentences finds, on
 * real news: Reuters-21578 stories and Wikinews articles from {@code ../shared/corpora}. Skipped
 * where the shared corpora are absent (a user's clone).
 */
class TimeWindowsEvalTest {

  private static final int REUTERS_STORIES = 60;
  private static final int WIKINEWS_ARTICLES = 20;

  private static Path corpus(String name) {
    return Stream.of("../shared", "../../shared", "/work/shared")
        .map(p -> Path.of(p, "corpora", name))
        .filter(Files::isDirectory)
        .findFirst()
        .orElse(null);
  }

  @Test
  void windowsLoseNoExpressionOnNews(@TempDir Path tmp) throws IOException {
    Path reuters = corpus("reuters21578");
    Path wikinews = corpus("wikinews");
    assumeTrue(reuters != null && wikinews != null, "shared corpora not present");

    Path jsonl = tmp.resolve("reuters.jsonl");
    try (OutputStream out = Files.newOutputStream(jsonl)) {
      ReutersSgml.convert(ReutersSgml.files(reuters).subList(0, 1), out);
    }
    List<CleanDocument> docs =
        new ArrayList<>(AnalyzeBench.cleanDocuments(List.of(jsonl.toString()), REUTERS_STORIES));
    docs.addAll(
        AnalyzeBench.cleanDocuments(
            List.of(wikinews.resolve("wikinews_2020.csv").toString()), WIKINEWS_ARTICLES));

    CoreNlpAnnotator annotator = new CoreNlpAnnotator();
    int expressions = 0;
    for (CleanDocument doc : docs) {
      List<TimeMention> whole = annotator.annotate(doc, false).times();
      assertThat(annotator.annotate(doc, true).times()).as(doc.source()).isEqualTo(whole);
      expressions += whole.size();
    }
    assertThat(expressions).isGreaterThan(300);
  }
}
