package org.newsgraph.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A TimeML document: the plain text of its {@code <TEXT>} element, its labelled time expressions
 * and its document creation time.
 *
 * @param name the file it was read from
 * @param creationTime the document creation time (the date of the {@code
 *     functionInDocument="CREATION_TIME"} TIMEX3), or null when the file gives none
 * @param text the text, tags removed, entities decoded
 * @param timexes the TIMEX3 labels inside the text, in text order, with offsets into {@code text}
 */
public record TimeMlDocument(
    String name, LocalDate creationTime, String text, List<TimexLabel> timexes) {
  /**
   * @throws IllegalArgumentException if a label lies outside the text
   */
  public TimeMlDocument {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    timexes = List.copyOf(timexes);
    for (TimexLabel t : timexes) {
      if (t.end() > text.length()) {
        throw new IllegalArgumentException(
            "TIMEX3 " + t.start() + ".." + t.end() + " beyond a text of " + text.length());
      }
    }
  }
}
