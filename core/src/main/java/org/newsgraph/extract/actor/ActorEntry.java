package org.newsgraph.extract.actor;

import java.time.LocalDate;
import java.util.List;

/**
 * One record of a TABARI actor dictionary: its head phrase, where it came from, and its codes.
 *
 * <p>Which code applies on a day follows the PETRARCH dictionary documentation: the first
 * date-restricted code (in file order) whose range holds the day; else the undated (default) code;
 * else none. Without a day, the undated code; else the restricted code that applies latest (the one
 * whose range ends last, ties to the one that starts last), as the most current reading.
 *
 * <p>Immutable.
 */
final class ActorEntry {

  private final String name;
  private final ActorSource source;
  private final DatedCode[] codes;

  ActorEntry(String name, ActorSource source, List<DatedCode> codes) {
    this.name = name;
    this.source = source;
    this.codes = codes.toArray(new DatedCode[0]);
  }

  String name() {
    return name;
  }

  ActorSource source() {
    return source;
  }

  /**
   * The codes with a date range, in file order, as tenures; none when the record also has an
   * undated code (the actor is coded on any day, so its terms do not date a text).
   */
  java.util.List<Tenure> tenures() {
    java.util.List<Tenure> out = new java.util.ArrayList<>();
    for (DatedCode c : codes) {
      if (c.undated()) {
        return java.util.List.of();
      }
      out.add(
          new Tenure(
              c.code(),
              c.from() == DatedCode.OPEN_START ? null : LocalDate.ofEpochDay(c.from()),
              c.to() == DatedCode.OPEN_END ? null : LocalDate.ofEpochDay(c.to())));
    }
    return java.util.List.copyOf(out);
  }

  /** The code the record gives on any day (its undated code), or null when all are dated. */
  String undatedCode() {
    for (DatedCode c : codes) {
      if (c.undated()) {
        return c.code();
      }
    }
    return null;
  }

  /** The words of the head name, as {@link Words} splits them (upper case, accents stripped). */
  java.util.List<String> nameWords() {
    java.util.List<String> out = new java.util.ArrayList<>(3);
    Words.split(name, out);
    return out;
  }

  boolean hasDatedCode() {
    for (DatedCode c : codes) {
      if (!c.undated()) {
        return true;
      }
    }
    return false;
  }

  /** Whether one of the codes is of one of {@code countries} (their first three letters). */
  boolean codedFor(java.util.Set<String> countries) {
    for (DatedCode c : codes) {
      if (c.code() != null
          && c.code().length() >= 3
          && countries.contains(c.code().substring(0, 3))) {
        return true;
      }
    }
    return false;
  }

  /** The first date-limited code whose range holds {@code date}, or null. */
  String datedCodeOn(LocalDate date) {
    int day = (int) date.toEpochDay();
    for (DatedCode c : codes) {
      if (!c.undated() && c.covers(day)) {
        return c.code();
      }
    }
    return null;
  }

  boolean hasCodes() {
    return codes.length > 0;
  }

  /** The code on {@code date} (null: no day known), or null when none applies. */
  String codeOn(LocalDate date) {
    DatedCode undated = null;
    for (DatedCode c : codes) {
      if (c.undated()) {
        if (undated == null) {
          undated = c;
        }
      }
    }
    if (date != null) {
      int day = (int) date.toEpochDay();
      for (DatedCode c : codes) {
        if (!c.undated() && c.covers(day)) {
          return c.code();
        }
      }
      return undated == null ? null : undated.code();
    }
    if (undated != null) {
      return undated.code();
    }
    DatedCode latest = null;
    for (DatedCode c : codes) {
      if (latest == null
          || c.to() > latest.to()
          || (c.to() == latest.to() && c.from() > latest.from())) {
        latest = c;
      }
    }
    return latest == null ? null : latest.code();
  }
}
