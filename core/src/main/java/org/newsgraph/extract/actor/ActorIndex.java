package org.newsgraph.extract.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The actor phrases of all loaded dictionaries in one {@link PhraseTrie}, each phrase pointing at
 * its {@link ActorEntry}.
 *
 * <p>When two records state the same phrase, the later one wins, as in PETRARCH (files are read in
 * the order Countries, International, MilNonState, so the more specific files override), except
 * that a record without any code never hides one with a code (the International file has a bare
 * {@code U.N._} line before {@code U.N. [IGOUNO]}). Weak aliases (see {@link TabariActorReader})
 * are added after all files, only where no record states the phrase.
 *
 * <p>Acronyms match only tokens written without lower-case letters, so that "Us", "Un" or "Let" at
 * the start of a sentence are not the United States, the United Nations or Lashkar-e-Taiba ({@code
 * (LET)}): a stated one-word phrase of one or two letters, and every one-word weak alias
 * (parenthesised acronyms, and {@code THE_EU} read as {@code EU}). Three-letter phrases stay
 * case-insensitive, as the files mix acronyms with towns ("Goa", "Qom", "Fez").
 *
 * <p>Immutable once built; thread-safe to read.
 */
final class ActorIndex {

  private final PhraseTrie trie;
  private final ActorEntry[] entries;
  private final int phraseCount;
  private final int duplicateCount;
  private final Map<String, Set<String>> described;
  private final Map<String, int[]> namedBy;

  private ActorIndex(Builder b) {
    this.trie = b.trie;
    this.described = Map.copyOf(b.described);
    Map<String, int[]> named = new HashMap<>();
    b.namedBy.forEach((k, v) -> named.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    this.namedBy = Map.copyOf(named);
    this.entries = b.entries.toArray(new ActorEntry[0]);
    this.phraseCount = b.phraseCount;
    this.duplicateCount = b.duplicateCount;
  }

  PhraseTrie trie() {
    return trie;
  }

  ActorEntry entry(int value) {
    return entries[value];
  }

  /**
   * The undated codes of the records one of whose names holds {@code head}, one of {@link
   * #DESCRIPTION_HEADS} (upper case): "NORTH ATLANTIC ALLIANCE" puts {@code IGOWSTNAT} under {@code
   * ALLIANCE}.
   */
  Set<String> described(String head) {
    return described.getOrDefault(head, Set.of());
  }

  /**
   * The records of people known by {@code word} alone: the last word of a head name of two words or
   * more with a date-limited code ("REAGAN" for {@code RONALD_REAGAN}), or its first word when the
   * record is coded for a country whose names put the family name first ("XI" for {@code
   * XI_JINPING}).
   */
  int[] namedBy(String word) {
    return namedBy.getOrDefault(word, NONE);
  }

  private static final int[] NONE = new int[0];

  /**
   * Countries whose people's names put the family name first; their office-holders are also known
   * by the first word of their name.
   */
  private static final Set<String> FAMILY_NAME_FIRST = Set.of("CHN", "TWN", "HKG", "KOR", "PRK");

  int entryCount() {
    return entries.length;
  }

  int phraseCount() {
    return phraseCount;
  }

  int duplicateCount() {
    return duplicateCount;
  }

  /** Where a reader puts the records it reads. */
  interface Sink {
    /**
     * Adds a record with the phrases its file states and its weak aliases (each a list of {@link
     * Words}).
     */
    void add(ActorEntry entry, List<List<String>> phrases, List<List<String>> weak);
  }

  /**
   * Keeps records to add later, so that files can be read in parallel and still be indexed in their
   * fixed order. Not thread-safe: one per file.
   */
  static final class Buffer implements Sink {
    private final List<ActorEntry> entries = new ArrayList<>();
    private final List<List<List<String>>> phrases = new ArrayList<>();
    private final List<List<List<String>>> weak = new ArrayList<>();

    @Override
    public void add(ActorEntry entry, List<List<String>> stated, List<List<String>> aliases) {
      entries.add(entry);
      phrases.add(stated);
      weak.add(aliases);
    }

    void replayInto(Sink sink) {
      for (int i = 0; i < entries.size(); i++) {
        sink.add(entries.get(i), phrases.get(i), weak.get(i));
      }
    }
  }

  /**
   * The head nouns of definite descriptions of organisations ("the Alliance", "the Union", "the
   * Organisation") that a document may use for one it named before.
   */
  static final Set<String> DESCRIPTION_HEADS =
      Set.of(
          "ALLIANCE",
          "BLOC",
          "UNION",
          "ORGANIZATION",
          "ORGANISATION",
          "COALITION",
          "LEAGUE",
          "FEDERATION",
          "COMMISSION");

  /** Collects records into the index; not thread-safe. */
  static final class Builder implements Sink {
    private final PhraseTrie trie = new PhraseTrie();
    private final List<ActorEntry> entries = new ArrayList<>();
    private final List<List<String>> weakPhrases = new ArrayList<>();
    private final List<Integer> weakOwners = new ArrayList<>();
    private int phraseCount;
    private int duplicateCount;
    private final Map<String, Set<String>> described = new HashMap<>();
    private final Map<String, List<Integer>> namedBy = new HashMap<>();

    @Override
    public void add(ActorEntry entry, List<List<String>> phrases, List<List<String>> weak) {
      int id = entries.size();
      entries.add(entry);
      List<String> head = entry.nameWords();
      if (head.size() >= 2 && entry.hasDatedCode()) {
        namedBy.computeIfAbsent(head.get(head.size() - 1), k -> new ArrayList<>(1)).add(id);
        if (entry.codedFor(FAMILY_NAME_FIRST)) {
          namedBy.computeIfAbsent(head.get(0), k -> new ArrayList<>(1)).add(id);
        }
      }
      String undated = entry.undatedCode();
      for (List<String> words : phrases) {
        if (undated != null) {
          for (String w : words) {
            if (DESCRIPTION_HEADS.contains(w)) {
              described.computeIfAbsent(w, k -> new HashSet<>()).add(undated);
            }
          }
        }
        int node = trie.insert(words);
        int old = trie.value(node);
        if (old == PhraseTrie.NONE) {
          trie.setValue(node, id);
          phraseCount++;
        } else if (old != id) {
          duplicateCount++;
          if (!entry.hasCodes() && entries.get(old).hasCodes()) {
            continue;
          }
          trie.setValue(node, id);
        }
        trie.setCapitalsOnly(node, words.size() == 1 && words.get(0).length() <= 2);
      }
      for (List<String> words : weak) {
        weakPhrases.add(words);
        weakOwners.add(id);
      }
    }

    ActorIndex build() {
      described.replaceAll((k, v) -> Set.copyOf(v));
      for (int i = 0; i < weakPhrases.size(); i++) {
        List<String> words = weakPhrases.get(i);
        int node = trie.insert(words);
        if (trie.value(node) == PhraseTrie.NONE) {
          trie.setValue(node, weakOwners.get(i));
          trie.setCapitalsOnly(node, words.size() == 1);
          phraseCount++;
        }
      }
      weakPhrases.clear();
      weakOwners.clear();
      return new ActorIndex(this);
    }
  }
}
