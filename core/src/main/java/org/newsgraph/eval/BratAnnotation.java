package org.newsgraph.eval;

import java.util.List;
import java.util.Objects;

/**
 * A text-bound annotation of a BRAT standoff file ({@code T1\tSource 10 20\tthe minister}).
 *
 * @param id the annotation's id, such as {@code T1}
 * @param type its type, such as {@code Source}, {@code Cue} or {@code Content}
 * @param spans where it is, in Java string offsets into the document's text; sorted, merged and
 *     never empty (a discontinuous annotation has several)
 * @param text the text it covers, fragments joined by a space as BRAT writes them
 * @throws IllegalArgumentException when there is no non-empty span
 */
public record BratAnnotation(String id, String type, List<QuoteSpan> spans, String text) {

  public BratAnnotation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    spans = QuoteSpan.normalize(spans);
    if (spans.isEmpty()) {
      throw new IllegalArgumentException("annotation " + id + " covers no text");
    }
  }

  /** Offset of the first character covered. */
  public int start() {
    return spans.get(0).start();
  }

  /** Offset after the last character covered. */
  public int end() {
    return spans.get(spans.size() - 1).end();
  }
}
