package org.newsgraph.extract.actor;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Turns a dictionary phrase or a text token into the words the phrase index is keyed on, so that
 * both sides of a lookup are spelled the same way.
 *
 * <p>The rules, in order:
 *
 * <ul>
 *   <li>accents are dropped ("Erdoğan" and "ERDOGAN" are one word) and letters upper-cased;
 *   <li>{@code .} and {@code &} glue ("U.N." is {@code UN}, "AT&T" is {@code ATT});
 *   <li>an apostrophe followed by a final {@code s} splits off a word {@code S}, so the possessive
 *       "Syria's" and the two tokens "Syria" "'s" both give {@code SYRIA S}; any other apostrophe
 *       (straight, curly, backtick) glues ("Qa'ida" is {@code QAIDA});
 *   <li>every other character that is not a letter or digit separates words: {@code _}, blanks,
 *       hyphens and dashes ("Al-Qaeda" and "Al Qaeda" are both {@code AL QAEDA}), slashes,
 *       brackets, quotes, commas.
 * </ul>
 *
 * <p>Thread-safe: stateless.
 */
final class Words {

  private Words() {}

  /**
   * Appends the words of {@code raw} to {@code out}.
   *
   * @return the number of words appended (0 for a token of punctuation alone)
   */
  static int split(String raw, List<String> out) {
    switch (asciiKind(raw)) {
      case ALNUM -> {
        out.add(raw.toUpperCase(Locale.ROOT));
        return 1;
      }
      case SEPARATED -> {
        return splitSeparated(raw, out);
      }
      default -> {}
    }
    String s = raw;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0x7f) {
        s = stripAccents(s);
        break;
      }
    }
    int before = out.size();
    StringBuilder word = new StringBuilder();
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        word.append(c);
      } else if (c == '.' || c == '&') {
        // glue: abbreviations and ampersand names
      } else if (isApostrophe(c)) {
        if (i + 1 < n
            && (s.charAt(i + 1) == 's' || s.charAt(i + 1) == 'S')
            && (i + 2 == n || !Character.isLetterOrDigit(s.charAt(i + 2)))) {
          flush(word, out);
          out.add("S");
          i++;
        }
      } else {
        flush(word, out);
      }
    }
    flush(word, out);
    return out.size() - before;
  }

  /** True for a token that ends with a possessive {@code 's}, split off by {@link #split}. */
  static boolean endsWithPossessive(String raw) {
    int n = raw.length();
    return n >= 2
        && (raw.charAt(n - 1) == 's' || raw.charAt(n - 1) == 'S')
        && isApostrophe(raw.charAt(n - 2));
  }

  private static boolean isApostrophe(char c) {
    return c == '\''
        || c == '\u2019'
        || c == '\u2018'
        || c == '`'
        || c == '\u02bc'
        || c == '\u00b4';
  }

  private static void flush(StringBuilder word, List<String> out) {
    if (word.length() > 0) {
      out.add(word.toString().toUpperCase(Locale.ROOT));
      word.setLength(0);
    }
  }

  private enum Kind {
    ALNUM,
    SEPARATED,
    OTHER
  }

  /**
   * {@code ALNUM}: ASCII letters and digits only; {@code SEPARATED}: ASCII where every other
   * character separates words (no glue, no apostrophe); {@code OTHER}: anything else.
   */
  private static Kind asciiKind(String s) {
    if (s.isEmpty()) {
      return Kind.OTHER;
    }
    boolean separated = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        continue;
      }
      if (c > 0x7f || c == '.' || c == '&' || c == '\'' || c == '`') {
        return Kind.OTHER;
      }
      separated = true;
    }
    return separated ? Kind.SEPARATED : Kind.ALNUM;
  }

  private static int splitSeparated(String s, List<String> out) {
    int count = 0;
    int start = -1;
    for (int i = 0; i <= s.length(); i++) {
      boolean alnum = i < s.length() && Character.isLetterOrDigit(s.charAt(i));
      if (alnum && start < 0) {
        start = i;
      } else if (!alnum && start >= 0) {
        out.add(s.substring(start, i).toUpperCase(Locale.ROOT));
        count++;
        start = -1;
      }
    }
    return count;
  }

  private static String stripAccents(String s) {
    String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        b.append(c);
      }
    }
    // Letters that do not decompose but have a usual Latin spelling in news text.
    for (int i = 0; i < b.length(); i++) {
      switch (b.charAt(i)) {
        case 'ı' -> b.setCharAt(i, 'i');
        case 'ø' -> b.setCharAt(i, 'o');
        case 'Ø' -> b.setCharAt(i, 'O');
        case 'ł' -> b.setCharAt(i, 'l');
        case 'Ł' -> b.setCharAt(i, 'L');
        case 'đ' -> b.setCharAt(i, 'd');
        case 'Đ' -> b.setCharAt(i, 'D');
        default -> {}
      }
    }
    return b.toString();
  }
}
