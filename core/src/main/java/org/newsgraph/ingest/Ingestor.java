package org.newsgraph.ingest;

import java.io.InputStream;
import java.util.List;

/**
 * The ingest stage's front door: reads files, folders (recursively) and stdin, and streams every
 * document found to a sink. Supports {@code .txt}, {@code .html}/{@code .htm}, {@code .jsonl},
 * {@code .csv}, {@code .warc} and {@code .warc.gz}; detects charsets.
 *
 * <p>Memory stays bounded: containers (JSONL, CSV, WARC) are streamed a record at a time.
 */
public final class Ingestor {

  /**
   * Reads all the given paths in order and streams their documents to the sink.
   *
   * @param paths files, folders, or "-" for stdin
   * @param stdin what "-" reads
   */
  public void read(List<String> paths, InputStream stdin, DocumentSink sink) {
    throw new UnsupportedOperationException("not yet written");
  }
}
