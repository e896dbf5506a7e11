package org.newsgraph.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.newsgraph.export.JsonlRecordWriter;
import org.newsgraph.model.Extraction;

/**
 * The job's two per-item stages, run on the executors: reading a file with core's readers, and
 * cleaning and extracting a partition of documents with the pipeline of the executor's JVM.
 */
final class DocumentStages {

  private DocumentStages() {}

  /** An input file and its position in the input list. */
  record InputFile(int index, String path) implements java.io.Serializable {}

  /**
   * Every document of a file, read as {@code extract} reads it (any format core reads: JSONL, WARC,
   * CSV, text, HTML, gzipped or not), with the sources nothing could be read from; streamed.
   */
  static Iterator<RawInput> read(InputFile file, HadoopFiles hadoop) {
    return new FileDocuments(file, hadoop);
  }

  /** The partition's documents cleaned and extracted one by one, as they are asked for. */
  static Iterator<DocumentResult> analyze(Iterator<RawInput> inputs) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return inputs.hasNext();
      }

      @Override
      public DocumentResult next() {
        return analyze(inputs.next());
      }
    };
  }

  static DocumentResult analyze(RawInput input) {
    if (input.failure() != null) {
      return new DocumentResult(
          input.file(), input.doc(), null, false, 0, null, input.source(), input.failure());
    }
    Extraction extraction = Models.pipeline().extract(input.document());
    var doc = extraction.document();
    return new DocumentResult(
        input.file(),
        input.doc(),
        doc.id(),
        doc.text().isEmpty(),
        doc.problems().size(),
        json(extraction),
        doc.source(),
        null);
  }

  /** The record's JSON text: the line {@code extract} writes, without its line end. */
  static String json(Extraction extraction) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    try (JsonlRecordWriter writer = new JsonlRecordWriter(out)) {
      writer.write(extraction);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8).strip();
  }
}
