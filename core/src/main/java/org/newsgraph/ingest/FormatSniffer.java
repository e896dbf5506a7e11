package org.newsgraph.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Tells the format of an input from its first bytes, for stdin and for files whose name says
 * nothing: {@code WARC/} is WARC; binary data is refused; a first non-blank {@code {} is JSON
 * Lines; a {@code <} with an html, doctype, head or body tag in the first KB is HTML; a first line
 * that is a delimited header naming a text column is CSV; anything else is plain text. Stateless
 * and thread-safe.
 */
final class FormatSniffer {

  /** How many bytes the sniffer wants to see. */
  static final int WINDOW = 8192;

  /** What an input's first bytes say. */
  enum Sniffed {
    TEXT,
    HTML,
    JSONL,
    CSV,
    WARC,
    BINARY,
    EMPTY;

    InputFormat format() {
      return switch (this) {
        case TEXT -> InputFormat.TEXT;
        case HTML -> InputFormat.HTML;
        case JSONL -> InputFormat.JSONL;
        case CSV -> InputFormat.CSV;
        case WARC -> InputFormat.WARC;
        case BINARY, EMPTY -> null;
      };
    }
  }

  private static final String[] HTML_MARKERS = {"<html", "<!doctype html", "<head", "<body"};

  private FormatSniffer() {}

  static boolean isGzip(byte[] head, int n) {
    return n >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
  }

  /** The first bytes of what a gzip prefix decompresses to, as far as the prefix goes. */
  static byte[] gunzipPrefix(byte[] head, int n) {
    byte[] out = new byte[WINDOW];
    int len = 0;
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(head, 0, n))) {
      for (int r; len < out.length && (r = in.read(out, len, out.length - len)) >= 0; ) {
        len += r;
      }
    } catch (IOException e) {
      // The prefix ends mid-stream by design; what was inflated so far is what we sniff.
    }
    return Arrays.copyOf(out, len);
  }

  static Sniffed sniff(byte[] head, int n) {
    if (n == 0) {
      return Sniffed.EMPTY;
    }
    if (n >= 5 && new String(head, 0, 5, StandardCharsets.ISO_8859_1).equals("WARC/")) {
      return Sniffed.WARC;
    }
    if (CharsetDetector.looksBinary(head, n)) {
      return Sniffed.BINARY;
    }
    String text = CharsetDetector.decodeText(head, n).text();
    int i = 0;
    while (i < text.length()
        && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
      i++;
    }
    if (i == text.length()) {
      return Sniffed.TEXT; // white space only: read as text, which reports it empty
    }
    char first = text.charAt(i);
    if (first == '{') {
      return Sniffed.JSONL;
    }
    if (first == '<') {
      String kb = text.substring(i, Math.min(text.length(), i + 1024)).toLowerCase(Locale.ROOT);
      for (String marker : HTML_MARKERS) {
        if (kb.contains(marker)) {
          return Sniffed.HTML;
        }
      }
      return Sniffed.TEXT;
    }
    return isCsvHeader(text.substring(i)) ? Sniffed.CSV : Sniffed.TEXT;
  }

  private static boolean isCsvHeader(String text) {
    int nl = text.indexOf('\n');
    if (nl < 0) {
      return false; // a header alone, or a first line longer than the window: not a CSV we read
    }
    String line = text.substring(0, nl).strip();
    for (String delimiter : new String[] {",", ";", "\t"}) {
      String[] names = line.split(delimiter, -1);
      if (names.length < 2) {
        continue;
      }
      for (String name : names) {
        String n = name.strip();
        if (n.length() >= 2 && n.startsWith("\"") && n.endsWith("\"")) {
          n = n.substring(1, n.length() - 1);
        }
        ArticleFields f = ArticleFields.ofColumn(n);
        if (f == ArticleFields.TEXT || f == ArticleFields.HTML) {
          return true;
        }
      }
    }
    return false;
  }
}
