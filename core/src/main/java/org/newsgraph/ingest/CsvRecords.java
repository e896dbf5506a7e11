package org.newsgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * A streaming RFC 4180 parser over bytes: records of fields, quoted fields with embedded line
 * breaks and doubled quotes, CRLF, LF or CR line ends. Working on bytes is safe for UTF-8 and every
 * single-byte charset, since the delimiter, quote and line breaks are ASCII there; each field is
 * decoded afterwards.
 *
 * <p>Lenient where RFC 4180 is strict, as spreadsheets and scrapers write it: a quote inside an
 * unquoted field is kept literally, and text after a closing quote is appended to the field. Memory
 * is bounded: a record is kept up to a byte cap and only flagged beyond it. Not thread-safe.
 */
final class CsvRecords {

  private static final int CHUNK = 64 * 1024;
  private static final int KEEP = 1 << 20;

  /** Fields are not stored as bytes, so they get a cap of their own. */
  private static final int MAX_FIELDS = 100_000;

  private static final int FIELD_START = 0;
  private static final int UNQUOTED = 1;
  private static final int QUOTED = 2;
  private static final int QUOTE_IN_QUOTED = 3;

  private final InputStream in;
  private final int maxRecord;
  private final byte[] chunk = new byte[CHUNK];
  private int pos;
  private int end;
  private byte delimiter = ',';

  private byte[] data = new byte[4096];
  private int length;
  private int[] ends = new int[16];
  private int fields;
  private boolean tooLong;
  private boolean unterminated;

  CsvRecords(InputStream in, int maxRecord) {
    this.in = in;
    this.maxRecord = maxRecord;
  }

  /** Sets the field delimiter (comma unless changed). */
  void delimiter(char d) {
    delimiter = (byte) d;
  }

  /**
   * Advances to the next record.
   *
   * @return false at the end of input
   */
  boolean next() throws IOException {
    if (data.length > KEEP) {
      data = new byte[4096];
    }
    if (ends.length > 1024) {
      ends = new int[16];
    }
    length = 0;
    fields = 0;
    tooLong = false;
    unterminated = false;
    int state = FIELD_START;
    boolean any = false;
    while (true) {
      int c = read();
      if (c < 0) {
        if (!any) {
          return false;
        }
        unterminated = state == QUOTED;
        endField();
        return true;
      }
      any = true;
      switch (state) {
        case FIELD_START:
          if (c == '"') {
            state = QUOTED;
            break;
          }
          state = UNQUOTED;
        // fall through: the byte starts an unquoted field
        case UNQUOTED:
          if (c == delimiter) {
            endField();
            state = FIELD_START;
          } else if (c == '\n' || c == '\r') {
            endRecord(c);
            return true;
          } else {
            append(c);
          }
          break;
        case QUOTED:
          if (c == '"') {
            state = QUOTE_IN_QUOTED;
          } else {
            append(c);
          }
          break;
        default: // QUOTE_IN_QUOTED
          if (c == '"') {
            append('"');
            state = QUOTED;
          } else if (c == delimiter) {
            endField();
            state = FIELD_START;
          } else if (c == '\n' || c == '\r') {
            endRecord(c);
            return true;
          } else {
            append(c);
            state = UNQUOTED;
          }
      }
    }
  }

  private void endRecord(int c) throws IOException {
    if (c == '\r' && peek() == '\n') {
      pos++;
    }
    endField();
  }

  private int read() throws IOException {
    if (pos == end && !fill()) {
      return -1;
    }
    return chunk[pos++] & 0xFF;
  }

  private int peek() throws IOException {
    if (pos == end && !fill()) {
      return -1;
    }
    return chunk[pos] & 0xFF;
  }

  private boolean fill() throws IOException {
    int n = in.read(chunk, 0, CHUNK);
    if (n <= 0) {
      return false;
    }
    pos = 0;
    end = n;
    return true;
  }

  private void append(int c) {
    if (tooLong) {
      return;
    }
    if (length == maxRecord) {
      tooLong = true;
      return;
    }
    if (length == data.length) {
      data = Arrays.copyOf(data, (int) Math.min(maxRecord, 2L * data.length));
    }
    data[length++] = (byte) c;
  }

  private void endField() {
    if (fields == MAX_FIELDS) {
      tooLong = true;
      return;
    }
    if (fields == ends.length) {
      ends = Arrays.copyOf(ends, 2 * ends.length);
    }
    ends[fields++] = length;
  }

  /** How many fields the current record has. */
  int fieldCount() {
    return fields;
  }

  /** The bytes of all fields of the record, field i being {@code [start(i), end(i))}. */
  byte[] bytes() {
    return data;
  }

  int start(int field) {
    return field == 0 ? 0 : ends[field - 1];
  }

  int end(int field) {
    return ends[field];
  }

  /** Whether the record was longer than the cap (its fields are then incomplete). */
  boolean tooLong() {
    return tooLong;
  }

  /** Whether the input ended inside a quoted field. */
  boolean unterminated() {
    return unterminated;
  }

  /** Whether the record is an empty line. */
  boolean isBlank() {
    return fields == 1 && length == 0;
  }
}
