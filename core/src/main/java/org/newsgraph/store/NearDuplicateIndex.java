package org.newsgraph.store;

/**
 * Locality-sensitive hashing over {@link MinHash} signatures: the first {@value #BANDS} x {@value
 * #ROWS} values of a signature cut into {@value #BANDS} bands, each band hashed to 32 bits; two
 * documents become candidates when one band is equal, which happens with probability {@code 1 - (1
 * - J^3)^12} for Jaccard similarity J: 0.99 at J = 0.7, 0.55 at J = 0.4, 0.03 at J = 0.13. The
 * candidates are then checked on their whole signatures (by {@link StoryLinker}).
 *
 * <p>Memory: one open-addressing table of longs (band hash and document number packed together)
 * kept at most three-quarters full, and the documents' ids as longs; a band hash already present
 * keeps its first document, so the first seen of a set of copies stays the one found. {@link
 * #bytes()} gives the size of these arrays.
 *
 * <p>Not thread-safe: used by the store's writer only.
 */
final class NearDuplicateIndex {

  /** Bands of the signature. */
  static final int BANDS = 12;

  /** Signature values per band. */
  static final int ROWS = 3;

  private static final long EMPTY = 0;

  private long[] slots = new long[1024];
  private int used;
  private long[] documents = new long[256];
  private int size;

  NearDuplicateIndex() {
    if (BANDS * ROWS > MinHash.HASHES) {
      throw new IllegalStateException("bands need more hashes than a signature has");
    }
  }

  /** The band hashes of a signature, one per band, never 0. */
  static int[] bands(int[] signature) {
    int[] keys = new int[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long h = b + 1;
      for (int r = 0; r < ROWS; r++) {
        h = MinHash.mix(h * 31 + signature[b * ROWS + r]);
      }
      int key = (int) (h >>> 32);
      keys[b] = key == 0 ? 1 : key;
    }
    return keys;
  }

  /**
   * The ids (as 64-bit values) of the indexed documents that share a band with the signature: for
   * each band, the first document indexed with it here, else the first in {@code later} (the
   * documents indexed after these, not yet added here). So the candidates are the same however the
   * documents were split between the two.
   */
  long[] candidates(int[] signature, NearDuplicateIndex later) {
    long[] found = new long[BANDS];
    int n = 0;
    for (int key : bands(signature)) {
      int doc = find(key);
      long id;
      if (doc >= 0) {
        id = documents[doc];
      } else {
        int other = later.find(key);
        if (other < 0) {
          continue;
        }
        id = later.documents[other];
      }
      boolean seen = false;
      for (int i = 0; i < n; i++) {
        seen |= found[i] == id;
      }
      if (!seen) {
        found[n++] = id;
      }
    }
    return java.util.Arrays.copyOf(found, n);
  }

  /** Indexes a document (its id's 64-bit value) under its signature's bands. */
  void add(long id, int[] signature) {
    if (size == documents.length) {
      documents = java.util.Arrays.copyOf(documents, size * 2);
    }
    int doc = size++;
    documents[doc] = id;
    for (int key : bands(signature)) {
      if (find(key) >= 0) {
        continue;
      }
      if ((used + 1) * 4 > slots.length * 3) {
        grow();
      }
      insert(slots, pack(key, doc));
      used++;
    }
  }

  /** The number of documents indexed. */
  int size() {
    return size;
  }

  /** The bytes of the index's arrays (the table and the ids), without the JVM's object headers. */
  long bytes() {
    return 8L * slots.length + 8L * documents.length;
  }

  private int find(int key) {
    int mask = slots.length - 1;
    for (int i = slot(key, slots.length); ; i = (i + 1) & mask) {
      long value = slots[i];
      if (value == EMPTY) {
        return -1;
      }
      if ((int) (value >>> 32) == key) {
        return (int) value;
      }
    }
  }

  private static long pack(int key, int doc) {
    return ((long) key << 32) | (doc & 0xFFFFFFFFL);
  }

  private void grow() {
    long[] bigger = new long[slots.length * 2];
    for (long value : slots) {
      if (value != EMPTY) {
        insert(bigger, value);
      }
    }
    slots = bigger;
  }

  private static void insert(long[] table, long value) {
    int mask = table.length - 1;
    for (int i = slot((int) (value >>> 32), table.length); ; i = (i + 1) & mask) {
      if (table[i] == EMPTY) {
        table[i] = value;
        return;
      }
    }
  }

  private static int slot(int key, int length) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & (length - 1);
  }
}
