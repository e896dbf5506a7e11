package org.newsgraph.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads publication dates given by a container (a JSONL field, a CSV column).
 *
 * <p>Accepted: ISO dates ({@code 2013-01-14}, also with {@code /}), ISO date-times with any time
 * and offset ({@code 2013-01-14T09:30:00+01:00}, {@code 2013-01-14 09:30}), basic ISO dates ({@code
 * 20130114}) and RFC 1123 date-times as found in RSS ({@code Mon, 14 Jan 2013 09:30:00 GMT}). The
 * date is the calendar date as written: a time zone is not used to shift it, since the date the
 * publisher printed is the one wanted. Stateless and thread-safe.
 */
final class DateValues {

  private static final Pattern ISO_PREFIX =
      Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:$|[T ]\\d)");
  private static final Pattern BASIC = Pattern.compile("\\d{8}");

  private DateValues() {}

  /**
   * The date the value names, or null when it names none that is understood.
   *
   * @param value a non-blank date or date-time text
   */
  static LocalDate parse(String value) {
    String v = value.strip();
    Matcher m = ISO_PREFIX.matcher(v);
    try {
      if (m.lookingAt()) {
        return LocalDate.of(
            Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)));
      }
      if (BASIC.matcher(v).matches()) {
        return LocalDate.parse(v, DateTimeFormatter.BASIC_ISO_DATE);
      }
      if (v.length() > 12 && Character.isLetter(v.charAt(0))) {
        return LocalDate.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(v));
      }
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
    return null;
  }

  /** A date from a number of seconds (or, when too large for that, milliseconds) since 1970. */
  static LocalDate fromEpoch(long value) {
    // 1e11 seconds is in the year 5138; any news timestamp that large is in milliseconds.
    Instant instant =
        Math.abs(value) >= 100_000_000_000L
            ? Instant.ofEpochMilli(value)
            : Instant.ofEpochSecond(value);
    return LocalDate.ofInstant(instant, ZoneOffset.UTC);
  }
}
