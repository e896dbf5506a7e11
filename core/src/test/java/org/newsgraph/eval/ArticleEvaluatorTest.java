package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleEvaluatorTest {

  @Test
  void tokensAreWordRunsWithCaseKept() {
    assertThat(ArticleEvaluator.tokenize("Le Drian's visit — état_1, 2013!"))
        .containsExactly("Le", "Drian", "s", "visit", "état_1", "2013");
    assertThat(ArticleEvaluator.tokenize("")).isEmpty();
  }

  @Test
  void shinglesAreCountedFourTokensAtATime() {
    assertThat(ArticleEvaluator.shingles("a b c d e"))
        .isEqualTo(Map.of("a b c d", 1, "b c d e", 1));
    assertThat(ArticleEvaluator.shingles("a b")).isEqualTo(Map.of("a b", 1));
    assertThat(ArticleEvaluator.shingles("x x x x x x")).isEqualTo(Map.of("x x x x", 3));
    assertThat(ArticleEvaluator.shingles(" ... ")).isEmpty();
  }

  @Test
  void precisionAndRecallOfOneDocument() {
    // truth: 3 shingles; prediction: the same 3 plus 2 extra ("d e f X", "e f X Y")
    double[] pr = ArticleEvaluator.precisionRecall("a b c d e f", "a b c d e f X Y");
    assertThat(pr[0]).isCloseTo(3.0 / 5, within(1e-9));
    assertThat(pr[1]).isCloseTo(1.0, within(1e-9));

    double[] missing = ArticleEvaluator.precisionRecall("a b c d e f", "a b c d");
    assertThat(missing[0]).isEqualTo(1.0);
    assertThat(missing[1]).isCloseTo(1.0 / 3, within(1e-9));

    double[] nothing = ArticleEvaluator.precisionRecall("a b c d", "");
    assertThat(nothing[0]).isNaN();
    assertThat(nothing[1]).isEqualTo(0.0);

    double[] bothEmpty = ArticleEvaluator.precisionRecall("", "");
    assertThat(bothEmpty[0]).isNaN();
    assertThat(bothEmpty[1]).isNaN();
  }

  @Test
  void meansLeaveUndefinedFiguresOut() {
    Score s =
        ArticleEvaluator.summarize(
            List.of(
                new ArticleEvaluator.DocumentScore("a", 1.0, 0.5),
                new ArticleEvaluator.DocumentScore("b", Double.NaN, 0.0),
                new ArticleEvaluator.DocumentScore("c", 0.5, 1.0)));
    assertThat(s.items()).isEqualTo(3);
    assertThat(s.precision()).isCloseTo(0.75, within(1e-9));
    assertThat(s.recall()).isCloseTo(0.5, within(1e-9));
    assertThat(s.f1()).isCloseTo(0.6, within(1e-9));
  }

  @Test
  void decodesDeclaredCharset() {
    byte[] latin =
        "<meta charset='windows-1252'><p>caf\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(ArticleEvaluator.decode(latin)).contains("café");
    byte[] utf8 = "<p>caf\u00e9</p>".getBytes(StandardCharsets.UTF_8);
    assertThat(ArticleEvaluator.decode(utf8)).contains("café");
  }

  @Test
  void rejectsFolderThatIsNotABenchmark(@TempDir Path dir) {
    assertThatThrownBy(() -> new ArticleEvaluator().evaluate(dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(dir.toString());
  }

  @Test
  void scoresATinyBenchmark(@TempDir Path dir) throws IOException {
    String body =
        "The minister said on Monday that France would send more troops, aircraft and supplies"
            + " to the region, adding that the operation would last as long as necessary.";
    Files.createDirectories(dir.resolve("html"));
    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(dir.resolve("html/one.html.gz")))) {
      out.write(
          ("<html><body><nav><a href='/'>Home</a></nav><div><p>" + body + "</p></div></body>")
              .getBytes(StandardCharsets.UTF_8));
    }
    Files.writeString(
        dir.resolve("ground-truth.json"),
        "{\"one\": {\"articleBody\": \""
            + body
            + "\", \"url\": \"https://x.example/1\"},"
            + " \"two\": {\"articleBody\": \"missing page text here\", \"url\": null}}");
    Score s = new ArticleEvaluator().evaluate(dir);
    assertThat(s.items()).isEqualTo(2);
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isCloseTo(0.5, within(1e-9));
  }

  /** The quality floor on the real benchmark, when the shared data is there. */
  @Test
  void benchmarkF1AtLeast095() throws IOException {
    Path bench = findBenchmark();
    Assumptions.assumeTrue(bench != null, "benchmark folder not found; skipped");
    Score s = new ArticleEvaluator().evaluate(bench);
    System.out.println(s.format());
    assertThat(s.items()).isGreaterThanOrEqualTo(100);
    assertThat(s.f1()).isGreaterThanOrEqualTo(0.95);
  }

  private static Path findBenchmark() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("shared/benchmarks/article-extraction");
      if (Files.isRegularFile(candidate.resolve("ground-truth.json"))) {
        return candidate;
      }
    }
    return null;
  }
}
