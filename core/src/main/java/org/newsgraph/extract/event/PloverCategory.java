package org.newsgraph.extract.event;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The PLOVER event type, mode and contexts that a CAMEO code maps to ({@code
 * CAMEO2PLOVER-2021.txt}, Open Event Data Alliance, CC BY-SA 4.0): {@code 0332} is {@code AGREE}
 * with the context {@code military}, {@code 042} is {@code CONSULT} in the mode {@code visit}.
 *
 * @param type the event type, upper case ({@code AGREE}, {@code ASSAULT})
 * @param mode the mode, lower case ({@code visit}, {@code release}), or null when the table gives
 *     none
 * @param contexts the contexts, lower case ({@code military}; {@code crime}, {@code corruption}),
 *     possibly none
 */
public record PloverCategory(String type, String mode, List<String> contexts) {

  /**
   * @throws IllegalArgumentException when the type is blank or a mode or context is blank
   */
  public PloverCategory {
    Objects.requireNonNull(type, "type");
    if (type.isBlank() || !type.equals(type.toUpperCase(Locale.ROOT))) {
      throw new IllegalArgumentException("a PLOVER type is upper case and not blank: " + type);
    }
    if (mode != null && mode.isBlank()) {
      throw new IllegalArgumentException("a mode is null or not blank");
    }
    contexts = List.copyOf(contexts);
    for (String c : contexts) {
      if (c.isBlank()) {
        throw new IllegalArgumentException("a context must not be blank: " + contexts);
      }
    }
  }
}
