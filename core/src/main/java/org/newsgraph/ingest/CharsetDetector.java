package org.newsgraph.ingest;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of one document, working out their charset.
 *
 * <p>Order of evidence: a byte order mark (UTF-8, UTF-16 LE/BE); a charset declared by the
 * container (an HTTP {@code Content-Type}); for HTML a {@code <meta charset>} or {@code http-equiv}
 * declaration in the first 4 KB; an XML declaration's {@code encoding}; then the bytes themselves:
 * strict UTF-8, else Windows-1252.
 *
 * <p>Two deliberate departures from taking declarations at their word:
 *
 * <ul>
 *   <li>ISO-8859-1 and US-ASCII declarations are read as Windows-1252, its superset, as browsers do
 *       (pages declaring Latin-1 routinely contain 0x80-0x9F smart quotes).
 *   <li>A declared single-byte charset loses to UTF-8 when the bytes are valid UTF-8 with multibyte
 *       sequences: pages misdeclared as Latin-1 are common, while Latin-1 text that happens to be
 *       valid multibyte UTF-8 practically never occurs.
 * </ul>
 *
 * <p>Bytes that are mostly UTF-8 with a few broken sequences (at least as many valid multibyte
 * sequences as invalid bytes) are decoded as UTF-8 with U+FFFD replacements and a problem; with
 * less UTF-8 evidence than that they are read as Windows-1252, which cannot fail and needs no
 * problem.
 *
 * <p>Stateless and thread-safe.
 */
final class CharsetDetector {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** How far into an HTML page a charset declaration is looked for. */
  private static final int DECLARATION_WINDOW = 4096;

  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:+-]{1,40})",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_ENCODING =
      Pattern.compile(
          "^\\s*<\\?xml\\b[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:+-]{1,40})[\"']",
          Pattern.CASE_INSENSITIVE);

  private CharsetDetector() {}

  /**
   * Decoded text, the charset used, and the problem met, if any.
   *
   * @param problem a one-line problem for the document, or null
   */
  record Decoded(String text, Charset charset, String problem) {}

  /** Decodes plain text (no markup declarations are looked for, except an XML declaration). */
  static Decoded decodeText(byte[] bytes, int length) {
    return decode(bytes, length, false, null);
  }

  /** Decodes an HTML page, honouring in-page charset declarations. */
  static Decoded decodeHtml(byte[] bytes, int length, String declaredCharset) {
    return decode(bytes, length, true, declaredCharset);
  }

  /**
   * Decodes {@code bytes[0, length)}.
   *
   * @param html whether to look for a {@code <meta>} charset declaration
   * @param declaredCharset a charset named by the container (e.g. HTTP), or null
   */
  static Decoded decode(byte[] bytes, int length, boolean html, String declaredCharset) {
    if (length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      return decodeUtf8(bytes, 3, length - 3);
    }
    if (length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return new Decoded(
          new String(bytes, 2, length - 2, StandardCharsets.UTF_16LE),
          StandardCharsets.UTF_16LE,
          null);
    }
    if (length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return new Decoded(
          new String(bytes, 2, length - 2, StandardCharsets.UTF_16BE),
          StandardCharsets.UTF_16BE,
          null);
    }
    Charset declared = knownCharset(declaredCharset, true);
    if (declared == null) {
      declared = declaredInContent(bytes, length, html);
    }
    if (declared == null || declared.equals(StandardCharsets.UTF_8)) {
      Charset noBom = utf16WithoutBom(bytes, length);
      if (noBom != null) {
        return new Decoded(new String(bytes, 0, length, noBom), noBom, null);
      }
      return decodeUtf8(bytes, 0, length);
    }
    if (isSingleByte(declared)) {
      Utf8Stats stats = Utf8Stats.of(bytes, 0, length);
      if (stats.invalidBytes == 0 && stats.multibyteSequences > 0) {
        return new Decoded(
            new String(bytes, 0, length, StandardCharsets.UTF_8), StandardCharsets.UTF_8, null);
      }
    }
    return new Decoded(new String(bytes, 0, length, declared), declared, null);
  }

  /**
   * Whether the bytes look like binary data rather than text: a NUL byte, or more than one in ten
   * control characters, in the first 8 KB. UTF-16 text (with or without a byte order mark) is text.
   */
  static boolean looksBinary(byte[] bytes, int length) {
    int n = Math.min(length, 8192);
    if (n >= 2
        && (((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)
            || ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF))) {
      return false;
    }
    int controls = 0;
    boolean nul = false;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        nul = true;
      }
      if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B)
          || b == 0x7F) {
        controls++;
      }
    }
    if (nul && utf16WithoutBom(bytes, length) != null) {
      return false;
    }
    return nul || controls * 10 > n;
  }

  /**
   * UTF-16 text written without a byte order mark shows NUL bytes in every other position (for
   * Latin-script text); anything else returns null.
   */
  static Charset utf16WithoutBom(byte[] bytes, int length) {
    int n = Math.min(length, 8192) & ~1;
    if (n < 8) {
      return null;
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < n; i += 2) {
      if (bytes[i] == 0) {
        evenZeros++;
      }
      if (bytes[i + 1] == 0) {
        oddZeros++;
      }
    }
    int pairs = n / 2;
    if (oddZeros * 10 >= pairs * 4 && evenZeros * 20 < pairs) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenZeros * 10 >= pairs * 4 && oddZeros * 20 < pairs) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static Charset declaredInContent(byte[] bytes, int length, boolean html) {
    int n = Math.min(length, DECLARATION_WINDOW);
    if (!html) {
      // Plain text can only carry an XML declaration, which comes first: skip the work otherwise.
      int i = 0;
      while (i < n
          && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) {
        i++;
      }
      if (i == n || bytes[i] != '<') {
        return null;
      }
    }
    // Declarations are ASCII in every ASCII-compatible charset, so Latin-1 reads them safely.
    String head = new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
    Matcher xml = XML_ENCODING.matcher(head);
    if (xml.find()) {
      Charset c = knownCharset(xml.group(1), false);
      if (c != null) {
        return c;
      }
    }
    if (html) {
      Matcher meta = META_CHARSET.matcher(head);
      while (meta.find()) {
        Charset c = knownCharset(meta.group(1), false);
        if (c != null) {
          return c;
        }
      }
    }
    return null;
  }

  /**
   * The charset of that name, or null if unknown. An in-page UTF-16 declaration is read as UTF-8
   * (the page was readable as ASCII, so it cannot be UTF-16: the HTML standard's rule).
   */
  private static Charset knownCharset(String name, boolean fromContainer) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String n = name.trim().toLowerCase(Locale.ROOT);
    if (n.equals("iso-8859-1")
        || n.equals("latin1")
        || n.equals("iso8859-1")
        || n.equals("us-ascii")
        || n.equals("ascii")) {
      return WINDOWS_1252;
    }
    try {
      Charset c = Charset.forName(n);
      if (!fromContainer && c.name().startsWith("UTF-16")) {
        return StandardCharsets.UTF_8;
      }
      return c;
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static boolean isSingleByte(Charset c) {
    try {
      return c.newEncoder().maxBytesPerChar() <= 1.0f;
    } catch (UnsupportedOperationException e) {
      return false; // a decode-only charset; take it as declared
    }
  }

  private static Decoded decodeUtf8(byte[] bytes, int offset, int length) {
    Utf8Stats stats = Utf8Stats.of(bytes, offset, length);
    if (stats.invalidBytes == 0) {
      return new Decoded(
          new String(bytes, offset, length, StandardCharsets.UTF_8), StandardCharsets.UTF_8, null);
    }
    if (stats.multibyteSequences >= stats.invalidBytes) {
      String problem =
          "invalid UTF-8: "
              + stats.invalidBytes
              + (stats.invalidBytes == 1 ? " byte" : " bytes")
              + " replaced";
      return new Decoded(
          new String(bytes, offset, length, StandardCharsets.UTF_8),
          StandardCharsets.UTF_8,
          problem);
    }
    return new Decoded(new String(bytes, offset, length, WINDOWS_1252), WINDOWS_1252, null);
  }

  /** One pass over the bytes counting well-formed multibyte UTF-8 sequences and invalid bytes. */
  private static final class Utf8Stats {
    long multibyteSequences;
    long invalidBytes;

    static Utf8Stats of(byte[] b, int offset, int length) {
      Utf8Stats s = new Utf8Stats();
      int i = offset;
      int end = offset + length;
      while (i < end) {
        int c = b[i] & 0xFF;
        if (c < 0x80) {
          i++;
          continue;
        }
        int n = sequenceLength(b, i, end);
        if (n > 0) {
          s.multibyteSequences++;
          i += n;
        } else {
          s.invalidBytes++;
          i++;
        }
      }
      return s;
    }

    /** Length of the well-formed sequence starting at i, or 0 (the rules of RFC 3629). */
    private static int sequenceLength(byte[] b, int i, int end) {
      int c = b[i] & 0xFF;
      int n;
      int lo = 0x80;
      int hi = 0xBF;
      if (c >= 0xC2 && c <= 0xDF) {
        n = 2;
      } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        if (c == 0xE0) {
          lo = 0xA0; // overlong
        } else if (c == 0xED) {
          hi = 0x9F; // surrogates
        }
      } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        if (c == 0xF0) {
          lo = 0x90;
        } else if (c == 0xF4) {
          hi = 0x8F;
        }
      } else {
        return 0;
      }
      if (i + n > end) {
        return 0;
      }
      int second = b[i + 1] & 0xFF;
      if (second < lo || second > hi) {
        return 0;
      }
      for (int k = 2; k < n; k++) {
        int cont = b[i + k] & 0xFF;
        if (cont < 0x80 || cont > 0xBF) {
          return 0;
        }
      }
      return n;
    }
  }
}
