package org.newsgraph.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One labelled sentence of the event set: its text and the events it reports, as country triples.
 *
 * @param id where the sentence comes from, unique in its set ({@code <article-slug>#<n>} in the
 *     bundled set: the article's Wikinews page name and the sentence's number, the title being 0)
 * @param published the article's publication date, or null when unknown
 * @param text the sentence as it appears in the article
 * @param events the events the sentence reports, in any order; may be empty, and may repeat a
 *     triple when the sentence reports the same kind of event twice
 */
public record EventSentence(
    String id, LocalDate published, String text, List<CountryTriple> events) {

  /**
   * @throws IllegalArgumentException if the id or text is blank, or events is null or holds null
   */
  public EventSentence {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("sentence id cannot be blank: " + id);
    }
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("sentence text cannot be blank: " + id);
    }
    if (events == null || events.stream().anyMatch(Objects::isNull)) {
      throw new IllegalArgumentException("events cannot be or hold null: " + id);
    }
    events = List.copyOf(events);
  }
}
