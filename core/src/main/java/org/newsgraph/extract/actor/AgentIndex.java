package org.newsgraph.extract.actor;

import java.util.ArrayList;
import java.util.List;

/**
 * The agent phrases in one {@link PhraseTrie}, each pointing at its agent record. When a phrase is
 * stated twice, the later statement wins, as in PETRARCH (the Phoenix file has six such phrases,
 * e.g. "minister of environment", {@code ~ENV} and later {@code ~GOVENV}).
 *
 * <p>Immutable once built; thread-safe to read.
 */
final class AgentIndex {

  /** One agent reading: the dictionary phrase, the bare code, and where the code goes. */
  record Agent(String phrase, String code, boolean prefix) {}

  private final PhraseTrie trie;
  private final Agent[] agents;
  private final int phraseCount;

  private AgentIndex(Builder b) {
    this.trie = b.trie;
    this.agents = b.agents.toArray(new Agent[0]);
    this.phraseCount = b.phraseCount;
  }

  PhraseTrie trie() {
    return trie;
  }

  Agent agent(int value) {
    return agents[value];
  }

  int phraseCount() {
    return phraseCount;
  }

  /** Collects agent phrases; not thread-safe. */
  static final class Builder {
    private final PhraseTrie trie = new PhraseTrie();
    private final List<Agent> agents = new ArrayList<>();
    private int phraseCount;

    void add(List<String> words, String code, boolean prefix, String phrase) {
      int node = trie.insert(words);
      if (trie.value(node) == PhraseTrie.NONE) {
        phraseCount++;
      }
      trie.setValue(node, agents.size());
      agents.add(new Agent(TabariActorReader.displayName(phrase), code, prefix));
    }

    AgentIndex build() {
      return new AgentIndex(this);
    }
  }
}
