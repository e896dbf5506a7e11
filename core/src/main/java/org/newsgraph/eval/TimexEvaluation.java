package org.newsgraph.eval;

import java.util.List;
import java.util.Locale;

/**
 * The scores of a TimeML evaluation, as TempEval-3 defines them.
 *
 * <ul>
 *   <li><b>Extent, strict</b>: a found expression counts when its span is exactly a labelled one.
 *   <li><b>Extent, relaxed</b>: when it overlaps a labelled one (each label matched once).
 *   <li><b>Value accuracy</b>: among the relaxed matches, the share whose value is the label's.
 *   <li><b>Value F1</b>: precision = right values / expressions found, recall = right values /
 *       labels; equal to value accuracy times the relaxed extent F1. TempEval-3's headline figure.
 *   <li><b>Type accuracy</b>: among the relaxed matches, the share whose TIMEX3 type is the
 *       label's.
 * </ul>
 *
 * @param documents documents scored
 * @param labels labelled expressions
 * @param found expressions the system found
 * @param strict found expressions whose span is exactly a label's
 * @param relaxed found expressions matched to an overlapping label
 * @param rightValue relaxed matches with the label's value
 * @param rightType relaxed matches with the label's type
 * @param errors one line per miss, false alarm and wrong value, for reading
 */
public record TimexEvaluation(
    int documents,
    int labels,
    int found,
    int strict,
    int relaxed,
    int rightValue,
    int rightType,
    List<String> errors) {

  public TimexEvaluation {
    errors = List.copyOf(errors);
  }

  /** Strict extent precision, recall and F1. */
  public Score strictExtent() {
    return Score.of("extent strict", labels, ratio(strict, found), ratio(strict, labels));
  }

  /** Relaxed extent precision, recall and F1. */
  public Score relaxedExtent() {
    return Score.of("extent relaxed", labels, ratio(relaxed, found), ratio(relaxed, labels));
  }

  /** Value precision, recall and F1 (TempEval-3's value F1). */
  public Score value() {
    return Score.of("value", labels, ratio(rightValue, found), ratio(rightValue, labels));
  }

  /** Share of relaxed matches with the right value. */
  public double valueAccuracy() {
    return ratio(rightValue, relaxed);
  }

  /** Share of relaxed matches with the right type. */
  public double typeAccuracy() {
    return ratio(rightType, relaxed);
  }

  /** The report lines. */
  public List<String> format() {
    return List.of(
        strictExtent().format(),
        relaxedExtent().format(),
        value().format(),
        String.format(
            Locale.ROOT,
            "value accuracy: %.3f (%d of %d matched)  type accuracy: %.3f",
            valueAccuracy(),
            rightValue,
            relaxed,
            typeAccuracy()));
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }
}
