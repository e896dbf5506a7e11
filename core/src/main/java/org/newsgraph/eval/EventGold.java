package org.newsgraph.eval;

import java.util.List;

/**
 * What {@link EventGoldReader} read from one file: the labelled sentences and what was wrong.
 *
 * @param sentences the well-formed sentences, in file order, ids unique
 * @param problems one line per line left out, each naming its line number
 */
public record EventGold(List<EventSentence> sentences, List<String> problems) {

  public EventGold {
    sentences = List.copyOf(sentences);
    problems = List.copyOf(problems);
  }

  /** How many triples all sentences hold together. */
  public int triples() {
    int n = 0;
    for (EventSentence s : sentences) {
      n += s.events().size();
    }
    return n;
  }
}
