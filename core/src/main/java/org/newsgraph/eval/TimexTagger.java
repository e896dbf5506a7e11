package org.newsgraph.eval;

import java.time.LocalDate;
import java.util.List;
import org.newsgraph.model.DateMention;

/** What a TimeML evaluation scores: the time expressions a system finds in a plain text. */
@FunctionalInterface
public interface TimexTagger {
  /**
   * The time expressions of a text, each with its span, type and value.
   *
   * @param text the document text
   * @param creationTime the document creation time to resolve against, or null
   */
  List<DateMention> tag(String text, LocalDate creationTime);
}
