package org.newsgraph.eval;

import java.util.List;

/**
 * One sentence of a CoNLL file: its tokens and the tag written beside each (as written: {@code
 * B-PER}, {@code I-LOC}, {@code O}...).
 *
 * @param line the 1-based line number of the sentence's first token, for messages
 */
public record ConllSentence(List<String> tokens, List<String> tags, int line) {

  /**
   * @throws IllegalArgumentException if the lists differ in length or hold null
   */
  public ConllSentence {
    tokens = List.copyOf(tokens);
    tags = List.copyOf(tags);
    if (tokens.size() != tags.size()) {
      throw new IllegalArgumentException(
          "tokens and tags differ in number: " + tokens.size() + " vs " + tags.size());
    }
  }

  /** The entities that the tags mark, in order. */
  public List<ConllSpan> entities() {
    return ConllSpan.decode(tags);
  }
}
