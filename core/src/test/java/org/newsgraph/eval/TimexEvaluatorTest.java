package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.DateMention;

/** TempEval-3's extent and value scores on a document small enough to count by hand. */
class TimexEvaluatorTest {

  // "He left on Sunday for three days, last week."
  private static final String TEXT = "He left on Sunday for three days, last week.";
  private static final TimeMlDocument DOC =
      new TimeMlDocument(
          "d",
          LocalDate.of(2013, 6, 4),
          TEXT,
          List.of(
              new TimexLabel(11, 17, "Sunday", "DATE", "2013-06-02"),
              new TimexLabel(22, 32, "three days", "DURATION", "P3D"),
              new TimexLabel(34, 43, "last week", "DATE", "2013-W22")));

  @Test
  void scoresExtentsStrictAndRelaxedAndValues() {
    TimexTagger tagger =
        (text, dct) ->
            List.of(
                new DateMention("on Sunday", "2013-06-09", 8, 17, "DATE"), // overlaps, wrong
                new DateMention("three days", "P3D", 22, 32, "DURATION"), // exact, right
                new DateMention("He", "PRESENT_REF", 0, 2, "DATE")); // false alarm
    TimexEvaluation e = new TimexEvaluator().evaluate(List.of(DOC), tagger);
    assertThat(e.labels()).isEqualTo(3);
    assertThat(e.found()).isEqualTo(3);
    assertThat(e.strict()).isEqualTo(1);
    assertThat(e.relaxed()).isEqualTo(2);
    assertThat(e.rightValue()).isEqualTo(1);
    assertThat(e.strictExtent().f1()).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(e.relaxedExtent().precision()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(e.relaxedExtent().recall()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(e.valueAccuracy()).isCloseTo(0.5, within(1e-9));
    // value F1 = value accuracy x relaxed F1
    assertThat(e.value().f1()).isCloseTo(e.valueAccuracy() * e.relaxedExtent().f1(), within(1e-9));
    assertThat(e.errors())
        .anyMatch(l -> l.contains("missed \"last week\""))
        .anyMatch(l -> l.contains("false alarm \"He\""))
        .anyMatch(l -> l.contains("value \"Sunday\" 2013-06-09 for 2013-06-02"));
  }

  @Test
  void eachLabelMatchesOnce() {
    TimexTagger tagger =
        (text, dct) ->
            List.of(
                new DateMention("Sun", "2013-06-02", 11, 14, "DATE"),
                new DateMention("day", "2013-06-02", 14, 17, "DATE"));
    TimexEvaluation e = new TimexEvaluator().evaluate(List.of(DOC), tagger);
    assertThat(e.relaxed()).isEqualTo(1);
    assertThat(e.found()).isEqualTo(2);
  }

  @Test
  void nothingFoundScoresZeroWithoutDividingByZero() {
    TimexEvaluation e = new TimexEvaluator().evaluate(List.of(DOC), (text, dct) -> List.of());
    assertThat(e.value().f1()).isZero();
    assertThat(e.valueAccuracy()).isZero();
    assertThat(e.format()).hasSize(4);
  }
}
