package org.newsgraph.model;

import java.util.Objects;

/**
 * The source or target of an event.
 *
 * @param text the words of the sentence that name it ("French troops")
 * @param code its CAMEO actor code, with agent codes for its role ("FRAMIL")
 * @param entity the id of the record's entity it is, or null when it is none of them
 */
public record EventActor(String text, String code, String entity) {
  public EventActor {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(code, "code");
  }
}
