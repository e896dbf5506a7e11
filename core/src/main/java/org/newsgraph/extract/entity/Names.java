package org.newsgraph.extract.entity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Spelling helpers for names: the comparison key of a name, word shapes (capitalised, acronym), and
 * the attached suffixes that are no part of a name ("Tripoli-based", "UN-backed", "Libya's").
 *
 * <p>Thread-safe: stateless.
 */
final class Names {

  /**
   * Second halves of hyphenated modifiers whose first half is a name: "Tripoli-based" is about
   * Tripoli, "UN-backed" about the UN.
   */
  private static final Set<String> ATTACHED =
      Set.of(
          "based",
          "led",
          "backed",
          "held",
          "linked",
          "controlled",
          "born",
          "allied",
          "made",
          "sponsored",
          "funded",
          "brokered",
          "run",
          "owned",
          "style",
          "affiliated",
          "bound",
          "dominated",
          "supported",
          "aligned",
          "friendly",
          "leaning",
          "era",
          "registered",
          "flagged",
          "listed",
          "headquartered",
          "centred",
          "centered",
          "focused",
          "inspired",
          "trained",
          "armed",
          "organised",
          "organized",
          "mediated",
          "imposed",
          "claimed",
          "occupied",
          "administered",
          "annexed",
          "speaking",
          "built",
          "educated");

  private static final Pattern WORD_BREAKS = Pattern.compile("[\\s\\-\u2010\u2011]+");

  private Names() {}

  /**
   * The comparison key of a name: accents dropped, upper case, words separated by one blank;
   * hyphens, slashes and other punctuation separate words, dots and apostrophes inside a word are
   * dropped ("U.N." is {@code UN}, "Qa'ida" is {@code QAIDA}), a final possessive and a leading
   * "The" of several words are dropped.
   */
  static String key(String name) {
    return String.join(" ", words(name));
  }

  /** The words of {@link #key}. */
  static List<String> words(String name) {
    String s = name;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0x7f) {
        s = stripAccents(s);
        break;
      }
    }
    s = s.strip();
    int possessive = possessiveLength(s);
    if (possessive > 0) {
      s = s.substring(0, s.length() - possessive);
    }
    List<String> out = new ArrayList<>(4);
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        word.append(Character.toUpperCase(c));
      } else if (c == '.' || isApostrophe(c)) {
        // glued: abbreviations and transliterated names
      } else if (word.length() > 0) {
        out.add(word.toString());
        word.setLength(0);
      }
    }
    if (word.length() > 0) {
      out.add(word.toString());
    }
    if (out.size() > 1 && out.get(0).equals("THE")) {
      out.remove(0); // "The New York Times" is "New York Times"
    }
    return out;
  }

  /**
   * How many final characters of {@code token} are a possessive {@code 's} (or {@code s'}): 0 or 2.
   */
  static int possessiveLength(String token) {
    int n = token.length();
    if (n > 2
        && (token.charAt(n - 1) == 's' || token.charAt(n - 1) == 'S')
        && isApostrophe(token.charAt(n - 2))) {
      return 2;
    }
    return 0;
  }

  /** True for the possessive token a tokenizer splits off: {@code 's}, {@code ’s}, {@code '}. */
  static boolean isPossessiveMarker(String token) {
    return (token.length() == 2
            && isApostrophe(token.charAt(0))
            && (token.charAt(1) == 's' || token.charAt(1) == 'S'))
        || (token.length() == 1 && isApostrophe(token.charAt(0)));
  }

  /**
   * The length of the part of {@code token} that may be a name: the whole token, less an attached
   * modifier ("Tripoli-based" gives 7) or a possessive ("Libya's" gives 5).
   */
  static int stemLength(String token) {
    int n = token.length() - possessiveLength(token);
    int hyphen = token.lastIndexOf('-', n - 1);
    if (hyphen > 0 && hyphen < n - 1) {
      String tail = token.substring(hyphen + 1, n).toLowerCase(Locale.ROOT);
      if (ATTACHED.contains(tail)) {
        return hyphen;
      }
    }
    return n;
  }

  /** True for the second half of an attached modifier: "based" in "Tripoli-based". */
  static boolean isAttached(String word) {
    return ATTACHED.contains(word.toLowerCase(Locale.ROOT));
  }

  /** True for a token that is a hyphen or dash alone. */
  static boolean isHyphen(String token) {
    return token.length() == 1 && "-\u2010\u2011\u2012\u2013".indexOf(token.charAt(0)) >= 0;
  }

  /** True when the first letter of the token is upper case. */
  static boolean isCapitalized(String token) {
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (Character.isLetter(c)) {
        return Character.isUpperCase(c);
      }
      if (Character.isDigit(c)) {
        return false;
      }
    }
    return false;
  }

  static boolean hasUpperCase(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isUpperCase(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** True for a token of at least two letters, none lower case ("NATO", "U.N.", "IS"). */
  static boolean isAllCaps(String token) {
    int letters = 0;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters >= 2;
  }

  /**
   * True for an acronym: 2 to 8 letters (dots allowed), starting upper case, at most one of them
   * lower case ("GNA", "U.N.", "HoR"), nothing else.
   */
  static boolean isAcronym(String token) {
    int upper = 0;
    int lower = 0;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (Character.isUpperCase(c)) {
        upper++;
      } else if (Character.isLowerCase(c)) {
        lower++;
      } else if (c != '.') {
        return false;
      }
    }
    return upper >= 2
        && lower <= 1
        && upper + lower <= 8
        && Character.isUpperCase(token.charAt(0))
        && !(lower == 1 && upper + lower == 2);
  }

  /** The letters of an acronym in upper case: "U.N." is {@code UN}, "HoR" is {@code HOR}. */
  static String acronymLetters(String token) {
    StringBuilder b = new StringBuilder(token.length());
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (Character.isLetter(c)) {
        b.append(Character.toUpperCase(c));
      }
    }
    return b.toString();
  }

  /** Small words skipped by some acronyms ("Government of National Accord" is GNA). */
  private static final Set<String> FUNCTION_WORDS =
      Set.of("OF", "THE", "AND", "FOR", "IN", "ON", "AT", "TO", "DE", "DU", "DES", "LA", "LE", "&");

  /**
   * The initials an acronym of the name may spell: of its capitalised words ("Government of
   * National Accord" gives {@code GNA}) and of all its words but articles ("House of
   * Representatives" gives {@code HOR}); at most two distinct strings, none for a one-word name.
   */
  static List<String> initials(String name) {
    List<String> out = new ArrayList<>(2);
    String[] parts = WORD_BREAKS.split(name.strip());
    if (parts.length < 2) {
      return out;
    }
    StringBuilder capitals = new StringBuilder();
    StringBuilder all = new StringBuilder();
    for (String p : parts) {
      if (p.isEmpty() || !Character.isLetter(p.charAt(0))) {
        continue;
      }
      String upper = p.toUpperCase(Locale.ROOT);
      if (Character.isUpperCase(p.charAt(0)) && !FUNCTION_WORDS.contains(upper)) {
        capitals.append(upper.charAt(0));
      }
      if (!upper.equals("THE") && !upper.equals("A")) {
        all.append(upper.charAt(0));
      }
    }
    if (capitals.length() >= 2) {
      out.add(stripAccents(capitals.toString()));
    }
    String a = stripAccents(all.toString());
    if (a.length() >= 2 && !out.contains(a)) {
      out.add(a);
    }
    return out;
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u2018' || c == '`' || c == '\u02bc';
  }

  static String stripAccents(String s) {
    String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        b.append(
            switch (c) {
              case 'ı' -> 'i';
              case 'ø' -> 'o';
              case 'Ø' -> 'O';
              case 'ł' -> 'l';
              case 'Ł' -> 'L';
              case 'đ' -> 'd';
              case 'Đ' -> 'D';
              default -> c;
            });
      }
    }
    return b.toString();
  }
}
