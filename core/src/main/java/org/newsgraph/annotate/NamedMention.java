package org.newsgraph.annotate;

import java.util.Objects;

/**
 * A name found by the named-entity recognizer: a maximal run of tokens of one CoNLL class within a
 * sentence.
 *
 * @param start its first character in the document text
 * @param end one past its last character
 * @param text the characters between {@code start} and {@code end}
 * @param type {@code PER}, {@code ORG}, {@code LOC} or {@code MISC}
 * @param sentence the index of its sentence
 * @param firstToken the index of its first token within the sentence
 * @param endToken one past the index of its last token within the sentence
 */
public record NamedMention(
    int start, int end, String text, String type, int sentence, int firstToken, int endToken) {
  public NamedMention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    if (endToken <= firstToken) {
      throw new IllegalArgumentException("a mention has tokens: " + firstToken + ".." + endToken);
    }
  }
}
