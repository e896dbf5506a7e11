package org.newsgraph.eval;

import java.util.List;

/**
 * What {@code newsgraph eval quotes} scores: a function from a document's text to the attributions
 * found in it.
 *
 * <p>Implementations must annotate the text exactly as given (no cleaning, no trimming), so that
 * the offsets they return are offsets into that same string, as the labels are. A tagger is called
 * from one thread at a time.
 */
@FunctionalInterface
public interface QuoteTagger {

  /**
   * The attributions (quotes, reported speech) found in the text.
   *
   * @param text a whole document, as read from its {@code .txt} file
   * @return the predictions, in any order; never null
   */
  List<PredictedQuote> tag(String text);
}
