package org.newsgraph.eval;

import java.util.List;
import java.util.Objects;

/**
 * One attribution found by a {@link QuoteTagger}: where its content is, whether it is a direct
 * quote, and where the mention of its speaker is.
 *
 * <p>{@code direct} should be true when the content is quoted words as a whole (a direct quote, or
 * a partial quote that is the whole content of its attribution, as in {@code called it "a
 * disgrace"}), false for a reported clause; this is the rule the labels follow (see {@link
 * QuoteMarks}). A partial quote inside a reported clause is part of that clause's attribution, not
 * one of its own: reporting both counts the partial one as a false positive.
 *
 * @param content the content as one or more fragments (a quote interrupted by its attribution may
 *     be given as two fragments or as one span over both); sorted and merged on construction
 * @param speaker the text span that names or refers to the speaker (a name, "he", "the minister"),
 *     or null when none was found
 * @throws IllegalArgumentException when the content is empty
 */
public record PredictedQuote(List<QuoteSpan> content, boolean direct, QuoteSpan speaker) {

  public PredictedQuote {
    Objects.requireNonNull(content, "content");
    content = QuoteSpan.normalize(content);
    if (content.isEmpty()) {
      throw new IllegalArgumentException("a predicted quote needs a non-empty content span");
    }
  }

  /** A quote with one content span. */
  public PredictedQuote(int start, int end, boolean direct, QuoteSpan speaker) {
    this(List.of(new QuoteSpan(start, end)), direct, speaker);
  }
}
