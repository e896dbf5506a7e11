package org.newsgraph.model;

import java.util.Objects;

/**
 * A date or time written in the text, with its normalized value; {@code dates} in the record.
 *
 * @param text the characters between {@code start} and {@code end}
 * @param value the TIMEX3 value: a day ("2013-06-02"), week ("2013-W22"), weekend ("2013-W22-WE"),
 *     month ("2013-05"), year ("2011"), decade ("199"), part of a day ("2013-06-04TMO"), a clock
 *     time ("2013-06-04T10:30"), {@code PRESENT_REF}/{@code PAST_REF}/{@code FUTURE_REF}; with
 *     {@code X} for what the text leaves open when there is no publication date to resolve against
 *     ("XXXX-WXX-7" for "Sunday", "XXXX-01" for "January"); null when it cannot be written without
 *     one ("last week" in an undated document)
 * @param start its first character in the document text
 * @param end one past its last character
 * @param type the TIMEX3 type: {@code DATE} or {@code TIME} in the record ({@code DURATION} and
 *     {@code SET} where a caller asks for all time expressions)
 */
public record DateMention(String text, String value, int start, int end, String type) {
  /**
   * @throws IllegalArgumentException if the span is empty or negative, or its length is not the
   *     text's
   */
  public DateMention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    if (start < 0 || end <= start || end - start != text.length()) {
      throw new IllegalArgumentException(
          "bad date span: " + start + ".." + end + " for \"" + text + "\"");
    }
  }
}
