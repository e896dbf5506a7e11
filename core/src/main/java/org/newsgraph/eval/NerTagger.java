package org.newsgraph.eval;

import java.util.List;

/**
 * A named-entity tagger under evaluation: given tokenized sentences, one CoNLL class per token.
 *
 * <p>The expected answer is a bare class per token — {@code PER}, {@code ORG}, {@code LOC}, {@code
 * MISC} or {@code O} — and entities are read as maximal runs of one class. Such a tagger cannot
 * separate two entities of the same type that touch ("gave [Mary] [Tom's] book" in IOB terms), so
 * they are scored as one predicted entity: one false positive and two false negatives where the
 * gold data separates them. {@link NerEvaluator} counts how often that happens in the gold data,
 * which bounds the loss. A tagger that knows entity boundaries may answer with IOB or BIOES tags
 * ({@code B-PER}) instead; they are decoded the same way as the gold tags.
 *
 * <p>Implementations need not be thread-safe; the evaluator calls one from one thread.
 */
@FunctionalInterface
public interface NerTagger {

  /**
   * Tags sentences.
   *
   * @param sentences tokens of each sentence, already tokenized; not to be modified
   * @return for each sentence, one tag per token, in the same order and number
   */
  List<List<String>> tag(List<List<String>> sentences);
}
