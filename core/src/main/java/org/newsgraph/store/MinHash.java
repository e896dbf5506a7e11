package org.newsgraph.store;

import java.util.Arrays;
import java.util.Locale;

/**
 * The MinHash signature of a text: for each of {@value #HASHES} hash functions, the smallest hash
 * of the text's word {@value #SHINGLE}-shingles (five words in a row, lower case, punctuation
 * ignored). The share of equal positions in two signatures estimates the Jaccard similarity of the
 * two texts' shingle sets (standard error about 0.06 at 0.7).
 *
 * <p>A text of fewer than {@value #SHINGLE} words is one shingle of all its words; a text without
 * words has an empty signature, like no other text.
 */
final class MinHash {

  /** The number of hash functions, the length of a signature. */
  static final int HASHES = 64;

  /** Words per shingle. */
  static final int SHINGLE = 5;

  private static final long[] SEEDS = new long[HASHES];

  static {
    long seed = 0x5DEECE66DL;
    for (int i = 0; i < HASHES; i++) {
      seed = mix(seed + 0x9E3779B97F4A7C15L);
      SEEDS[i] = seed;
    }
  }

  private MinHash() {}

  /** The signature of a text. */
  static int[] signature(String text) {
    long[] words = wordHashes(text);
    if (words.length == 0) {
      return new int[0];
    }
    int[] min = new int[HASHES];
    java.util.Arrays.fill(min, Integer.MAX_VALUE);
    int shingles = Math.max(1, words.length - SHINGLE + 1);
    for (int s = 0; s < shingles; s++) {
      long shingle = 0;
      for (int k = s; k < Math.min(words.length, s + SHINGLE); k++) {
        shingle = shingle * 0x100000001B3L + words[k];
      }
      shingle = mix(shingle);
      for (int i = 0; i < HASHES; i++) {
        // The top 31 bits, so that comparing as ints is comparing as unsigned values.
        int h = (int) (mix(shingle ^ SEEDS[i]) >>> 33);
        if (h < min[i]) {
          min[i] = h;
        }
      }
    }
    return min;
  }

  /** The estimated Jaccard similarity of the texts of two signatures: the share of equal values. */
  static double similarity(int[] a, int[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException(
          "signatures differ in length: " + a.length + ", " + b.length);
    }
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return same / (double) a.length;
  }

  /** The words of a text (runs of letters and digits, lower case), as 64-bit hashes. */
  private static long[] wordHashes(String text) {
    long[] hashes = new long[64];
    int count = 0;
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean inWord = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
      if (inWord && start < 0) {
        start = i;
      } else if (!inWord && start >= 0) {
        if (count == hashes.length) {
          hashes = Arrays.copyOf(hashes, count * 2);
        }
        hashes[count++] = hash(text.substring(start, i).toLowerCase(Locale.ROOT));
        start = -1;
      }
    }
    return Arrays.copyOf(hashes, count);
  }

  private static long hash(String word) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < word.length(); i++) {
      h = (h ^ word.charAt(i)) * 0x100000001B3L;
    }
    return mix(h);
  }

  /** A 64-bit finalizer (the one of SplitMix64): every input bit moves every output bit. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
