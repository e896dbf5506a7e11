package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.RawDocument;

/** A sink that keeps what it is given, in order, for assertions. */
final class RecordingSink implements DocumentSink {

  /** One failure report. */
  record Failure(String source, String message) {}

  final List<RawDocument> documents = new ArrayList<>();
  final List<Failure> failures = new ArrayList<>();

  /** Documents and failures interleaved as "doc:SOURCE" and "failed:SOURCE", to check order. */
  final List<String> events = new ArrayList<>();

  @Override
  public void accept(RawDocument document) {
    documents.add(document);
    events.add("doc:" + document.source());
  }

  @Override
  public void failed(String source, String message) {
    failures.add(new Failure(source, message));
    events.add("failed:" + source);
  }

  RawDocument only() {
    if (documents.size() != 1 || !failures.isEmpty()) {
      throw new AssertionError("expected one document, got " + documents + " and " + failures);
    }
    return documents.get(0);
  }
}
