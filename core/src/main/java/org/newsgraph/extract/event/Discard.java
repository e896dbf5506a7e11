package org.newsgraph.extract.event;

import java.util.List;
import java.util.Locale;

/**
 * One phrase of a discard dictionary ({@code Phoenix.discards.txt}): text about sport,
 * entertainment, weather, history and the like, which a coder should not read as political events.
 * A {@code +} before the phrase discards the whole story; without it, the sentence.
 *
 * @param words the phrase's words, upper case (a possessive {@code 's} is a word of its own, as
 *     tokenizers split it: {@code QUEEN 'S ICONIC ANTHEM})
 * @param story true for a story-level discard ({@code +MANCHESTER UNITED}), false for a sentence
 *     discard ({@code BRONZE MEDAL})
 * @param line the line of the dictionary, from 1
 */
public record Discard(List<String> words, boolean story, int line) {

  /**
   * @throws IllegalArgumentException when there are no words or a word is blank or not upper case
   */
  public Discard {
    words = List.copyOf(words);
    if (words.isEmpty()) {
      throw new IllegalArgumentException("a discard phrase needs a word");
    }
    for (String w : words) {
      if (w.isBlank() || !w.equals(w.toUpperCase(Locale.ROOT))) {
        throw new IllegalArgumentException("discard words are upper case and not blank: " + w);
      }
    }
  }

  /** The phrase as written, words joined by blanks. */
  public String phrase() {
    return String.join(" ", words).replace(" 'S", "'S");
  }
}
