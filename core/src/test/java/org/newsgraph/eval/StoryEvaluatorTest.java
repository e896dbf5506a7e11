package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.eval.StoryEvaluator.Placed;
import org.newsgraph.eval.StoryEvaluator.Report;

/** B-cubed and pair scores of story clustering, worked by hand. */
class StoryEvaluatorTest {
  private static final Path SET = Path.of("..", "eval-data", "stories", "stories.tsv");

  private static Placed placed(String key, String gold, String predicted) {
    return new Placed(key, gold, predicted, 2019);
  }

  @Test
  void scoresASplitStoryAndAWrongMerge() {
    // Labelled: a, b, c one story, d alone, e unplaced. Predicted: {a, b}, {c, d}, {e}.
    List<Placed> placed =
        List.of(
            placed("a", "x", "1"),
            placed("b", "x", "1"),
            placed("c", "x", "2"),
            placed("d", "-", "2"),
            placed("e", "?", "3"));
    Report r = new StoryEvaluator().evaluate("all", placed, p -> true);
    assertThat(r.documents()).isEqualTo(4);
    // a, b: P 2/2, R 2/3; c: P 1/2, R 1/3; d: P 1/2, R 1/1.
    assertThat(r.bcubed().precision()).isCloseTo(0.75, within(1e-9));
    assertThat(r.bcubed().recall()).isCloseTo((2 / 3.0 + 2 / 3.0 + 1 / 3.0 + 1) / 4, within(1e-9));
    // Pairs: labelled ab ac bc, predicted ab cd, both ab.
    assertThat(r.pairs().gold()).isEqualTo(3);
    assertThat(r.pairs().predicted()).isEqualTo(2);
    assertThat(r.pairs().correct()).isEqualTo(1);
  }

  @Test
  void documentsAloneAreNotOneStory() {
    List<Placed> placed = List.of(placed("a", "-", "1"), placed("b", "-", "1"));
    Report r = new StoryEvaluator().evaluate("all", placed, p -> true);
    assertThat(r.bcubed().precision()).isCloseTo(0.5, within(1e-9));
    assertThat(r.bcubed().recall()).isCloseTo(1.0, within(1e-9));
    assertThat(r.pairs().predicted()).isEqualTo(1);
    assertThat(r.pairs().correct()).isZero();
  }

  @Test
  void readsLabelsAndRejectsRepeatedKeys(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("s.tsv");
    Files.writeString(file, "# comment\nhttps://a\tx\t2019-01-01\ttitle\nseeds/b.txt\t-\n");
    assertThat(StoryEvaluator.read(file).stories())
        .containsExactly(Map.entry("https://a", "x"), Map.entry("seeds/b.txt", "-"));
    Files.writeString(file, "k\tx\nk\ty\n");
    assertThatThrownBy(() -> StoryEvaluator.read(file)).hasMessageContaining("repeated key k");
    Files.writeString(file, "k only\n");
    assertThatThrownBy(() -> StoryEvaluator.read(file)).hasMessageContaining("s.tsv:1");
  }

  @Test
  void theBundledGroupingMatchesItsReadme() throws Exception {
    Assumptions.assumeTrue(Files.isRegularFile(SET), "eval-data/stories not beside the module");
    Map<String, String> stories = StoryEvaluator.read(SET).stories();
    // the counts in eval-data/stories/README.md: update both together
    assertThat(stories).hasSize(300);
    Map<String, Integer> sizes = new HashMap<>();
    stories.values().forEach(s -> sizes.merge(s, 1, Integer::sum));
    assertThat(sizes.get("-")).isEqualTo(190);
    assertThat(sizes.get("?")).isEqualTo(6);
    assertThat(sizes.keySet().stream().filter(s -> !s.equals("-") && !s.equals("?"))).hasSize(21);
    assertThat(sizes.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(300);
  }
}
