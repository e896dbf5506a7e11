package org.newsgraph.extract.event;

import java.util.Objects;

/**
 * One event that the coder found in a sentence: who did what to whom, and which dictionary entry
 * said so.
 *
 * @param source who acts
 * @param target to whom
 * @param code the CAMEO event code, as the verb dictionary gives it
 * @param verb the index of the verb token the event hangs on
 * @param rule the dictionary line that fired: the pattern as written ({@code - * (TO BORDER)
 *     [154]}), or the verb and its code when no pattern matched ({@code HELP [070]})
 */
public record CodedEvent(CodedActor source, CodedActor target, String code, int verb, String rule) {

  /**
   * @throws NullPointerException when a part is missing
   */
  public CodedEvent {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(rule, "rule");
  }
}
