package org.newsgraph.eval;

import java.util.Locale;

/**
 * Counts of one kind of item in an evaluation (an entity type, all triples, the triples of one root
 * code): how many the gold data has, how many the tagger answered, how many of those matched.
 *
 * @param what what was counted: an entity type, {@code "overall"}, {@code "triples"}, a root code
 * @param gold items in the gold data
 * @param predicted items the tagger answered
 * @param correct predicted items matched with gold ones
 */
public record Counts(String what, int gold, int predicted, int correct) {

  /**
   * @throws IllegalArgumentException if a count is negative or correct exceeds gold or predicted
   */
  public Counts {
    if (what == null || what.isBlank()) {
      throw new IllegalArgumentException("counts need a name: " + what);
    }
    if (gold < 0 || predicted < 0 || correct < 0 || correct > gold || correct > predicted) {
      throw new IllegalArgumentException(
          "inconsistent counts: gold "
              + gold
              + ", predicted "
              + predicted
              + ", correct "
              + correct);
    }
  }

  /** Correct over predicted; 0 when nothing was predicted. */
  public double precision() {
    return predicted == 0 ? 0 : (double) correct / predicted;
  }

  /** Correct over gold; 0 when there is nothing in the gold data. */
  public double recall() {
    return gold == 0 ? 0 : (double) correct / gold;
  }

  /** As a {@link Score} whose items are the gold items. */
  public Score score() {
    return Score.of(what, gold, precision(), recall());
  }

  /** The header of a table of counts, {@code first} naming the first column ("type", "root"). */
  public static String header(String first) {
    return String.format(
        Locale.ROOT,
        "%-8s %6s %6s %7s %7s %7s %7s%n",
        first,
        "gold",
        "pred",
        "correct",
        "P",
        "R",
        "F1");
  }

  /**
   * This row of a table of counts: name, gold, predicted, correct, P, R, F1 (see {@link #header}).
   */
  public String row() {
    Score s = score();
    return String.format(
        Locale.ROOT,
        "%-8s %6d %6d %7d %7.3f %7.3f %7.3f%n",
        what,
        gold,
        predicted,
        correct,
        s.precision(),
        s.recall(),
        s.f1());
  }
}
