package org.newsgraph.clean;

/**
 * Whitespace normalization for one line or paragraph: every kind of space (no-break, thin,
 * ideographic, tab) becomes one plain space, runs collapse, both ends are trimmed; zero-width
 * spaces, byte order marks and control characters are dropped. Everything else, quotes' typography
 * included, is kept.
 *
 * <p>Thread-safe: holds no state.
 */
final class TextNormalizer {

  private TextNormalizer() {}

  /** The normalized form of {@code s}. */
  static String normalize(CharSequence s) {
    return normalize(s, 0, s.length());
  }

  /** The normalized form of {@code s[from, to)}. */
  static String normalize(CharSequence s, int from, int to) {
    char[] chars = new char[Math.max(0, to - from)];
    for (int i = from; i < to; i++) {
      chars[i - from] = s.charAt(i);
    }
    return normalize(chars, 0, chars.length);
  }

  /** The normalized form of {@code s[from, to)}; works on an array to spare bounds checks. */
  static String normalize(char[] s, int from, int to) {
    char[] out = new char[Math.max(0, to - from)];
    int len = 0;
    boolean pendingSpace = false;
    for (int i = from; i < to; i++) {
      char c = s[i];
      if (c > ' ' && c < '\u007F') {
        if (pendingSpace) {
          out[len++] = ' ';
          pendingSpace = false;
        }
        out[len++] = c; // the common case, first: printable ASCII
      } else if (isSpace(c)) {
        pendingSpace = len > 0;
      } else if (!isDropped(c)) {
        if (pendingSpace) {
          out[len++] = ' ';
          pendingSpace = false;
        }
        out[len++] = c;
      }
    }
    return new String(out, 0, len);
  }

  /** True for characters that separate words: ASCII and Unicode spaces, tabs, line breaks. */
  static boolean isSpace(char c) {
    return c == ' '
        || c == '\t'
        || c == '\n'
        || c == '\r'
        || c == '\f'
        || c == '\u000B'
        || c == '\u00A0'
        || c == '\u1680'
        || (c >= '\u2000' && c <= '\u200A')
        || c == '\u2028'
        || c == '\u2029'
        || c == '\u202F'
        || c == '\u205F'
        || c == '\u3000'
        || c == '\u0085';
  }

  private static boolean isDropped(char c) {
    return c == '\uFEFF' || c == '\u200B' || c < ' ' || (c >= '\u007F' && c < '\u00A0');
  }
}
