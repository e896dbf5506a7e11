package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.List;

/**
 * The regular inflections of an English verb written in upper case, for verbs that the dictionary
 * lists without their forms: third person {@code -S}/{@code -ES}/{@code -IES}, past {@code
 * -ED}/{@code -D}/{@code -IED}, present participle {@code -ING} (a final silent {@code E} dropped,
 * {@code IE} becoming {@code YING}).
 *
 * <p>Final consonants are not doubled ({@code STOP}, {@code REGRET}): whether they are depends on
 * stress, and the dictionary lists those verbs' forms in braces. Thread-safe: stateless.
 */
final class Inflections {

  private Inflections() {}

  /** The word and its regular forms, without repeats, the word first. */
  static List<String> regular(String word) {
    List<String> out = new ArrayList<>(4);
    out.add(word);
    if (word.length() < 2 || !Character.isLetter(word.charAt(word.length() - 1))) {
      return out;
    }
    add(out, thirdPerson(word));
    add(out, past(word));
    add(out, participle(word));
    return out;
  }

  private static void add(List<String> out, String form) {
    if (!out.contains(form)) {
      out.add(form);
    }
  }

  static String thirdPerson(String w) {
    if (w.endsWith("S")
        || w.endsWith("X")
        || w.endsWith("Z")
        || w.endsWith("CH")
        || w.endsWith("SH")
        || (w.endsWith("O") && !vowel(w.charAt(w.length() - 2)))) {
      return w + "ES";
    }
    if (consonantY(w)) {
      return w.substring(0, w.length() - 1) + "IES";
    }
    return w + "S";
  }

  static String past(String w) {
    if (w.endsWith("E")) {
      return w + "D";
    }
    if (consonantY(w)) {
      return w.substring(0, w.length() - 1) + "IED";
    }
    return w + "ED";
  }

  static String participle(String w) {
    if (w.endsWith("IE")) {
      return w.substring(0, w.length() - 2) + "YING";
    }
    if (w.endsWith("E") && !w.endsWith("EE") && !w.endsWith("YE") && !w.endsWith("OE")) {
      return w.substring(0, w.length() - 1) + "ING";
    }
    return w + "ING";
  }

  private static boolean consonantY(String w) {
    return w.endsWith("Y") && !vowel(w.charAt(w.length() - 2));
  }

  private static boolean vowel(char c) {
    return "AEIOU".indexOf(c) >= 0;
  }
}
