package org.newsgraph.store;

/**
 * The ids of the documents in the store, in memory, for the ingest's "is it new?" test: an open
 * addressing set of the ids' 64-bit values (8 to 16 bytes per document, not ~60 as boxed strings).
 *
 * <p>Thread-safe: workers test while the writer adds.
 */
final class KnownIds {
  private static final long EMPTY = 0;

  private long[] slots = new long[1024];
  private int size;
  private boolean hasZero;

  /** The 64-bit value of a document id (16 hex digits). */
  static long value(String id) {
    if (id.length() != 16) {
      throw new IllegalArgumentException("not a document id: " + id);
    }
    return Long.parseUnsignedLong(id, 16);
  }

  synchronized boolean contains(String id) {
    long value = value(id);
    if (value == EMPTY) {
      return hasZero;
    }
    for (int i = slot(value, slots.length); ; i = (i + 1) & (slots.length - 1)) {
      if (slots[i] == EMPTY) {
        return false;
      }
      if (slots[i] == value) {
        return true;
      }
    }
  }

  synchronized void add(String id) {
    long value = value(id);
    if (value == EMPTY) {
      hasZero = true;
      return;
    }
    if ((size + 1) * 2 > slots.length) {
      grow();
    }
    if (insert(slots, value)) {
      size++;
    }
  }

  synchronized int size() {
    return size + (hasZero ? 1 : 0);
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

  private static boolean insert(long[] table, long value) {
    for (int i = slot(value, table.length); ; i = (i + 1) & (table.length - 1)) {
      if (table[i] == EMPTY) {
        table[i] = value;
        return true;
      }
      if (table[i] == value) {
        return false;
      }
    }
  }

  private static int slot(long value, int length) {
    long mixed = value * 0x9E3779B97F4A7C15L;
    return (int) (mixed >>> 40) & (length - 1);
  }
}
