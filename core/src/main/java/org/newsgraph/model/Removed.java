package org.newsgraph.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A piece of page text that the cleaner took out of the article body, kept so that users can see
 * what was dropped and why.
 *
 * @param kind why it was removed
 * @param text the removed text, as it was
 */
public record Removed(Kind kind, String text) {

  /** Why a piece was removed; written in lower case in the record. */
  public enum Kind {
    TEASER,
    NAVIGATION,
    CAPTION,
    BYLINE,
    FOOTER,
    DUPLICATE;

    /** The name used in the JSON record. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Removed {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }
}
