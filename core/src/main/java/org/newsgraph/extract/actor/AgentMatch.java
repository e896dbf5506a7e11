package org.newsgraph.extract.actor;

import java.util.Objects;

/**
 * A role word or phrase found at a token ("defense minister", "rebels", "army"), with the CAMEO
 * agent code it adds to an actor.
 *
 * @param length how many of the caller's tokens the phrase covers, at least 1
 * @param phrase the dictionary phrase that matched, words separated by blanks
 * @param code the bare agent code, e.g. {@code GOV}, {@code GOVMIL}, {@code MIL}, {@code REB},
 *     {@code OPP}, {@code IGO}
 * @param prefix true when the code goes before the actor's code (the dictionary's {@code IGO~}),
 *     false when it goes after it (the usual {@code ~GOV})
 */
public record AgentMatch(int length, String phrase, String code, boolean prefix) {

  public AgentMatch {
    if (length < 1) {
      throw new IllegalArgumentException("length must be at least 1: " + length);
    }
    Objects.requireNonNull(phrase, "phrase");
    if (code == null || code.isEmpty()) {
      throw new IllegalArgumentException("code must not be empty: " + code);
    }
  }

  /**
   * Composes this agent with an actor code as PETRARCH does: {@code FRA} with {@code ~GOV} gives
   * {@code FRAGOV}, {@code FRA} with {@code IGO~} gives {@code IGOFRA}. The agent is not added
   * twice: when the actor code already holds it as one of its three-letter parts after the first
   * ({@code FRAGOV} with {@code ~GOV} stays {@code FRAGOV}), or starts with it for a prefix; and
   * when the actor code ends with the agent's first parts, only the rest is added ({@code FRAGOV}
   * with {@code ~GOVMIL} gives {@code FRAGOVMIL}). With no actor code (null or blank), the agent
   * code alone.
   */
  public String composeWith(String actorCode) {
    if (actorCode == null || actorCode.isBlank()) {
      return code;
    }
    String actor = actorCode.strip();
    if (prefix) {
      return actor.startsWith(code) ? actor : code + actor;
    }
    for (int i = 3; i + code.length() <= actor.length(); i += 3) {
      if (actor.startsWith(code, i)) {
        return actor;
      }
    }
    for (int k = code.length() - 3; k >= 3; k -= 3) {
      int at = actor.length() - k;
      if (at >= 3 && at % 3 == 0 && actor.regionMatches(at, code, 0, k)) {
        return actor + code.substring(k);
      }
    }
    return actor + code;
  }
}
