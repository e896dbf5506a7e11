package org.newsgraph.extract.actor;

/**
 * One code of an actor entry with the days it applies on, both ends included, as epoch days; {@link
 * #OPEN_START} and {@link #OPEN_END} stand for an open end. A {@code null} code is the TABARI null
 * code {@code ---}: the phrase names something that must not be coded as an actor.
 */
record DatedCode(String code, int from, int to) {

  static final int OPEN_START = Integer.MIN_VALUE;
  static final int OPEN_END = Integer.MAX_VALUE;

  DatedCode {
    if (from > to) {
      throw new IllegalArgumentException("date range ends before it starts: " + from + " " + to);
    }
  }

  boolean covers(int epochDay) {
    return epochDay >= from && epochDay <= to;
  }

  boolean undated() {
    return from == OPEN_START && to == OPEN_END;
  }
}
