package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The bundled hand-labelled event set ({@code eval-data/events/}) reads cleanly and has the counts
 * its README states.
 */
class WikinewsEventSetTest {
  private static final Path SET = Path.of("..", "eval-data", "events", "wikinews-events.jsonl");

  @Test
  void labelledSetIsWellFormedAndMatchesItsReadme() throws Exception {
    Assumptions.assumeTrue(Files.isRegularFile(SET), "eval-data/events not beside the module");
    EventGold gold = new EventGoldReader().read(SET);
    assertThat(gold.problems()).isEmpty();
    assertThat(gold.sentences()).hasSizeGreaterThanOrEqualTo(300);
    assertThat(gold.triples()).isGreaterThanOrEqualTo(150);

    Map<String, Integer> perRoot = new TreeMap<>();
    Set<String> articles = new HashSet<>();
    int withEvents = 0;
    for (EventSentence s : gold.sentences()) {
      assertThat(s.published()).as(s.id()).isNotNull();
      assertThat(s.id()).matches("[^#\\s]+#\\d+");
      articles.add(s.id().substring(0, s.id().indexOf('#')));
      if (!s.events().isEmpty()) {
        withEvents++;
      }
      for (CountryTriple t : s.events()) {
        assertThat(t.domestic()).as("only events between two countries: %s", s.id()).isFalse();
        perRoot.merge(t.root(), 1, Integer::sum);
      }
    }
    // the figures in eval-data/events/README.md: update both together
    assertThat(gold.sentences()).hasSize(501);
    assertThat(articles).hasSize(156);
    assertThat(withEvents).isEqualTo(108);
    assertThat(gold.triples()).isEqualTo(172);
    assertThat(perRoot)
        .containsExactlyEntriesOf(
            new TreeMap<>(
                Map.ofEntries(
                    Map.entry("01", 13),
                    Map.entry("02", 10),
                    Map.entry("03", 8),
                    Map.entry("04", 32),
                    Map.entry("05", 27),
                    Map.entry("06", 10),
                    Map.entry("07", 2),
                    Map.entry("08", 3),
                    Map.entry("10", 4),
                    Map.entry("11", 27),
                    Map.entry("12", 4),
                    Map.entry("13", 2),
                    Map.entry("14", 1),
                    Map.entry("16", 13),
                    Map.entry("17", 3),
                    Map.entry("18", 3),
                    Map.entry("19", 10))));
  }

  @Test
  void aPerfectCoderScoresOneAndASilentOneZero() throws Exception {
    Assumptions.assumeTrue(Files.isRegularFile(SET), "eval-data/events not beside the module");
    EventGold gold = new EventGoldReader().read(SET);
    EventEvaluator evaluator = EventEvaluator.betweenCountries();
    EventEvaluator.Report perfect = evaluator.evaluate(gold.sentences(), EventSentence::events);
    assertThat(perfect.triples().score().f1()).isEqualTo(1.0);
    assertThat(perfect.ignoredGold()).isZero();
    EventEvaluator.Report silent =
        evaluator.evaluate(gold.sentences(), sentence -> java.util.List.of());
    assertThat(silent.misses()).hasSize(172);
    assertThat(silent.triples().recall()).isZero();
  }
}
