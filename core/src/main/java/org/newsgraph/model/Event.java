package org.newsgraph.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Who did what to whom: one CAMEO-coded event of a document, with the sentence that reports it.
 *
 * @param source who acts
 * @param target to whom
 * @param cameo the CAMEO event code ("0332")
 * @param root its two-digit root ("03")
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
 *     conflict
 * @param goldstein the Goldstein value of the code, -10 to 10
 * @param ploverType the PLOVER event type ("AGREE"), or null when the code has none
 * @param ploverMode the PLOVER mode ("military"), or null
 * @param date the day of the event: the sentence's own date, else the publication date; null when
 *     neither is known
 * @param place where it happened when the sentence names a place, else null
 * @param sentence the characters of the first sentence that reports it
 * @param rule the dictionary pattern that fired, as written
 * @param count how many times the document reports the same (source, target, code)
 */
public record Event(
    EventActor source,
    EventActor target,
    String cameo,
    String root,
    int quadClass,
    double goldstein,
    String ploverType,
    String ploverMode,
    LocalDate date,
    EventPlace place,
    Mention sentence,
    String rule,
    int count) {

  /**
   * @throws IllegalArgumentException when the count is below 1 or the quad class outside 1..4
   */
  public Event {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(cameo, "cameo");
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(rule, "rule");
    if (count < 1 || quadClass < 1 || quadClass > 4) {
      throw new IllegalArgumentException("bad event: count " + count + ", quad class " + quadClass);
    }
  }

  /** The same event reported once more. */
  public Event counted() {
    return new Event(
        source,
        target,
        cameo,
        root,
        quadClass,
        goldstein,
        ploverType,
        ploverMode,
        date,
        place,
        sentence,
        rule,
        count + 1);
  }
}
