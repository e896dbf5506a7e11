package org.newsgraph.eval;

import java.util.Objects;

/**
 * One event a PETRARCH validation record expects, as written in its {@code <EventCoding>} element.
 *
 * <p>Codes are kept as written. Most are actor codes ({@code ARN}, {@code DAGGOV}, {@code
 * USAGOVELI}); a code in double quotes ({@code "INJURY TOLL"}) is the text of an actor that no
 * dictionary codes, which PETRARCH reports when {@code new_actor_length} allows; {@code ---GOV} is
 * an agent with no country, {@code ###} an actor PETRARCH could not code.
 *
 * @param source the source actor's code
 * @param target the target actor's code
 * @param code the CAMEO event code ({@code 064}, {@code 0233})
 */
public record PetrarchEvent(String source, String target, String code) {

  /**
   * @throws NullPointerException if a code is null
   */
  public PetrarchEvent {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(code, "code");
  }

  /** Whether a code is an uncoded actor's text in double quotes ({@code "INJURY TOLL"}). */
  public static boolean isText(String code) {
    return code.length() >= 2 && code.startsWith("\"") && code.endsWith("\"");
  }

  @Override
  public String toString() {
    return source + " " + target + " " + code;
  }
}
