package org.newsgraph.extract.actor;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One date-limited code of a dictionary actor: the days on which the actor held that role, as the
 * dictionary gives them ({@code [USAGOV 090120-170120]}, {@code [FRAGOV >120515]}).
 *
 * @param code the CAMEO code of the role ("USAGOV"), or null for the TABARI null code
 * @param from the first day, or null when the range is open at the start ({@code <170120})
 * @param to the last day, or null when the range is open at the end ({@code >120515}: the
 *     dictionary was still current then, so the role may have ended since)
 */
public record Tenure(String code, LocalDate from, LocalDate to) {
  /**
   * @throws IllegalArgumentException if both ends are open (an undated code is no tenure) or the
   *     range ends before it starts
   */
  public Tenure {
    if (from == null && to == null) {
      throw new IllegalArgumentException("a tenure has at least one end: " + code);
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("tenure ends before it starts: " + from + " " + to);
    }
  }

  /** Whether the day lies in the range (open ends included). */
  public boolean covers(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
  }
}
