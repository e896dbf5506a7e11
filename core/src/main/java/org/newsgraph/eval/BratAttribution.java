package org.newsgraph.eval;

import java.util.Objects;

/**
 * One labelled attribution: who ({@code source}) said or wrote what ({@code content}), signalled by
 * which words ({@code cue}), as linked by an {@code Attribution} event line of a BRAT file.
 *
 * @param id the event's id ({@code E1}), or the content's id when no event links it
 * @param content the attributed material; never null
 * @param source the span naming or referring to the speaker, or null when the text has none
 * @param cue the verb or phrase that signals the attribution, or null when not labelled
 * @param direct whether the content is a direct quote, by the rule of {@link QuoteMarks}
 */
public record BratAttribution(
    String id, BratAnnotation content, BratAnnotation source, BratAnnotation cue, boolean direct) {

  public BratAttribution {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(content, "content");
  }
}
