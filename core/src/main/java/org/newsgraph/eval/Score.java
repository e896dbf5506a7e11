package org.newsgraph.eval;

/**
 * Precision, recall and F1 of one evaluation run.
 *
 * @param items how many labelled items (documents, mentions, quotes...) were scored
 */
public record Score(String what, int items, double precision, double recall, double f1) {

  /** F1 as the harmonic mean of the given precision and recall (0 when both are 0). */
  public static Score of(String what, int items, double precision, double recall) {
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new Score(what, items, precision, recall, f1);
  }

  /** One line for the terminal. */
  public String format() {
    return String.format(
        java.util.Locale.ROOT,
        "%s: %d items  P=%.3f  R=%.3f  F1=%.3f",
        what,
        items,
        precision,
        recall,
        f1);
  }
}
