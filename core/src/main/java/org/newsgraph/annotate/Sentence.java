package org.newsgraph.annotate;

import java.util.List;

/**
 * One sentence of an annotated text.
 *
 * @param index its position among the document's sentences, from 0
 * @param start its first character in the document text
 * @param end one past its last character
 * @param tokens its tokens, in order, never empty
 */
public record Sentence(int index, int start, int end, List<Token> tokens) {
  public Sentence {
    tokens = List.copyOf(tokens);
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException("a sentence has tokens");
    }
  }
}
