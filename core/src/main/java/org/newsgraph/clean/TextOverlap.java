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

  /** Adjacent word pairs, as "a b". */
  static Set<String> bigrams(List<String> words) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 1 < words.size(); i++) {
      out.add(words.get(i) + ' ' + words.get(i + 1));
    }
    return out;
  }

  /** Share of the smaller set that the larger one contains; 0 when either is empty. */
  static double containment(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    int shared = 0;
    for (String s : small) {
      if (large.contains(s)) {
        shared++;
      }
    }
    return (double) shared / small.size();
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
