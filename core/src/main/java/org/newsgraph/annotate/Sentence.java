package org.newsgraph.annotate;

import java.util.List;
import java.util.Objects;

/**
 * One sentence of an annotated text.
 *
 * @param index its position among the document's sentences, from 0
 * @param start its first character in the document text
 * @param end one past its last character
 * @param tokens its tokens, in order, never empty
 * @param parse its dependency parse over {@code tokens}, {@link DependencyParse#NONE} when the
 *     parser did not run (see {@link CoreNlpAnnotator.Options#dependencies()}) or left the sentence
 *     out (too long)
 */
public record Sentence(int index, int start, int end, List<Token> tokens, DependencyParse parse) {

  /**
   * @throws IllegalArgumentException if there are no tokens, or the parse names a token that is not
   *     there
   */
  public Sentence {
    tokens = List.copyOf(tokens);
    Objects.requireNonNull(parse, "parse");
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException("a sentence has tokens");
    }
    if (parse.maxIndex() >= tokens.size()) {
      throw new IllegalArgumentException(
          "the parse names token "
              + parse.maxIndex()
              + " of a sentence of "
              + tokens.size()
              + " tokens");
    }
  }

  /** A sentence without a dependency parse. */
  public Sentence(int index, int start, int end, List<Token> tokens) {
    this(index, start, end, tokens, DependencyParse.NONE);
  }

  /** This sentence with the given parse. */
  public Sentence withParse(DependencyParse parse) {
    return new Sentence(index, start, end, tokens, parse);
  }
}
