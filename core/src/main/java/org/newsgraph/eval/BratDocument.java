package org.newsgraph.eval;

import java.util.List;
import java.util.Objects;

/**
 * A labelled document: the text of a {@code .txt} file and the attributions of its {@code .ann}.
 *
 * @param name the {@code .ann} file's path relative to the folder read, without extension
 * @param text the text exactly as in the file (no newline translation, no cleaning)
 * @param attributions sorted by where their content starts
 */
public record BratDocument(String name, String text, List<BratAttribution> attributions) {

  public BratDocument {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    attributions = List.copyOf(attributions);
  }
}
