package org.newsgraph.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.newsgraph.model.CleanDocument;
import org.newsgraph.model.Removed;

/**
 * Writes document records as JSON Lines, one record per line, fields in the order of the record
 * format in DESIGN.md.
 *
 * <p>The extraction arrays (entities, quotes, events, places, dates) are always written, empty
 * until their stages fill them, so that consumers can rely on their presence.
 *
 * <p>Not thread-safe: one writer per output stream, fed from one thread.
 */
public final class JsonlRecordWriter implements Closeable {

  private static final JsonFactory JSON = new JsonFactory();
  private static final String[] EXTRACTIONS = {"entities", "quotes", "events", "places", "dates"};

  private final JsonGenerator json;

  /** A writer on the given stream; closing the writer closes the stream. */
  public JsonlRecordWriter(OutputStream out) {
    try {
      this.json = JSON.createGenerator(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // One record per line: each record ends with its own newline, none between or elsewhere.
    json.setRootValueSeparator(null);
  }

  /**
   * Writes one record.
   *
   * @throws UncheckedIOException if the output cannot be written
   */
  public void write(CleanDocument doc) {
    try {
      json.writeStartObject();
      json.writeStringField("id", doc.id());
      json.writeStringField("source", doc.source());
      json.writeStringField("url", doc.url());
      json.writeStringField("title", doc.title());
      json.writeStringField(
          "published", doc.published() == null ? null : doc.published().toString());
      json.writeStringField(
          "published_from", doc.publishedFrom() == null ? null : doc.publishedFrom().label());
      json.writeStringField("language", doc.language());
      json.writeStringField("text", doc.text());
      json.writeArrayFieldStart("removed");
      for (Removed piece : doc.removed()) {
        json.writeStartObject();
        json.writeStringField("kind", piece.kind().label());
        json.writeStringField("text", piece.text());
        json.writeEndObject();
      }
      json.writeEndArray();
      for (String field : EXTRACTIONS) {
        json.writeArrayFieldStart(field);
        json.writeEndArray();
      }
      json.writeArrayFieldStart("problems");
      for (String problem : doc.problems()) {
        json.writeString(problem);
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Flushes buffered records to the stream. */
  public void flush() {
    try {
      json.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    json.close();
  }
}
