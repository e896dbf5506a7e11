package org.newsgraph.clean;

import java.util.Arrays;
import java.util.Set;

/**
 * Word overlap between paragraphs, for the repeated-lead and pull-quote rules of {@link
 * TextCleaner}. Words are runs of letters and digits compared without case, with a possessive "'s"
 * dropped ("France’s" counts as "france"). Words are handled as 64-bit hashes in sorted arrays, so
 * that a comparison allocates a few arrays and no strings; only the first {@value #MAX_CHARS}
 * characters of a paragraph are read, which bounds the work on huge paragraphs.
 *
 * <p>Thread-safe: holds no mutable state.
 */
final class TextOverlap {

  static final int MAX_CHARS = 5000;

  private static final Set<String> STOPWORDS =
      Set.of(
          "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by",
          "with", "as", "is", "are", "was", "were", "be", "been", "it", "its", "this", "that",
          "these", "those", "will", "would", "not", "no", "has", "have", "had", "he", "she", "they",
          "we", "you", "i", "his", "her", "their", "our", "up", "out", "into", "over", "about",
          "than", "before", "after", "s");

  private static final long[] STOPWORD_HASHES =
      distinctSorted(STOPWORDS.stream().mapToLong(w -> wordHashes(w)[0]).toArray());

  private TextOverlap() {}

  /** The words of {@code text} as hashes, in order. */
  static long[] wordHashes(String text) {
    int n = Math.min(text.length(), MAX_CHARS);
    long[] out = new long[16];
    int count = 0;
    int i = 0;
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      if (i >= n) {
        break;
      }
      long h = 1125899906842597L;
      while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
        h = 31 * h + Character.toLowerCase(text.charAt(i));
        i++;
      }
      if (count == out.length) {
        out = Arrays.copyOf(out, count * 2);
      }
      out[count++] = h;
      // skip a possessive 's so that "France’s" and "France" agree
      if (i + 1 < n
          && (text.charAt(i) == '\'' || text.charAt(i) == '’')
          && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
          && (i + 2 >= n || !Character.isLetterOrDigit(text.charAt(i + 2)))) {
        i += 2;
      }
    }
    return Arrays.copyOf(out, count);
  }

  /** The distinct words that are not function words, as sorted hashes. */
  static long[] contentHashes(String text) {
    long[] all = distinctSorted(wordHashes(text));
    int k = 0;
    for (long h : all) {
      if (Arrays.binarySearch(STOPWORD_HASHES, h) < 0) {
        all[k++] = h;
      }
    }
    return Arrays.copyOf(all, k);
  }

  /** Hashes of the tokens that hold a digit ("12.5", "1986/87"), distinct and sorted. */
  static long[] numberHashes(String text) {
    int n = Math.min(text.length(), MAX_CHARS);
    long[] out = new long[8];
    int count = 0;
    int i = 0;
    while (i < n) {
      while (i < n && text.charAt(i) == ' ') {
        i++;
      }
      long h = 7;
      boolean digit = false;
      while (i < n && text.charAt(i) != ' ') {
        char c = text.charAt(i++);
        if (Character.isLetterOrDigit(c)) {
          h = 31 * h + c;
          digit |= Character.isDigit(c);
        }
      }
      if (digit) {
        if (count == out.length) {
          out = Arrays.copyOf(out, count * 2);
        }
        out[count++] = h;
      }
    }
    return distinctSorted(Arrays.copyOf(out, count));
  }

  /** The distinct values of {@code hashes}, sorted. */
  static long[] distinctSorted(long[] hashes) {
    long[] a = hashes.clone();
    Arrays.sort(a);
    int k = 0;
    for (int i = 0; i < a.length; i++) {
      if (k == 0 || a[i] != a[k - 1]) {
        a[k++] = a[i];
      }
    }
    return Arrays.copyOf(a, k);
  }

  /** Hashes of adjacent word pairs, distinct and sorted. */
  static long[] bigramHashes(long[] hashes) {
    if (hashes.length < 2) {
      return new long[0];
    }
    long[] pairs = new long[hashes.length - 1];
    for (int i = 0; i + 1 < hashes.length; i++) {
      pairs[i] = hashes[i] * 0x9E3779B97F4A7C15L + hashes[i + 1];
    }
    return distinctSorted(pairs);
  }

  /** How many values two sorted distinct arrays share. */
  private static int shared(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int shared = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        shared++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return shared;
  }

  /** Share of the smaller sorted set found in the other; 0 when either is empty. */
  static double containment(long[] a, long[] b) {
    if (a.length == 0 || b.length == 0) {
      return 0;
    }
    return (double) shared(a, b) / Math.min(a.length, b.length);
  }

  /** Share of the sorted set {@code part} found in the sorted set {@code whole}. */
  static double coverage(long[] part, long[] whole) {
    return part.length == 0 ? 0 : (double) shared(part, whole) / part.length;
  }
}
