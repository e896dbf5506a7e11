package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The bundled hand-labelled set ({@code eval-data/ner/}) reads cleanly, is IOB2 as its README says,
 * and has the counts the README states.
 */
class WikinewsNerSetTest {
  private static final Path SET = Path.of("..", "eval-data", "ner", "wikinews-ner.conll");

  @Test
  void labelledSetIsWellFormedAndMatchesItsReadme() throws Exception {
    Assumptions.assumeTrue(Files.isRegularFile(SET), "eval-data/ner not beside the module");
    ConllCorpus corpus = new ConllReader().read(SET);
    assertThat(corpus.problems()).isEmpty();
    assertThat(corpus.documents()).isEqualTo(25);
    Map<String, Integer> perType = new TreeMap<>();
    for (ConllSentence s : corpus.sentences()) {
      for (ConllSpan e : s.entities()) {
        perType.merge(e.type(), 1, Integer::sum);
        assertThat(s.tags().get(e.start())).as("IOB2: entities start with B-").startsWith("B-");
      }
      assertThat(s.tags()).allMatch(t -> t.equals("O") || t.matches("[BI]-(PER|ORG|LOC|MISC)"));
    }
    // the figures in eval-data/ner/README.md: update both together
    assertThat(corpus.sentences()).hasSize(357);
    assertThat(corpus.tokens()).isEqualTo(7746);
    assertThat(perType).isEqualTo(Map.of("PER", 146, "ORG", 223, "LOC", 213, "MISC", 117));
  }
}
