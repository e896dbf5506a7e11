package org.newsgraph.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.newsgraph.model.RawDocument;

/**
 * A document as read from its file, with its place in the input, in a form Spark can ship between
 * nodes; or a source nothing could be read from ({@code failure} set, no document).
 *
 * @param file the file's position in the input list
 * @param doc the document's position in its file
 */
record RawInput(
    int file,
    int doc,
    String source,
    String url,
    String title,
    String published,
    String format,
    String content,
    List<String> problems,
    String failure)
    implements Serializable {

  RawInput {
    problems = problems == null ? List.of() : List.copyOf(problems);
  }

  static RawInput of(int file, int doc, RawDocument d) {
    return new RawInput(
        file,
        doc,
        d.source(),
        d.url(),
        d.title(),
        d.published() == null ? null : d.published().toString(),
        d.format().name(),
        d.content(),
        d.problems(),
        null);
  }

  static RawInput failed(int file, int doc, String source, String message) {
    return new RawInput(file, doc, source, null, null, null, null, null, List.of(), message);
  }

  RawDocument document() {
    return new RawDocument(
        source,
        url,
        title,
        published == null ? null : LocalDate.parse(published),
        RawDocument.Format.valueOf(format),
        content,
        problems);
  }
}
