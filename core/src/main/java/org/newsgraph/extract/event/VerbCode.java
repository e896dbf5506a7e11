package org.newsgraph.extract.event;

/**
 * The event code(s) that a verb, a verb block or a pattern of the verb dictionary gives, as written
 * in its brackets: {@code [042]}, {@code [042:043]}, {@code [:173]} or the null code {@code [---]}.
 *
 * <p>A code is opaque text: CAMEO codes are two to four digits ({@code 0332}), but the validation
 * dictionaries also use codes such as {@code 174K} or {@code 102b}; {@link CameoCodes} knows the
 * standard ones. The two sides of a paired code: {@code forward} is the event from the source to
 * the target, {@code reverse} the event from the target back to the source ("A rushed to B" {@code
 * [042:043]}: A visits B, B hosts A; "A received an invitation from B" {@code [:026]}: only B
 * invites A). The null code, both sides null, is a pattern that matches but codes no event (it
 * blocks the verb's default code).
 *
 * @param forward the source-to-target code, or null for none
 * @param reverse the target-to-source code, or null for none
 */
public record VerbCode(String forward, String reverse) {

  /** The null code {@code [---]}: no event. */
  public static final VerbCode NONE = new VerbCode(null, null);

  /**
   * @throws IllegalArgumentException when a side is not 1 to 8 letters and digits
   */
  public VerbCode {
    check(forward);
    check(reverse);
  }

  private static void check(String code) {
    if (code != null && !isCode(code)) {
      throw new IllegalArgumentException("a code is 1 to 8 letters and digits: " + code);
    }
  }

  /** A one-sided code, {@code [xxx]}. */
  public static VerbCode of(String forward) {
    return new VerbCode(forward, null);
  }

  /** True for the null code {@code [---]}: no event either way. */
  public boolean isNone() {
    return forward == null && reverse == null;
  }

  /**
   * The code as written in a dictionary: {@code 042}, {@code 042:043}, {@code :173}, {@code ---}.
   */
  @Override
  public String toString() {
    if (isNone()) {
      return "---";
    }
    if (reverse == null) {
      return forward;
    }
    return (forward == null ? "" : forward) + ":" + reverse;
  }

  /**
   * Reads the text between the brackets; a side written {@code ---} or left empty is no code.
   *
   * @return the code, or null when the text is not a code (the caller reports the line)
   */
  static VerbCode parse(String text) {
    String t = text.strip();
    int colon = t.indexOf(':');
    String fwd = colon < 0 ? t : t.substring(0, colon).strip();
    String rev = colon < 0 ? "" : t.substring(colon + 1).strip();
    if (t.isEmpty() || t.equals(":") || !isSide(fwd) || !isSide(rev)) {
      return null;
    }
    return new VerbCode(orNull(fwd), orNull(rev));
  }

  private static boolean isSide(String s) {
    return s.isEmpty() || s.equals("---") || isCode(s);
  }

  /** 1 to 8 ASCII letters and digits. */
  private static boolean isCode(String s) {
    if (s.isEmpty() || s.length() > 8) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
        return false;
      }
    }
    return true;
  }

  private static String orNull(String s) {
    return s.isEmpty() || s.equals("---") ? null : s;
  }
}
