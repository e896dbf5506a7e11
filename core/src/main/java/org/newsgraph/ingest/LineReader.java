package org.newsgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines ({@code \n}, with a trailing {@code \r} dropped), keeping at most
 * a fixed number of bytes of any line: a longer line is consumed to its end but only flagged, so
 * memory stays bounded by the cap whatever the input. Not thread-safe.
 */
final class LineReader {

  private static final int CHUNK = 64 * 1024;

  /** A buffer grown beyond this by one long line is dropped after it, not kept for the rest. */
  private static final int KEEP = 1 << 20;

  private final InputStream in;
  private final int maxLine;
  private final byte[] chunk = new byte[CHUNK];
  private int pos;
  private int end;
  private boolean eof;

  private byte[] line = new byte[1024];
  private int length;
  private boolean tooLong;
  private long number;

  LineReader(InputStream in, int maxLine) {
    this.in = in;
    this.maxLine = maxLine;
  }

  /**
   * Advances to the next line.
   *
   * @return false at the end of input
   * @throws IOException when the input fails; lines already returned stand
   */
  boolean next() throws IOException {
    if (line.length > KEEP) {
      line = new byte[1024];
    }
    length = 0;
    tooLong = false;
    boolean any = false;
    while (true) {
      if (pos == end) {
        if (eof || !fill()) {
          eof = true;
          if (!any) {
            return false;
          }
          break;
        }
      }
      any = true;
      int start = pos;
      int nl = -1;
      for (int i = pos; i < end; i++) {
        if (chunk[i] == '\n') {
          nl = i;
          break;
        }
      }
      int stop = nl >= 0 ? nl : end;
      append(start, stop - start);
      pos = nl >= 0 ? nl + 1 : end;
      if (nl >= 0) {
        break;
      }
    }
    number++;
    if (!tooLong && length > 0 && line[length - 1] == '\r') {
      length--;
    }
    return true;
  }

  private boolean fill() throws IOException {
    int n = in.read(chunk, 0, CHUNK);
    if (n < 0) {
      return false;
    }
    pos = 0;
    end = n;
    return true;
  }

  private void append(int from, int n) {
    if (tooLong) {
      return;
    }
    if ((long) length + n > maxLine) {
      tooLong = true;
      return;
    }
    if (length + n > line.length) {
      line = Arrays.copyOf(line, (int) Math.min(maxLine, Math.max(length + n, 2L * line.length)));
    }
    System.arraycopy(chunk, from, line, length, n);
    length += n;
  }

  /** The current line's bytes; only {@code [0, length())} is meaningful. Invalid when tooLong. */
  byte[] bytes() {
    return line;
  }

  int length() {
    return length;
  }

  /** Whether the current line was longer than the cap (its bytes are then not kept). */
  boolean tooLong() {
    return tooLong;
  }

  /** The 1-based number of the current line. */
  long number() {
    return number;
  }

  /** Whether the current line holds nothing but white space. */
  boolean isBlank() {
    for (int i = 0; i < length; i++) {
      byte b = line[i];
      if (b != ' ' && b != '\t' && b != '\r' && b != '\f') {
        return false;
      }
    }
    return true;
  }
}
