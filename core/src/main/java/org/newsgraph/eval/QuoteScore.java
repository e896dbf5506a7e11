package org.newsgraph.eval;

import java.util.Locale;

/**
 * Counts and measures of one quote evaluation (direct quotes, or all attributions).
 *
 * @param what what was scored, such as {@code quotes (direct)}
 * @param gold labelled attributions
 * @param predicted attributions the tagger found
 * @param matched pairs of a prediction and a label whose contents overlap enough (one-to-one)
 * @param speakersScored matched pairs whose label has a source
 * @param speakersRight of those, pairs whose predicted speaker mention overlaps the source
 * @throws IllegalArgumentException when the counts contradict each other
 */
public record QuoteScore(
    String what, int gold, int predicted, int matched, int speakersScored, int speakersRight) {

  public QuoteScore {
    if (matched < 0
        || matched > gold
        || matched > predicted
        || speakersScored < 0
        || speakersScored > matched
        || speakersRight < 0
        || speakersRight > speakersScored) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "inconsistent counts: gold %d predicted %d matched %d speakers %d/%d",
              gold,
              predicted,
              matched,
              speakersRight,
              speakersScored));
    }
  }

  /** Matched among predicted (0 when nothing was predicted). */
  public double precision() {
    return predicted == 0 ? 0 : (double) matched / predicted;
  }

  /** Matched among labelled (0 when nothing is labelled). */
  public double recall() {
    return gold == 0 ? 0 : (double) matched / gold;
  }

  /** Harmonic mean of precision and recall. */
  public double f1() {
    return score().f1();
  }

  /** Right speakers among matched attributions whose label has a source (0 when none). */
  public double speakerAccuracy() {
    return speakersScored == 0 ? 0 : (double) speakersRight / speakersScored;
  }

  /** Precision, recall and F1 in the form the other evaluations report. */
  public Score score() {
    return Score.of(what, gold, precision(), recall());
  }

  /** One line for the terminal. */
  public String format() {
    return String.format(
        Locale.ROOT,
        "%s: %d gold, %d predicted, P=%.3f R=%.3f F1=%.3f  speaker accuracy=%.3f (%d/%d)",
        what,
        gold,
        predicted,
        precision(),
        recall(),
        f1(),
        speakerAccuracy(),
        speakersRight,
        speakersScored);
  }
}
