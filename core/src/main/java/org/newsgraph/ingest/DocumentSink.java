package org.newsgraph.ingest;

import org.newsgraph.model.RawDocument;

/** Receives what the readers find, in input order. Called from the reading thread only. */
public interface DocumentSink {

  /** One document, possibly carrying problems met while reading it. */
  void accept(RawDocument document);

  /**
   * A source, or the rest of a source, that could not be read: missing, unreadable, not a supported
   * format, or an archive cut short after some of its documents were accepted (a truncated {@code
   * .warc.gz}).
   *
   * @param source the path or "-" for stdin
   * @param message what went wrong, one line, for a user (no stack trace)
   */
  void failed(String source, String message);
}
