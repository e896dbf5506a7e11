package org.newsgraph.extract.event;

import java.util.Objects;

/**
 * Where a discard phrase was found in a sentence's tokens.
 *
 * @param discard the phrase
 * @param start the index of the first token of the match
 * @param end one past the index of the last token of the match
 */
public record DiscardMatch(Discard discard, int start, int end) {

  /**
   * @throws IllegalArgumentException when the span is empty or negative
   */
  public DiscardMatch {
    Objects.requireNonNull(discard, "discard");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad token span: " + start + ".." + end);
    }
  }
}
