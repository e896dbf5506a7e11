package org.newsgraph.model;

import java.util.Locale;

/** Where a publication date came from; {@code published_from} in the record. */
public enum DateSource {
  /** The container or page metadata: a JSONL/CSV field, a WARC header, a meta tag, JSON-LD. */
  METADATA,
  /** Written as a date in the text: "Latest update : 2013-01-14", "Date created", a dateline. */
  TEXT,
  /** Reasoned from partial dates, e.g. the year in which "Tuesday (June 4)" was a Tuesday. */
  INFERRED;

  /** The name used in the JSON record. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
