package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.eval.EventEvaluator.Mismatch;
import org.newsgraph.eval.EventEvaluator.Report;

class EventEvaluatorTest {

  private static CountryTriple t(String source, String target, String root) {
    return new CountryTriple(source, target, root);
  }

  private static EventSentence s(String id, CountryTriple... events) {
    return new EventSentence(id, null, "text of " + id, List.of(events));
  }

  private static final List<EventSentence> GOLD =
      List.of(
          s("s1", t("FRA", "LBY", "03"), t("FRA", "LBY", "03"), t("USA", "IRN", "11")),
          s("s2"),
          s("s3", t("RUS", "UKR", "19"), t("GBR", "RUS", "12")),
          s("s4", t("CHN", "USA", "01")));

  private static final Map<String, List<CountryTriple>> ANSWERS =
      Map.of(
          "s1",
          List.of(
              t("FRA", "LBY", "03"),
              t("FRA", "LBY", "04"),
              t("IRN", "USA", "11"),
              t("USA", "IRN", "11")),
          "s2",
          List.of(t("DEU", "FRA", "05")),
          "s3",
          List.of(),
          "s4",
          List.of(t("CHN", "USA", "01"), t("USA", "USA", "17")));

  private static final EventTagger TAGGER = sentence -> ANSWERS.get(sentence.id());

  @Test
  void triplesAreMatchedAsMultisetsPerSentence() {
    Report r = EventEvaluator.allTriples().evaluate(GOLD, TAGGER);
    assertThat(r.sentences()).isEqualTo(4);
    assertThat(r.triples()).isEqualTo(new Counts("triples", 6, 7, 3));
    assertThat(r.triples().precision()).isEqualTo(3.0 / 7);
    assertThat(r.triples().recall()).isEqualTo(0.5);
    assertThat(r.triples().score().f1())
        .isCloseTo(2 * (3.0 / 7) * 0.5 / (3.0 / 7 + 0.5), within(1e-12));
    assertThat(r.dyads()).isEqualTo(new Counts("dyads", 6, 7, 4));
    assertThat(r.rootAccuracyGivenDyad()).isEqualTo(0.75);
    assertThat(r.roots())
        .containsExactly(
            new Counts("01", 1, 1, 1),
            new Counts("03", 2, 1, 1),
            new Counts("04", 0, 1, 0),
            new Counts("05", 0, 1, 0),
            new Counts("11", 1, 2, 1),
            new Counts("12", 1, 0, 0),
            new Counts("17", 0, 1, 0),
            new Counts("19", 1, 0, 0));
    assertThat(r.misses())
        .containsExactly(
            new Mismatch("s1", "text of s1", t("FRA", "LBY", "03")),
            new Mismatch("s3", "text of s3", t("RUS", "UKR", "19")),
            new Mismatch("s3", "text of s3", t("GBR", "RUS", "12")));
    assertThat(r.falseAlarms())
        .containsExactly(
            new Mismatch("s1", "text of s1", t("FRA", "LBY", "04")),
            new Mismatch("s1", "text of s1", t("IRN", "USA", "11")),
            new Mismatch("s2", "text of s2", t("DEU", "FRA", "05")),
            new Mismatch("s4", "text of s4", t("USA", "USA", "17")));
    assertThat(r.ignoredGold()).isZero();
    assertThat(r.ignoredPredicted()).isZero();
  }

  @Test
  void betweenCountriesIgnoresDomesticTriplesOnBothSides() {
    List<EventSentence> gold = new ArrayList<>(GOLD);
    gold.add(s("s5", t("GBR", "GBR", "14"), t("GBR", "IRL", "04")));
    EventTagger tagger =
        sentence ->
            sentence.id().equals("s5") ? List.of(t("GBR", "IRL", "04")) : TAGGER.code(sentence);
    Report r = EventEvaluator.betweenCountries().evaluate(gold, tagger);
    assertThat(r.triples()).isEqualTo(new Counts("triples", 7, 7, 4));
    assertThat(r.dyads()).isEqualTo(new Counts("dyads", 7, 7, 5));
    assertThat(r.rootAccuracyGivenDyad()).isEqualTo(0.8);
    assertThat(r.ignoredGold()).isEqualTo(1);
    assertThat(r.ignoredPredicted()).isEqualTo(1);
    assertThat(r.roots()).extracting(Counts::what).doesNotContain("14", "17");
    assertThat(r.falseAlarms()).extracting(Mismatch::triple).doesNotContain(t("USA", "USA", "17"));
    assertThat(r.misses()).extracting(Mismatch::triple).doesNotContain(t("GBR", "GBR", "14"));
    assertThat(r.format()).contains("domestic triples ignored: 1 gold, 1 predicted");
  }

  @Test
  void rightDyadWrongRootCountsForTheDyadOnly() {
    Report r =
        EventEvaluator.allTriples()
            .evaluate(
                List.of(s("a", t("FRA", "LBY", "03")), s("b", t("FRA", "LBY", "03"))),
                sentence -> List.of(t("FRA", "LBY", "04")));
    assertThat(r.triples()).isEqualTo(new Counts("triples", 2, 2, 0));
    assertThat(r.dyads()).isEqualTo(new Counts("dyads", 2, 2, 2));
    assertThat(r.rootAccuracyGivenDyad()).isZero();
    assertThat(r.triples().score().f1()).isZero();
  }

  @Test
  void aPerfectTaggerAndAnEmptyOne() {
    Report perfect = EventEvaluator.allTriples().evaluate(GOLD, EventSentence::events);
    assertThat(perfect.triples()).isEqualTo(new Counts("triples", 6, 6, 6));
    assertThat(perfect.triples().score().f1()).isEqualTo(1.0);
    assertThat(perfect.rootAccuracyGivenDyad()).isEqualTo(1.0);
    assertThat(perfect.misses()).isEmpty();
    assertThat(perfect.falseAlarms()).isEmpty();

    Report silent = EventEvaluator.allTriples().evaluate(GOLD, sentence -> List.of());
    assertThat(silent.triples()).isEqualTo(new Counts("triples", 6, 0, 0));
    assertThat(silent.triples().precision()).isZero();
    assertThat(silent.misses()).hasSize(6);

    Report none = EventEvaluator.allTriples().evaluate(List.of(), sentence -> List.of());
    assertThat(none.sentences()).isZero();
    assertThat(none.roots()).isEmpty();
    assertThat(none.rootAccuracyGivenDyad()).isZero();
  }

  @Test
  void formatShowsEveryRootAndTheTotals() {
    String table = EventEvaluator.allTriples().evaluate(GOLD, TAGGER).format();
    assertThat(table)
        .startsWith("events: 4 sentences, 6 gold triples, 7 predicted")
        .contains("03            2      1       1   1.000   0.500   0.667")
        .contains("dyads         6      7       4   0.571   0.667   0.615")
        .contains("triples       6      7       3   0.429   0.500   0.462")
        .contains("root given dyad 0.750")
        .doesNotContain("domestic");
  }

  @Test
  void strictAboutArgumentsAndTaggerAnswers() {
    EventEvaluator evaluator = EventEvaluator.allTriples();
    assertThatThrownBy(() -> evaluator.evaluate(null, TAGGER))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> evaluator.evaluate(GOLD, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> evaluator.evaluate(GOLD, sentence -> null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("tagger answered null for sentence s1");
    List<CountryTriple> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(() -> evaluator.evaluate(GOLD, sentence -> withNull))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("holding null");
    assertThatThrownBy(() -> new Counts("x", 1, 1, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Counts("x", -1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
