package org.newsgraph.eval;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One {@code <Sentence>} record of a PETRARCH validation or sample file.
 *
 * @param id the record's id ({@code DEMO-01}, {@code AFP0808010092-5})
 * @param category its category ({@code DEMO}, {@code COMPOUND}, ...), or null where the file gives
 *     none (the GigaWord sample)
 * @param date its date (the {@code date} attribute, {@code yyyyMMdd}): the day the actor
 *     dictionaries' date-limited codes are read at
 * @param valid the {@code sentence} attribute (the RNG schema's {@code valid}): false marks a
 *     record of a feature the PETRARCH authors left unimplemented ("14.04.26: currently not
 *     implemented"); the {@code valid} keyword of {@code <Include>} leaves such records out
 * @param source the {@code source} attribute (news agency), or null
 * @param text the sentence text, whitespace runs (the file's hard line breaks) made single spaces;
 *     the parse tree's words joined by spaces where the file gives a parse and an empty text
 * @param parse the {@code <Parse>} tree as written (Penn brackets, any layout), or null if absent
 * @param expected what the record expects: events, none, an error, or nothing stated
 * @param events the expected events, in file order; empty unless {@code expected} is {@link
 *     Expected#EVENTS}
 * @param error the expected error ({@code dateline}, {@code bad_input_parse}, {@code storydiscard},
 *     {@code sentencediscard}) when {@code expected} is {@link Expected#ERROR}, else null
 * @param config the {@code <Config>} options in force for this record (those of the {@code
 *     <Environment>}, then every {@code <Config>} element before the record, a later value
 *     replacing an earlier one), option name to value as written, sorted by name
 */
public record PetrarchRecord(
    String id,
    String category,
    LocalDate date,
    boolean valid,
    String source,
    String text,
    String parse,
    Expected expected,
    List<PetrarchEvent> events,
    String error,
    Map<String, String> config) {

  /** What a record expects the coder to do. */
  public enum Expected {
    /** Code the listed events, and only those. */
    EVENTS,
    /** Code nothing ({@code <EventCoding noevents="True">}). */
    NO_EVENTS,
    /** Report an error and code nothing ({@code <EventCoding error="...">}). */
    ERROR,
    /** The record says nothing (no {@code <EventCoding>}): PETRARCH checks it codes nothing. */
    UNSTATED
  }

  /**
   * @throws NullPointerException if id, date, text, expected, events or config is null
   * @throws IllegalArgumentException if the events or error do not agree with {@code expected}
   */
  public PetrarchRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(expected, "expected");
    events = List.copyOf(events);
    config = Collections.unmodifiableMap(new TreeMap<>(config));
    if ((expected == Expected.EVENTS) == events.isEmpty()) {
      throw new IllegalArgumentException(
          "events are listed exactly when expected is EVENTS: " + expected + " " + events);
    }
    if ((expected == Expected.ERROR) != (error != null)) {
      throw new IllegalArgumentException(
          "error is set exactly when expected is ERROR: " + expected + " " + error);
    }
  }

  /** Whether the record expects no events at all (none stated, none coded, or an error). */
  public boolean expectsNoEvents() {
    return expected != Expected.EVENTS;
  }
}
