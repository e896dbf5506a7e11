package org.newsgraph.extract.actor;

import java.util.Objects;

/**
 * A dictionary actor found at a token.
 *
 * @param length how many of the caller's tokens the phrase covers, at least 1
 * @param name the record's primary phrase, as the dictionary spells it (upper case, words separated
 *     by blanks), e.g. {@code UNITED ARAB EMIRATES}; the same for all its synonyms, so it serves as
 *     a canonical key
 * @param code the CAMEO actor code valid on the date asked about (e.g. {@code ARE}, {@code USAGOV},
 *     {@code IGOWSTNAT}), or null when none applies then or the dictionary gives the null code
 *     {@code ---} (a phrase known not to be an actor, such as "Indian Ocean")
 * @param source the dictionary the record comes from
 */
public record ActorMatch(int length, String name, String code, ActorSource source) {

  public ActorMatch {
    if (length < 1) {
      throw new IllegalArgumentException("length must be at least 1: " + length);
    }
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
  }
}
