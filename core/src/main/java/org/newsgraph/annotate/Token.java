package org.newsgraph.annotate;

import java.util.Objects;

/**
 * One token of an annotated text.
 *
 * @param text the token as written (the characters of the text between {@code start} and {@code
 *     end})
 * @param start its first character in the document text (a Java string index)
 * @param end one past its last character
 * @param pos the Penn Treebank part-of-speech tag ("NNP", "VBD", ...)
 * @param lemma the base form ("say" for "said")
 * @param ner the CoNLL named-entity class of the token, {@code PER}, {@code ORG}, {@code LOC},
 *     {@code MISC}, or {@code O} outside any name
 */
public record Token(String text, int start, int end, String pos, String lemma, String ner) {
  public Token {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(ner, "ner");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad token span: " + start + ".." + end);
    }
  }
}
