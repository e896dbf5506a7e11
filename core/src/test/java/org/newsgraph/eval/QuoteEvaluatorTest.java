package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scorer against numbers worked out by hand. Contents are spans; the text is filler. */
class QuoteEvaluatorTest {
  private static final String TEXT = "x".repeat(200);

  private static BratAttribution gold(String id, int start, int end, boolean direct, int[] source) {
    BratAnnotation content =
        new BratAnnotation(id + "c", "Content", List.of(new QuoteSpan(start, end)), "");
    BratAnnotation speaker =
        source == null
            ? null
            : new BratAnnotation(
                id + "s", "Source", List.of(new QuoteSpan(source[0], source[1])), "");
    return new BratAttribution(id, content, speaker, null, direct);
  }

  private static PredictedQuote predicted(int start, int end, boolean direct, int[] speaker) {
    return new PredictedQuote(
        start, end, direct, speaker == null ? null : new QuoteSpan(speaker[0], speaker[1]));
  }

  private static int[] at(int start, int end) {
    return new int[] {start, end};
  }

  private static QuoteEvaluation evaluate(List<BratAttribution> gold, List<PredictedQuote> found) {
    BratDocument doc = new BratDocument("doc", TEXT, gold);
    return new QuoteEvaluator().evaluate(List.of(doc), text -> found);
  }

  @Test
  void scoresContentsOneToOneAtHalfTheLongerSpanAndSpeakersOfMatches() {
    List<BratAttribution> gold =
        List.of(
            gold("G1", 10, 30, true, at(0, 5)),
            gold("G2", 40, 60, true, at(35, 38)),
            gold("G3", 70, 90, false, at(62, 66)),
            gold("G4", 100, 110, false, null));
    List<PredictedQuote> found =
        List.of(
            // 16 of 20 shared, but G1 goes to the exact prediction below: one-to-one.
            predicted(12, 28, true, null),
            predicted(10, 30, true, at(0, 5)), // exact; speaker right
            predicted(50, 70, true, at(36, 37)), // 10 of 20: exactly half matches; speaker right
            predicted(80, 100, false, at(30, 33)), // 10 of 20 with G3; speaker wrong
            predicted(100, 121, false, null)); // 10 of 21 with G4: under half

    QuoteEvaluation result = evaluate(gold, found);

    QuoteScore all = result.all();
    assertThat(all.gold()).isEqualTo(4);
    assertThat(all.predicted()).isEqualTo(5);
    assertThat(all.matched()).isEqualTo(3);
    assertThat(all.precision()).isEqualTo(0.6);
    assertThat(all.recall()).isEqualTo(0.75);
    assertThat(all.f1()).isCloseTo(2 * 0.6 * 0.75 / 1.35, within(1e-12));
    assertThat(all.speakersScored()).isEqualTo(3);
    assertThat(all.speakersRight()).isEqualTo(2);

    QuoteScore direct = result.direct();
    assertThat(direct.gold()).isEqualTo(2);
    assertThat(direct.predicted()).isEqualTo(3);
    assertThat(direct.matched()).isEqualTo(2);
    assertThat(direct.precision()).isEqualTo(2.0 / 3);
    assertThat(direct.recall()).isEqualTo(1.0);
    assertThat(direct.speakerAccuracy()).isEqualTo(1.0);
    assertThat(result.problems()).isEmpty();
    assertThat(direct.format())
        .isEqualTo(
            "quotes (direct): 2 gold, 3 predicted, P=0.667 R=1.000 F1=0.800"
                + "  speaker accuracy=1.000 (2/2)");
  }

  @Test
  void aMissingSpeakerIsWrongAndALabelWithoutSourceIsNotScored() {
    List<BratAttribution> gold =
        List.of(gold("G1", 10, 30, true, at(0, 5)), gold("G2", 40, 60, false, null));
    QuoteEvaluation result =
        evaluate(gold, List.of(predicted(10, 30, true, null), predicted(40, 60, false, at(0, 5))));

    assertThat(result.all().matched()).isEqualTo(2);
    assertThat(result.all().speakersScored()).isEqualTo(1);
    assertThat(result.all().speakersRight()).isZero();
    assertThat(result.all().speakerAccuracy()).isZero();
  }

  @Test
  void aDirectQuoteFoundAsReportedSpeechCountsOnlyInTheAllScore() {
    List<BratAttribution> gold = List.of(gold("G1", 10, 30, true, at(0, 5)));
    QuoteEvaluation result = evaluate(gold, List.of(predicted(10, 30, false, at(0, 5))));

    assertThat(result.all().matched()).isEqualTo(1);
    assertThat(result.direct().gold()).isEqualTo(1);
    assertThat(result.direct().predicted()).isZero();
    assertThat(result.direct().matched()).isZero();
    assertThat(result.direct().precision()).isZero();
    assertThat(result.direct().f1()).isZero();
  }

  @Test
  void discontinuousContentsCountSharedCharactersOverAllFragments() {
    BratAnnotation content =
        new BratAnnotation(
            "T1", "Content", List.of(new QuoteSpan(10, 20), new QuoteSpan(30, 40)), "");
    List<BratAttribution> gold = List.of(new BratAttribution("E1", content, null, null, true));

    // One span over both fragments and the attribution between them: 20 shared of 30.
    assertThat(evaluate(gold, List.of(predicted(10, 40, true, null))).all().matched()).isOne();
    // Both fragments given: all 20 shared.
    PredictedQuote both =
        new PredictedQuote(List.of(new QuoteSpan(30, 40), new QuoteSpan(10, 20)), true, null);
    assertThat(evaluate(gold, List.of(both)).all().matched()).isOne();
    // The first fragment alone: 10 of 20, exactly half.
    assertThat(evaluate(gold, List.of(predicted(10, 20, true, null))).all().matched()).isOne();
    // One character less: under half.
    assertThat(evaluate(gold, List.of(predicted(10, 19, true, null))).all().matched()).isZero();
  }

  @Test
  void nothingFoundGivesZeroPrecisionAndRecall() {
    QuoteEvaluation result = evaluate(List.of(gold("G1", 10, 30, true, at(0, 5))), List.of());
    assertThat(result.all().format())
        .isEqualTo(
            "quotes (all): 1 gold, 0 predicted, P=0.000 R=0.000 F1=0.000"
                + "  speaker accuracy=0.000 (0/0)");
  }

  @Test
  void aFailingTaggerAndOutOfRangePredictionsAreProblemsNotCrashes() {
    List<BratAttribution> gold = List.of(gold("G1", 10, 30, true, at(0, 5)));
    BratDocument doc = new BratDocument("doc", TEXT, gold);
    QuoteEvaluation failed =
        new QuoteEvaluator()
            .evaluate(
                List.of(doc),
                text -> {
                  throw new IllegalStateException("boom");
                });
    assertThat(failed.problems()).singleElement().asString().contains("doc: the tagger failed");
    assertThat(failed.all().gold()).isEqualTo(1);
    assertThat(failed.all().predicted()).isZero();

    QuoteEvaluation outside =
        evaluate(
            gold, List.of(predicted(10, 30, true, at(0, 5)), predicted(150, 201, false, null)));
    assertThat(outside.problems()).singleElement().asString().contains("reaches past the text");
    assertThat(outside.all().predicted()).isEqualTo(1);
    assertThat(outside.all().matched()).isEqualTo(1);
  }

  @Test
  void matchingStaysCheapOnManyQuotes() {
    List<BratAttribution> gold = new ArrayList<>();
    List<PredictedQuote> found = new ArrayList<>();
    for (int i = 0; i < 50_000; i++) {
      gold.add(gold("G" + i, i * 10, i * 10 + 8, i % 2 == 0, at(i * 10 + 8, i * 10 + 9)));
      found.add(predicted(i * 10 + 1, i * 10 + 9, i % 2 == 0, at(i * 10 + 8, i * 10 + 10)));
    }
    BratDocument doc = new BratDocument("big", "x".repeat(500_010), gold);
    QuoteEvaluation result = new QuoteEvaluator().evaluate(List.of(doc), text -> found);
    assertThat(result.all().matched()).isEqualTo(50_000);
    assertThat(result.all().speakersRight()).isEqualTo(50_000);
    assertThat(result.direct().matched()).isEqualTo(25_000);
  }

  @Test
  void scoresAreConsistentWithScore() {
    QuoteScore score = new QuoteScore("q", 4, 5, 3, 3, 2);
    assertThat(score.score().precision()).isEqualTo(0.6);
    assertThat(score.score().items()).isEqualTo(4);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new QuoteScore("q", 2, 5, 3, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
