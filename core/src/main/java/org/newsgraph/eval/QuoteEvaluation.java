package org.newsgraph.eval;

import java.util.List;
import java.util.Objects;

/**
 * The result of scoring a {@link QuoteTagger} on labelled documents.
 *
 * @param documents how many documents were scored
 * @param direct scores over direct quotes only (labels and predictions flagged direct)
 * @param all scores over all attributions, direct or not
 * @param problems documents the tagger failed on, predictions outside the text: one line each
 */
public record QuoteEvaluation(
    int documents, QuoteScore direct, QuoteScore all, List<String> problems) {

  public QuoteEvaluation {
    Objects.requireNonNull(direct, "direct");
    Objects.requireNonNull(all, "all");
    problems = List.copyOf(problems);
  }
}
