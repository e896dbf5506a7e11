package org.newsgraph.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * How values are written into the fields of the GDELT tables, which are tab-separated with no
 * quoting: a field must hold no tab or line break, and a value inside a list field none of the
 * list's delimiters.
 */
final class GdeltText {

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private GdeltText() {}

  /**
   * The value as one field: tabs, line breaks and other control characters become spaces; null
   * becomes the empty field.
   */
  static String field(String value) {
    return value == null ? "" : replace(value, "");
  }

  /**
   * The value as one element of a list field: as {@link #field}, and each of {@code delimiters}
   * also becomes a space, then runs of spaces are collapsed and the ends trimmed.
   */
  static String element(String value, String delimiters) {
    if (value == null) {
      return "";
    }
    return replace(value, delimiters).replaceAll(" {2,}", " ").strip();
  }

  private static String replace(String value, String delimiters) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean breaks = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
      out.append(breaks || delimiters.indexOf(c) >= 0 ? ' ' : c);
    }
    return out.toString();
  }

  /**
   * One row of a table: the fields made safe with {@link #field}, joined by tabs, ended by a line
   * feed.
   *
   * @throws IllegalStateException if the row does not have {@code columns} fields
   */
  static String line(List<String> fields, int columns) {
    if (fields.size() != columns) {
      throw new IllegalStateException(
          "a row has " + fields.size() + " fields, the table " + columns + " columns");
    }
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        line.append('\t');
      }
      line.append(field(fields.get(i)));
    }
    return line.append('\n').toString();
  }

  /** A number in plain decimal notation ("-10", "3.4", "0.0001"), never in E notation. */
  static String number(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("not a finite number: " + value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** A percentage or tone, rounded to four decimals, in plain decimal notation. */
  static String percent(double value) {
    return number(Math.round(value * 10_000) / 10_000.0);
  }

  /** A coordinate in plain decimal notation, or the empty field for none. */
  static String number(Double value) {
    return value == null ? "" : number(value.doubleValue());
  }

  /** The day as YYYYMMDD. */
  static String day(LocalDate date) {
    return date.format(DAY);
  }

  /** The start of the day as YYYYMMDDHHMMSS, or the empty field for none. */
  static String timestamp(LocalDate date) {
    return date == null ? "" : day(date) + "000000";
  }
}
