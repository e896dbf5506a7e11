package org.newsgraph.extract.event;

import java.util.List;
import java.util.Objects;

/**
 * One block of the verb dictionary: a header {@code --- NAME [code] ---}, the verbs that share the
 * block's patterns, and those patterns in file order.
 *
 * <p>In {@code CAMEO.2.0.txt} a block is a set of synonyms ({@code ACCELERATE}, {@code EXPEDITE},
 * {@code HASTEN}, {@code RUSH}, ...): every pattern of the block applies to every verb of it.
 *
 * @param name the name in the header, upper case ({@code ACCELERATE}, {@code LASH OUT})
 * @param code the header's code: the default code of verbs without their own
 * @param verbs the block's verbs, in file order
 * @param patterns the block's patterns, in file order
 * @param line the line of the header, from 1
 */
public record VerbBlock(
    String name, VerbCode code, List<VerbEntry> verbs, List<VerbPattern> patterns, int line) {

  /**
   * @throws NullPointerException when a part is missing
   */
  public VerbBlock {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(code, "code");
    verbs = List.copyOf(verbs);
    patterns = List.copyOf(patterns);
  }
}
