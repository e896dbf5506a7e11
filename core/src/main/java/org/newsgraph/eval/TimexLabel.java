package org.newsgraph.eval;

import java.util.Objects;

/**
 * One labelled TIMEX3 of a TimeML document.
 *
 * @param start its first character in the document's text
 * @param end one past its last character
 * @param text the characters between {@code start} and {@code end}
 * @param type the TIMEX3 type (DATE, TIME, DURATION, SET)
 * @param value the TIMEX3 value, or null when the label has none
 */
public record TimexLabel(int start, int end, String text, String type, String value) {
  /**
   * @throws IllegalArgumentException if the span is empty or negative
   */
  public TimexLabel {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad TIMEX3 span: " + start + ".." + end);
    }
  }
}
