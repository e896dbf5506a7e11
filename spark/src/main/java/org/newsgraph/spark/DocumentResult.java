package org.newsgraph.spark;

import java.io.Serializable;

/**
 * What the job made of one input document: its JSON record (the line {@code extract} writes), or
 * the failure of a source nothing could be read from ({@code record} null).
 *
 * @param file the file's position in the input list
 * @param doc the document's position in its file
 * @param id the record's id, null for a failure
 * @param empty whether the clean text is empty (such records share one id and are never duplicates)
 * @param problems the number of problems on the record
 */
record DocumentResult(
    int file,
    int doc,
    String id,
    boolean empty,
    int problems,
    String record,
    String source,
    String failure)
    implements Serializable {

  /** Whether this result comes before the other in input order. */
  boolean before(DocumentResult other) {
    return file < other.file || (file == other.file && doc < other.doc);
  }
}
