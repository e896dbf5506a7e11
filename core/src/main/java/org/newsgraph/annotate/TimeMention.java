package org.newsgraph.annotate;

import java.util.Objects;

/**
 * A time expression found by the annotator, normalized against the document's publication date when
 * there is one.
 *
 * @param start its first character in the document text
 * @param end one past its last character
 * @param text the characters between {@code start} and {@code end}
 * @param type the TIMEX3 type: {@code DATE}, {@code TIME}, {@code DURATION} or {@code SET}
 * @param value the TIMEX3 value ("2013-06-02", "2013-W22", "XXXX-06-04", "P3D"), or null when the
 *     annotator gave none
 * @param sentence the index of its sentence
 */
public record TimeMention(
    int start, int end, String text, String type, String value, int sentence) {
  public TimeMention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
  }
}
