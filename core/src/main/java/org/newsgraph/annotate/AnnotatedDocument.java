package org.newsgraph.annotate;

import java.util.List;
import java.util.Objects;
import org.newsgraph.model.CleanDocument;

/**
 * A clean document with its linguistic annotation: what the annotate stage hands to the extractors.
 * All offsets are Java string indices into {@code document.text()}.
 *
 * @param document the document annotated
 * @param sentences its sentences, in order
 * @param mentions the names found, in text order
 * @param times the time expressions found, in text order
 */
public record AnnotatedDocument(
    CleanDocument document,
    List<Sentence> sentences,
    List<NamedMention> mentions,
    List<TimeMention> times) {
  public AnnotatedDocument {
    Objects.requireNonNull(document, "document");
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
    times = List.copyOf(times);
  }

  /** The document text, which all offsets index. */
  public String text() {
    return document.text();
  }
}
