package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scorer against figures counted by hand. */
class NerEvaluatorTest {
  private final NerEvaluator evaluator = new NerEvaluator();

  private static ConllSentence sentence(String tokens, String tags) {
    return new ConllSentence(List.of(tokens.split(" ")), List.of(tags.split(" ")), 1);
  }

  /** Answers fixed tags for each sentence, in order. */
  private static NerTagger answering(String... tags) {
    return sentences -> {
      assertThat(sentences).hasSize(tags.length);
      List<List<String>> out = new ArrayList<>();
      for (String t : tags) {
        out.add(List.of(t.split(" ")));
      }
      return out;
    };
  }

  private static final ConllSentence MERKEL =
      sentence("Angela Merkel met Macron in Paris .", "B-PER I-PER O B-PER O B-LOC O");
  private static final ConllSentence BANK =
      sentence("The Bank of England raised rates", "O B-ORG I-ORG I-ORG O O");

  private static Map<String, Counts> byType(NerEvaluator.Report report) {
    Map<String, Counts> map = new java.util.HashMap<>();
    report.types().forEach(c -> map.put(c.what(), c));
    return map;
  }

  @Test
  void perfectAnswerScoresOne() {
    NerEvaluator.Report report =
        evaluator.evaluate(
            List.of(MERKEL, BANK), answering("PER PER O PER O LOC O", "O ORG ORG ORG O O"));
    assertThat(report.overall()).isEqualTo(new Counts("overall", 4, 4, 4));
    assertThat(report.overall().score().f1()).isEqualTo(1.0);
    assertThat(report.sentences()).isEqualTo(2);
    assertThat(report.tokens()).isEqualTo(13);
    assertThat(report.tokensCorrect()).isEqualTo(13);
    assertThat(report.types()).extracting(Counts::what).containsExactly("LOC", "ORG", "PER");
  }

  @Test
  void missingEntityLowersRecallOnly() {
    // Macron missed: 3 of 4 gold found, nothing wrong proposed
    NerEvaluator.Report report =
        evaluator.evaluate(
            List.of(MERKEL, BANK), answering("PER PER O O O LOC O", "O ORG ORG ORG O O"));
    assertThat(report.overall()).isEqualTo(new Counts("overall", 4, 3, 3));
    assertThat(report.overall().precision()).isEqualTo(1.0);
    assertThat(report.overall().recall()).isEqualTo(0.75);
    assertThat(report.overall().score().f1()).isCloseTo(6.0 / 7, within(1e-9));
    assertThat(byType(report).get("PER")).isEqualTo(new Counts("PER", 2, 1, 1));
    assertThat(report.tokensCorrect()).isEqualTo(12);
  }

  @Test
  void wrongTypeIsBothAFalsePositiveAndAFalseNegative() {
    NerEvaluator.Report report =
        evaluator.evaluate(List.of(MERKEL), answering("PER PER O PER O ORG O"));
    assertThat(report.overall()).isEqualTo(new Counts("overall", 3, 3, 2));
    assertThat(byType(report).get("LOC")).isEqualTo(new Counts("LOC", 1, 0, 0));
    assertThat(byType(report).get("ORG")).isEqualTo(new Counts("ORG", 0, 1, 0));
    assertThat(byType(report).get("LOC").precision()).isZero();
    assertThat(byType(report).get("ORG").recall()).isZero();
    assertThat(report.overall().score().f1()).isCloseTo(2.0 / 3, within(1e-9));
  }

  @Test
  void boundaryErrorsCountAsWrongEitherWay() {
    // too short ("Bank") and too long ("The Bank of England")
    NerEvaluator.Report shorter = evaluator.evaluate(List.of(BANK), answering("O ORG O O O O"));
    assertThat(shorter.overall()).isEqualTo(new Counts("overall", 1, 1, 0));
    assertThat(shorter.tokensCorrect()).isEqualTo(4);
    NerEvaluator.Report longer =
        evaluator.evaluate(List.of(BANK), answering("ORG ORG ORG ORG O O"));
    assertThat(longer.overall()).isEqualTo(new Counts("overall", 1, 1, 0));
    assertThat(longer.overall().score().f1()).isZero();
  }

  @Test
  void adjacentEntitiesOfOneTypeMergeInABareClassAnswer() {
    ConllSentence adjacent =
        sentence("Dutch voters gave Rutte Wilders nothing", "B-MISC O O B-PER B-PER O");
    NerEvaluator.Report bare =
        evaluator.evaluate(List.of(adjacent), answering("MISC O O PER PER O"));
    // MISC right; "Rutte Wilders" one predicted PER, matching neither gold PER
    assertThat(bare.overall()).isEqualTo(new Counts("overall", 3, 2, 1));
    assertThat(bare.adjacentSameType()).isEqualTo(1);
    assertThat(bare.tokensCorrect()).isEqualTo(6);
    assertThat(bare.overall().precision()).isEqualTo(0.5);
    assertThat(bare.overall().recall()).isCloseTo(1.0 / 3, within(1e-9));
    // a tagger that answers IOB tags can keep them apart
    NerEvaluator.Report iob =
        evaluator.evaluate(List.of(adjacent), answering("B-MISC O O B-PER B-PER O"));
    assertThat(iob.overall()).isEqualTo(new Counts("overall", 3, 3, 3));
  }

  @Test
  void nothingPredictedScoresZeroNotNaN() {
    NerEvaluator.Report report =
        evaluator.evaluate(List.of(MERKEL, BANK), answering("O O O O O O O", "O O O O O O"));
    assertThat(report.overall()).isEqualTo(new Counts("overall", 4, 0, 0));
    assertThat(report.format())
        .startsWith("ner: 2 sentences, 4 gold entities")
        .contains("overall P=0.000 R=0.000 F1=0.000");
  }

  @Test
  void formatShowsOneRowPerTypeAndTheOverallLine() {
    String text =
        evaluator
            .evaluate(List.of(MERKEL, BANK), answering("PER PER O O O LOC O", "O ORG ORG ORG O O"))
            .format();
    assertThat(text.lines())
        .anySatisfy(
            l -> assertThat(l).matches("PER\\s+2\\s+1\\s+1\\s+1\\.000\\s+0\\.500\\s+0\\.667"))
        .anySatisfy(
            l -> assertThat(l).matches("LOC\\s+1\\s+1\\s+1\\s+1\\.000\\s+1\\.000\\s+1\\.000"));
    assertThat(text).endsWith("overall P=1.000 R=0.750 F1=0.857" + System.lineSeparator());
  }

  @Test
  void taggerAnswersOfTheWrongShapeAreRejected() {
    assertThatThrownBy(() -> evaluator.evaluate(List.of(MERKEL), sentences -> List.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("0 sentences for 1");
    assertThatThrownBy(() -> evaluator.evaluate(List.of(MERKEL), answering("O O")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("2 tags for a sentence of 7 tokens");
    assertThatThrownBy(() -> evaluator.evaluate(List.of(MERKEL), answering("O O O O O O ?")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'?'");
  }

  @Test
  void largeInputsAreTaggedInBatches() {
    List<ConllSentence> many = new ArrayList<>();
    for (int i = 0; i < 2500; i++) {
      many.add(BANK);
    }
    List<Integer> batchSizes = new ArrayList<>();
    NerTagger echo =
        sentences -> {
          batchSizes.add(sentences.size());
          return sentences.stream().map(s -> List.of("O", "ORG", "ORG", "ORG", "O", "O")).toList();
        };
    NerEvaluator.Report report = evaluator.evaluate(many, echo);
    assertThat(batchSizes).containsExactly(1000, 1000, 500);
    assertThat(report.overall()).isEqualTo(new Counts("overall", 2500, 2500, 2500));
  }

  @Test
  void countsMustBeConsistent() {
    assertThatThrownBy(() -> new Counts("PER", 1, 1, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("inconsistent counts");
  }
}
