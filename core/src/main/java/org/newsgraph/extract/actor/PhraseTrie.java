package org.newsgraph.extract.actor;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie over words (not characters) mapping each stored phrase to an int value, walked one word at
 * a time so that a caller can find the longest phrase starting at a token.
 *
 * <p>Why this shape: the actor dictionaries hold about 100,000 phrases of one to a dozen words. A
 * node per word with its own hash map would cost tens of megabytes; here words are interned to ints
 * once and every edge (parent node, word id) lives in one open-addressing table of longs, so the
 * whole index is a few flat arrays.
 *
 * <p>Not thread-safe while being built; read-only (and safe to share) once the builder that owns it
 * has published it.
 */
final class PhraseTrie {

  static final int ROOT = 0;
  static final int NONE = -1;

  private final Map<String, Integer> wordIds = new HashMap<>();
  private long[] edgeKeys = new long[1 << 12];
  private int[] edgeChildren = new int[1 << 12];
  private int edgeCount;
  private int[] values = new int[1 << 12];
  private int nodeCount = 1;
  private final BitSet capitalsOnly = new BitSet();

  PhraseTrie() {
    Arrays.fill(edgeKeys, -1L);
    Arrays.fill(values, NONE);
  }

  /** The node reached by the words, created as needed. */
  int insert(List<String> words) {
    int node = ROOT;
    for (String w : words) {
      int id = wordIds.computeIfAbsent(w, k -> wordIds.size());
      int child = child(node, id);
      if (child == NONE) {
        child = newNode();
        putEdge(node, id, child);
      }
      node = child;
    }
    return node;
  }

  int value(int node) {
    return values[node];
  }

  void setValue(int node, int value) {
    values[node] = value;
  }

  /**
   * Marks the phrase ending at {@code node} as an acronym to be matched only by tokens without
   * lower-case letters ("UN", "U.N.", but not "Un").
   */
  void setCapitalsOnly(int node, boolean on) {
    capitalsOnly.set(node, on);
  }

  boolean capitalsOnly(int node) {
    return capitalsOnly.get(node);
  }

  /** The id of an interned word, or {@link #NONE} when no phrase contains it. */
  int wordId(String word) {
    Integer id = wordIds.get(word);
    return id == null ? NONE : id;
  }

  /** The child of {@code node} along word {@code wordId}, or {@link #NONE}. */
  int child(int node, int wordId) {
    long key = ((long) node << 32) | wordId;
    int mask = edgeKeys.length - 1;
    for (int i = hash(key) & mask; ; i = (i + 1) & mask) {
      long k = edgeKeys[i];
      if (k == key) {
        return edgeChildren[i];
      }
      if (k == -1L) {
        return NONE;
      }
    }
  }

  int nodeCount() {
    return nodeCount;
  }

  int wordCount() {
    return wordIds.size();
  }

  private int newNode() {
    if (nodeCount == values.length) {
      int old = values.length;
      values = Arrays.copyOf(values, old * 2);
      Arrays.fill(values, old, values.length, NONE);
    }
    return nodeCount++;
  }

  private void putEdge(int parent, int wordId, int child) {
    if ((edgeCount + 1) * 2 > edgeKeys.length) {
      rehash();
    }
    long key = ((long) parent << 32) | wordId;
    int mask = edgeKeys.length - 1;
    int i = hash(key) & mask;
    while (edgeKeys[i] != -1L) {
      i = (i + 1) & mask;
    }
    edgeKeys[i] = key;
    edgeChildren[i] = child;
    edgeCount++;
  }

  private void rehash() {
    long[] oldKeys = edgeKeys;
    int[] oldChildren = edgeChildren;
    edgeKeys = new long[oldKeys.length * 2];
    edgeChildren = new int[oldKeys.length * 2];
    Arrays.fill(edgeKeys, -1L);
    int mask = edgeKeys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      long key = oldKeys[j];
      if (key != -1L) {
        int i = hash(key) & mask;
        while (edgeKeys[i] != -1L) {
          i = (i + 1) & mask;
        }
        edgeKeys[i] = key;
        edgeChildren[i] = oldChildren[j];
      }
    }
  }

  private static int hash(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 29));
  }
}
