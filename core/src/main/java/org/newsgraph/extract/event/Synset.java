package org.newsgraph.extract.event;

import java.util.List;
import java.util.Objects;

/**
 * A synonym set of the verb dictionary ({@code &CURRENCY} with members {@code +DOLLAR}, {@code
 * +EURO}, ...), referred to from patterns and other synsets by {@link PatternElement.SynsetRef}.
 *
 * <p>Each member is one element: a {@link PatternElement.Word}, a {@link PatternElement.SynsetRef}
 * (a set nested in another, {@code +&TIETYPES}), or a {@link PatternElement.Joined} phrase of
 * several words ({@code +AUSTRIAN FLORIN}, {@code +ARMED_FORCES}: blank and {@code _} both join).
 *
 * @param name the name without {@code &} and without a trailing {@code _}
 * @param members the members in file order
 * @param line the line of the {@code &NAME} line, from 1
 */
public record Synset(String name, List<PatternElement> members, int line) {

  /**
   * @throws IllegalArgumentException when the name is blank or a member is a slot or a phrase group
   */
  public Synset {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a synset name must not be blank");
    }
    members = List.copyOf(members);
    for (PatternElement m : members) {
      if (!(m instanceof PatternElement.Word
          || m instanceof PatternElement.SynsetRef
          || m instanceof PatternElement.Joined)) {
        throw new IllegalArgumentException("a synset member is a word or a phrase: " + m);
      }
    }
  }
}
