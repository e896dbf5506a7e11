package org.newsgraph.extract.event;

import java.util.List;
import java.util.Locale;

/**
 * One written form of a verb: its words, upper case, and which of them is the verb. Most forms are
 * one word ({@code ACCUSED}); a phrasal verb has particles after it ({@code +ASK_FOR}: {@code ASK},
 * {@code FOR}) or, rarely, words before it ({@code WIRE_+TAP}).
 *
 * @param words the words in order, upper case
 * @param verb the index of the verb word in {@code words}
 */
public record VerbForm(List<String> words, int verb) {

  /**
   * @throws IllegalArgumentException when there are no words, a word is blank or holds a blank or
   *     {@code _}, or {@code verb} is not an index of {@code words}
   */
  public VerbForm {
    words = List.copyOf(words);
    if (words.isEmpty()) {
      throw new IllegalArgumentException("a verb form needs a word");
    }
    for (String w : words) {
      if (w.isEmpty() || !PatternElement.Word.isToken(w)) {
        throw new IllegalArgumentException("a verb word is one token without '_': " + w);
      }
      if (!w.equals(w.toUpperCase(Locale.ROOT))) {
        throw new IllegalArgumentException("verb words are upper case: " + w);
      }
    }
    if (verb < 0 || verb >= words.size()) {
      throw new IllegalArgumentException("verb index " + verb + " outside " + words);
    }
  }

  /** The verb word ({@code ASK} of {@code ASK_FOR}). */
  public String verbWord() {
    return words.get(verb);
  }

  /** True for a form of more than one word. */
  public boolean isPhrasal() {
    return words.size() > 1;
  }

  /** The same form with the verb word replaced (an inflection of a phrasal verb). */
  VerbForm withVerbWord(String word) {
    String[] w = words.toArray(new String[0]);
    w[verb] = word;
    return new VerbForm(List.of(w), verb);
  }

  /** The form as the dictionary writes it: {@code ASK_FOR}, {@code +ASK_FOR} only when needed. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      if (i > 0) {
        b.append('_');
      }
      if (i == verb && verb > 0) {
        b.append('+');
      }
      b.append(words.get(i));
    }
    return b.toString();
  }
}
