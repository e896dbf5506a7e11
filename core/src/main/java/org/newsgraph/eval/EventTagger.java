package org.newsgraph.eval;

import java.util.List;

/**
 * An event coder under evaluation, reduced to what the event set labels: given a sentence, the
 * events it reports as (source country, target country, CAMEO root code) triples.
 *
 * <p>A coder that codes whole documents is adapted by coding each sentence's text on its own (with
 * its publication date, if it needs one) and keeping the events whose source and target both have a
 * country; a full CAMEO code becomes its root with {@link CountryTriple#rootOf}. A tagger is called
 * from one thread, one sentence at a time, in the order of the labelled set.
 */
@FunctionalInterface
public interface EventTagger {

  /**
   * Codes one sentence.
   *
   * @param sentence the labelled sentence; only its id, text and date may be used
   * @return the events found, in any order, a triple repeated for each time it was found; never
   *     null
   */
  List<CountryTriple> code(EventSentence sentence);
}
