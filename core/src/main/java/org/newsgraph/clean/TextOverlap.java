package org.newsgraph.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Word overlap between paragraphs, for the repeated-lead and pull-quote rules of {@link
 * TextCleaner}. Words are runs of letters and digits in lower case, with a possessive "'s" dropped
 * ("France’s" counts as "france"); only the first {@value #MAX_CHARS} characters of a paragraph are
 * read, which bounds the work on huge paragraphs.
 *
 * <p>Thread-safe: holds no state.
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

  private TextOverlap() {}

  /** The words of {@code text}, in order. */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    int n = Math.min(text.length(), MAX_CHARS);
    int i = 0;
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
        // skip a possessive 's so that "France’s" and "France" agree
        if (i + 1 < n
            && (text.charAt(i) == '\'' || text.charAt(i) == '’')
            && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
            && (i + 2 >= n || !Character.isLetterOrDigit(text.charAt(i + 2)))) {
          i += 2;
        }
      }
    }
    return out;
  }

  /**
   * The words of {@code text} as 64-bit hashes, in order: the repeated-lead test compares hashes,
   * not strings, so it allocates one array per paragraph and no strings.
   */
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
        out = java.util.Arrays.copyOf(out, count * 2);
      }
      out[count++] = h;
      if (i + 1 < n
          && (text.charAt(i) == '\'' || text.charAt(i) == '’')
          && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
          && (i + 2 >= n || !Character.isLetterOrDigit(text.charAt(i + 2)))) {
        i += 2;
      }
    }
    return java.util.Arrays.copyOf(out, count);
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
          out = java.util.Arrays.copyOf(out, count * 2);
        }
        out[count++] = h;
      }
    }
    return distinctSorted(java.util.Arrays.copyOf(out, count));
  }

  /** The distinct values of {@code hashes}, sorted. */
  static long[] distinctSorted(long[] hashes) {
    long[] a = hashes.clone();
    java.util.Arrays.sort(a);
    int k = 0;
    for (int i = 0; i < a.length; i++) {
      if (k == 0 || a[i] != a[k - 1]) {
        a[k++] = a[i];
      }
    }
    return java.util.Arrays.copyOf(a, k);
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

  /** Share of the smaller sorted set found in the other; 0 when either is empty. */
  static double containment(long[] a, long[] b) {
    if (a.length == 0 || b.length == 0) {
      return 0;
    }
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
    return (double) shared / Math.min(a.length, b.length);
  }

  /** The distinct words that are not function words. */
  static Set<String> contentWords(List<String> words) {
    Set<String> out = new HashSet<>();
    for (String w : words) {
      if (!STOPWORDS.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  /** Share of {@code part} found in {@code whole}; 0 when {@code part} is empty. */
  static double coverage(Set<String> part, Set<String> whole) {
    if (part.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String s : part) {
      if (whole.contains(s)) {
        shared++;
      }
    }
    return (double) shared / part.size();
  }
}
