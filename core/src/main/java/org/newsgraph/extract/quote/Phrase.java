package org.newsgraph.extract.quote;

/**
 * A noun phrase that may name a speaker, as token indices into {@link TextTokens}.
 *
 * @param first its first token
 * @param end one past its last token
 * @param head the token that heads it ("official" in "a French presidential official of the
 *     ministry")
 * @param appositive the phrase set beside it between commas ("Mali's interim president, Dioncounda
 *     Traore, said"), or null
 */
record Phrase(int first, int end, int head, Phrase appositive) {
  Phrase {
    if (!(first <= head && head < end)) {
      throw new IllegalArgumentException("bad phrase: " + first + " " + head + " " + end);
    }
  }

  Phrase(int first, int end, int head) {
    this(first, end, head, null);
  }
}
