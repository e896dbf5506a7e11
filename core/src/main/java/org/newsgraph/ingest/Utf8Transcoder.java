package org.newsgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * Re-encodes a character stream as UTF-8 bytes, so that the byte-level JSONL and CSV readers also
 * take UTF-16 input. Not thread-safe.
 */
final class Utf8Transcoder extends InputStream {

  private final Reader reader;
  private final char[] chars = new char[8192];
  private int carried; // a high surrogate kept back for its low half, or 0 chars
  private byte[] bytes = new byte[0];
  private int pos;

  Utf8Transcoder(Reader reader) {
    this.reader = reader;
  }

  @Override
  public int read() throws IOException {
    if (pos == bytes.length && !refill()) {
      return -1;
    }
    return bytes[pos++] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (pos == bytes.length && !refill()) {
      return -1;
    }
    int n = Math.min(len, bytes.length - pos);
    System.arraycopy(bytes, pos, b, off, n);
    pos += n;
    return n;
  }

  private boolean refill() throws IOException {
    while (true) {
      int n = reader.read(chars, carried, chars.length - carried);
      int total = carried + Math.max(n, 0);
      if (total == 0) {
        return false;
      }
      int usable = total;
      carried = 0;
      if (n >= 0 && Character.isHighSurrogate(chars[total - 1])) {
        usable--;
      }
      bytes = new String(chars, 0, usable).getBytes(StandardCharsets.UTF_8);
      pos = 0;
      if (usable < total) {
        chars[0] = chars[total - 1];
        carried = 1;
      }
      if (bytes.length > 0) {
        return true;
      }
      if (n < 0) {
        return false;
      }
    }
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
