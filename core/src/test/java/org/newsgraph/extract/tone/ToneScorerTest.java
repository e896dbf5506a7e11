package org.newsgraph.extract.tone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ToneScorerTest {

  @Test
  void countsPositiveAndNegativeWordsAsSharesOfAllWords() {
    // 10 words: "killed" (-3) and "collapsed" (-2) negative, "hope" (2) positive.
    Tone tone =
        ToneScorer.score("The truce collapsed and ten were killed, but hope remains there.");
    assertThat(tone.words()).isEqualTo(11);
    assertThat(tone.negative()).isCloseTo(100.0 * 2 / 11, within(1e-9));
    assertThat(tone.positive()).isCloseTo(100.0 / 11, within(1e-9));
    assertThat(tone.tone()).isCloseTo(-100.0 / 11, within(1e-9));
    assertThat(tone.polarity()).isCloseTo(300.0 / 11, within(1e-9));
  }

  @Test
  void strengthDoesNotMatterOnlyTheWordCount() {
    // "good" is 3 and "help" 2 in AFINN: each counts as one positive word, as in GDELT's tone.
    assertThat(ToneScorer.score("good news").tone())
        .isEqualTo(ToneScorer.score("help news").tone())
        .isEqualTo(50.0);
  }

  @Test
  void phrasesCountOnceAndTheirWordsAreNotLookedUpAgain() {
    // "fed up" is -3 in AFINN; alone, neither word is in the list.
    Tone tone = ToneScorer.score("Voters are fed up");
    assertThat(tone.words()).isEqualTo(4);
    assertThat(tone.negative()).isEqualTo(50.0);
    assertThat(tone.positive()).isZero();
  }

  @Test
  void upperCaseTypographicApostrophesAndPronouns() {
    Tone tone = ToneScorer.score("We CAN\u2019T STAND it");
    assertThat(tone.words()).isEqualTo(4);
    assertThat(tone.negative()).isEqualTo(50.0); // "can't stand"
    assertThat(tone.selfReference()).isEqualTo(50.0); // "we", "it"
  }

  @Test
  void spansAndEmptyTexts() {
    String text = "Talks failed. Leaders welcomed the peace deal.";
    Tone second = ToneScorer.score(text, text.indexOf("Leaders"), text.length());
    assertThat(second.words()).isEqualTo(5);
    assertThat(second.tone()).isEqualTo(40.0);
    assertThat(ToneScorer.score("")).isEqualTo(Tone.NONE);
    assertThat(ToneScorer.score("... --- !!!")).isEqualTo(Tone.NONE);
    assertThat(ToneScorer.scoreSpan(text, -5, 10_000)).isEqualTo(ToneScorer.score(text));
    assertThatThrownBy(() -> ToneScorer.score(text, 5, 2))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }
}
