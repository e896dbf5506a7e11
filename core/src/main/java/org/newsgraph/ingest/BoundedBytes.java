package org.newsgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The bytes of one document, read up to a limit so that memory stays bounded whatever the input.
 *
 * @param data the buffer; only {@code [0, length)} is meaningful
 * @param length how many bytes were read
 * @param truncated whether the input went on past the limit (the rest was not read)
 * @param error the read error that ended the input early, or null
 */
record BoundedBytes(byte[] data, int length, boolean truncated, IOException error) {

  private static final int CHUNK = 64 * 1024;

  /**
   * Reads {@code in} to its end or to {@code limit} bytes, whichever comes first, after the
   * already-read {@code prefix}. A read error is returned, not thrown, together with what was read
   * before it. When the limit cuts a UTF-8 sequence in two, the incomplete tail is dropped so that
   * the cut alone does not read as an encoding problem.
   *
   * @param sizeHint the expected size, or -1 if unknown; only sizes the first buffer
   */
  static BoundedBytes read(InputStream in, byte[] prefix, int limit, long sizeHint) {
    int initial =
        (int) Math.min(limit, Math.max(prefix.length, sizeHint >= 0 ? sizeHint : CHUNK)) + 1;
    byte[] buf = new byte[Math.max(initial, prefix.length)];
    int len = Math.min(prefix.length, limit);
    System.arraycopy(prefix, 0, buf, 0, len);
    boolean truncated = prefix.length > limit;
    try {
      while (!truncated) {
        if (len == limit) {
          truncated = in.read() >= 0;
          break;
        }
        if (len == buf.length) {
          buf = Arrays.copyOf(buf, (int) Math.min(limit, Math.max(CHUNK, (long) buf.length * 2)));
        }
        int n = in.read(buf, len, Math.min(buf.length, limit) - len);
        if (n < 0) {
          break;
        }
        len += n;
      }
    } catch (IOException e) {
      return new BoundedBytes(buf, len, false, e);
    }
    if (truncated) {
      len = withoutIncompleteUtf8Tail(buf, len);
    }
    return new BoundedBytes(buf, len, truncated, null);
  }

  /** Reads the rest of a stream without keeping it; returns how many bytes there were. */
  static long drain(InputStream in) {
    byte[] skip = new byte[CHUNK];
    long total = 0;
    try {
      for (int n; (n = in.read(skip)) >= 0; ) {
        total += n;
      }
    } catch (IOException e) {
      // the count is informative only; what was counted stands
    }
    return total;
  }

  static int withoutIncompleteUtf8Tail(byte[] buf, int len) {
    // Walk back over at most 3 continuation bytes to the lead byte of the last sequence.
    int i = len - 1;
    int continuation = 0;
    while (i >= 0 && continuation < 3 && (buf[i] & 0xC0) == 0x80) {
      i--;
      continuation++;
    }
    if (i < 0) {
      return len;
    }
    int lead = buf[i] & 0xFF;
    int need;
    if (lead >= 0xC2 && lead <= 0xDF) {
      need = 1;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      need = 2;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      need = 3;
    } else {
      return len;
    }
    return continuation < need ? i : len;
  }

  /** A byte count as a person reads it: "16 MiB", "512 KiB", "1000 bytes". */
  static String size(long bytes) {
    if (bytes >= 1 << 20 && bytes % (1 << 20) == 0) {
      return (bytes >> 20) + " MiB";
    }
    if (bytes >= 1 << 10 && bytes % (1 << 10) == 0) {
      return (bytes >> 10) + " KiB";
    }
    return bytes + (bytes == 1 ? " byte" : " bytes");
  }

  /** The problem recorded on a document cut at the limit. */
  static String tooLargeProblem(int limit) {
    String s = size(limit);
    return "document larger than " + s + ": only the first " + s + " was read";
  }
}
