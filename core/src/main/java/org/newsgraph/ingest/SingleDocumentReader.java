package org.newsgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.newsgraph.model.RawDocument;
import org.newsgraph.model.RawDocument.Format;

/**
 * Reads a whole input as one document: {@code .txt} files (format TEXT) and {@code .html}/{@code
 * .htm} pages (format HTML, charset declarations honoured). The two differ only in those two
 * points, hence one class.
 *
 * <p>At most the configured limit is read; binary content (see {@link CharsetDetector#looksBinary})
 * is not decoded but reported with its size. Stateless apart from its settings; thread-safe.
 */
final class SingleDocumentReader {

  private static final int SNIFF = 8192;

  private final Format format;
  private final int limit;

  SingleDocumentReader(Format format, int limit) {
    this.format = format;
    this.limit = limit;
  }

  /**
   * Reads {@code in} (not closed) as one document named {@code source}.
   *
   * @param sizeHint the input's size if known, else -1
   */
  void read(String source, InputStream in, long sizeHint, DocumentSink sink) {
    byte[] head = new byte[Math.min(SNIFF, limit + 1)];
    int n = 0;
    IOException error = null;
    try {
      for (int r; n < head.length && (r = in.read(head, n, head.length - n)) >= 0; ) {
        n += r;
      }
    } catch (IOException e) {
      error = e;
    }
    if (n == 0 && error != null) {
      sink.failed(source, "cannot read: " + Reasons.of(error));
      return;
    }
    head = Arrays.copyOf(head, n);
    if (CharsetDetector.looksBinary(head, n)) {
      long size = error == null ? n + BoundedBytes.drain(in) : n;
      sink.accept(document(source, "", List.of("binary content, not text (" + size + " bytes)")));
      return;
    }
    BoundedBytes bytes =
        error == null
            ? BoundedBytes.read(in, head, limit, sizeHint)
            : new BoundedBytes(head, n, false, error);
    List<String> problems = new ArrayList<>();
    CharsetDetector.Decoded decoded =
        format == Format.HTML
            ? CharsetDetector.decodeHtml(bytes.data(), bytes.length(), null)
            : CharsetDetector.decodeText(bytes.data(), bytes.length());
    String content = decoded.text();
    if (content.isBlank()) {
      content = "";
      problems.add("empty document");
    } else if (decoded.problem() != null) {
      problems.add(decoded.problem());
    }
    if (bytes.truncated()) {
      problems.add(BoundedBytes.tooLargeProblem(limit));
    }
    if (bytes.error() != null) {
      problems.add(
          "truncated or corrupt input after "
              + bytes.length()
              + " bytes: "
              + Reasons.of(bytes.error()));
    }
    sink.accept(document(source, content, problems));
  }

  private RawDocument document(String source, String content, List<String> problems) {
    return new RawDocument(source, null, null, null, format, content, problems);
  }
}
