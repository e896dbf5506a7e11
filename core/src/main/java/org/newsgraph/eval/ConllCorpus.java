package org.newsgraph.eval;

import java.util.List;

/**
 * What {@link ConllReader} read from one file: its sentences and what was wrong with it.
 *
 * @param sentences the well-formed sentences, in file order
 * @param documents how many documents the file held ({@code -DOCSTART-} lines; at least 1 when
 *     there are sentences)
 * @param problems one line per malformed line or dropped sentence, each naming its line number
 */
public record ConllCorpus(List<ConllSentence> sentences, int documents, List<String> problems) {

  public ConllCorpus {
    sentences = List.copyOf(sentences);
    problems = List.copyOf(problems);
    if (documents < 0) {
      throw new IllegalArgumentException("documents cannot be negative: " + documents);
    }
  }

  /** How many tokens all sentences hold together. */
  public int tokens() {
    int n = 0;
    for (ConllSentence s : sentences) {
      n += s.tokens().size();
    }
    return n;
  }
}
