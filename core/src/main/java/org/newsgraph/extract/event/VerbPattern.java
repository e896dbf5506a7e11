package org.newsgraph.extract.event;

import java.util.List;
import java.util.Objects;

/**
 * One pattern of a verb block: what must stand before and after the block's verb for the pattern's
 * code to apply, e.g. {@code - * (TO BORDER) [154]} or {@code - + WAS_ * TO_ ^ FROM $ [174]}.
 *
 * <p>{@code before} holds the elements written before the verb ({@code *}), in text order (the one
 * nearest the verb last); {@code after} those written after it, nearest first. An element joined to
 * the verb by {@code _} ({@code FAILED_TO_*}, {@code *_UP}) must stand right next to it: {@code
 * verbJoinedBefore} and {@code verbJoinedAfter} say so.
 *
 * @param block the name of the verb block the pattern belongs to
 * @param before the elements before the verb
 * @param verbJoinedBefore true when the last element of {@code before} is joined to the verb by
 *     {@code _}
 * @param after the elements after the verb
 * @param verbJoinedAfter true when the first element of {@code after} is joined to the verb by
 *     {@code _}
 * @param code the code the pattern gives ({@link VerbCode#NONE} for a pattern that blocks coding)
 * @param rule the pattern line as written, its comment removed and runs of blanks made one, for the
 *     event record's {@code rule} field
 * @param comment the line's comment without its {@code #} (in {@code CAMEO.2.0.txt}, the verb the
 *     pattern was first written for and coder notes), or an empty string
 * @param line the line of the dictionary, from 1
 */
public record VerbPattern(
    String block,
    List<PatternElement> before,
    boolean verbJoinedBefore,
    List<PatternElement> after,
    boolean verbJoinedAfter,
    VerbCode code,
    String rule,
    String comment,
    int line) {

  /**
   * @throws IllegalArgumentException when a part is missing, or a verb join is claimed on an empty
   *     side
   */
  public VerbPattern {
    Objects.requireNonNull(block, "block");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(comment, "comment");
    before = List.copyOf(before);
    after = List.copyOf(after);
    if ((verbJoinedBefore && before.isEmpty()) || (verbJoinedAfter && after.isEmpty())) {
      throw new IllegalArgumentException("the verb is joined to nothing: " + rule);
    }
  }

  /** The number of elements, slots included; a rough measure of how specific the pattern is. */
  public int size() {
    return before.size() + after.size();
  }
}
