package org.newsgraph.extract.event;

import java.util.Objects;

/**
 * An actor of a coded event: where it stands in its sentence and its CAMEO code.
 *
 * @param start the first token of the words that name it (the actor phrase and its role words)
 * @param end one past the last such token
 * @param head the head token of its noun phrase
 * @param code the composed CAMEO code: the actor's code with the agent codes of its role words
 *     ({@code FRA} and "troops" give {@code FRAMIL}); {@code ---} stands in front of an agent code
 *     with no actor ({@code ---GOV} for "officials")
 */
public record CodedActor(int start, int end, int head, String code) {

  /**
   * @throws IllegalArgumentException when the range is empty or negative, or the code blank
   */
  public CodedActor {
    Objects.requireNonNull(code, "code");
    if (start < 0 || end <= start || code.isBlank()) {
      throw new IllegalArgumentException("bad actor: " + start + ".." + end + " " + code);
    }
  }

  /**
   * The code's first three letters: the actor without its roles ({@code FRA} of {@code FRAMIL}).
   */
  public String actorPart() {
    return code.length() <= 3 ? code : code.substring(0, 3);
  }

  /** Whether the code names who the actor is, not only its role ({@code ---GOV} does not). */
  public boolean isIdentified() {
    return !code.startsWith("---");
  }
}
