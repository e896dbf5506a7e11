package org.newsgraph.model;

import java.util.Objects;

/**
 * A place in the document text where something is mentioned.
 *
 * @param start its first character in the clean text (a Java string index)
 * @param end one past its last character
 * @param text the characters between {@code start} and {@code end}
 */
public record Mention(int start, int end, String text) {
  public Mention {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad mention span: " + start + ".." + end);
    }
  }
}
