package org.newsgraph.store;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * The key terms of an article, to tell whether two articles report the same story although worded
 * differently: its distinct words of four letters or more, in lower case, less common English words
 * and the words of news reporting ("said", "told", "officials"), plus its numbers of two digits or
 * more. Words of one stem (the Snowball English stemmer's, Porter2) are one term, so that "borders"
 * and "border", "securing" and "secured" match: a term is named by the first of its words in the
 * text, and its hash is that of its stem. Two articles share a story when their key terms overlap
 * by at least {@value #SAME_STORY} (shared terms over the terms of the shorter).
 *
 * <p>Terms are kept as their sorted distinct 32-bit hashes ({@link #hashes}), which the store keeps
 * per document so that comparing needs no text: two different terms share a hash about once in four
 * billion pairs.
 */
final class KeyTerms {

  /** The overlap at which two articles are taken to tell the same story. */
  static final double SAME_STORY = 0.4;

  private static final Set<String> COMMON =
      Set.of(
          "about",
          "above",
          "after",
          "again",
          "against",
          "also",
          "among",
          "another",
          "because",
          "been",
          "before",
          "being",
          "below",
          "between",
          "both",
          "but",
          "could",
          "does",
          "doing",
          "down",
          "during",
          "each",
          "even",
          "every",
          "from",
          "further",
          "have",
          "having",
          "here",
          "into",
          "just",
          "last",
          "later",
          "least",
          "less",
          "like",
          "made",
          "make",
          "many",
          "more",
          "most",
          "much",
          "must",
          "next",
          "only",
          "other",
          "over",
          "same",
          "should",
          "since",
          "some",
          "still",
          "such",
          "than",
          "that",
          "their",
          "them",
          "then",
          "there",
          "these",
          "they",
          "this",
          "those",
          "through",
          "under",
          "until",
          "upon",
          "very",
          "were",
          "what",
          "when",
          "where",
          "which",
          "while",
          "will",
          "with",
          "within",
          "without",
          "would",
          "your",
          "year",
          "years",
          "week",
          "weeks",
          "month",
          "months",
          "today",
          "yesterday",
          "tomorrow",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "said",
          "says",
          "told",
          "tell",
          "according",
          "added",
          "stated",
          "statement",
          "reported",
          "reports",
          "report",
          "news",
          "official",
          "officials",
          "spokesman",
          "spokeswoman",
          "people",
          "time",
          "first",
          "second",
          "third",
          "three",
          "four",
          "five",
          "mr",
          "mrs",
          "percent",
          "reuters",
          "agency",
          "press",
          "associated");

  private static final ThreadLocal<EnglishStemmer> STEMMER =
      ThreadLocal.withInitial(EnglishStemmer::new);

  private KeyTerms() {}

  /** The key terms of a text. */
  static Set<String> of(String text) {
    return counts(text).keySet();
  }

  /** The key terms of a text, each with how many times it occurs. */
  static Map<String, Integer> counts(String text) {
    Map<String, Integer> terms = new HashMap<>();
    Map<String, String> wordOfStem = new HashMap<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean inWord = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
      if (inWord && start < 0) {
        start = i;
      } else if (!inWord && start >= 0) {
        String word = text.substring(start, i).toLowerCase(Locale.ROOT);
        start = -1;
        boolean number = word.chars().allMatch(Character::isDigit);
        if (number ? word.length() >= 2 : word.length() >= 4 && !COMMON.contains(word)) {
          String term = number ? word : wordOfStem.computeIfAbsent(stem(word), s -> word);
          terms.merge(term, 1, Integer::sum);
        }
      }
    }
    return terms;
  }

  /** The sorted distinct hashes of a text's key terms. */
  static int[] hashes(String text) {
    return hashes(of(text));
  }

  /** The sorted distinct hashes of key terms. */
  static int[] hashes(Set<String> terms) {
    return terms.stream().mapToInt(KeyTerms::hash).sorted().distinct().toArray();
  }

  /** The hash of a term: that of its stem, so that every word of the stem has it. */
  static int hash(String term) {
    String stem = stem(term);
    return (int) (MinHash.mix(stem.hashCode() * 0x9E3779B97F4A7C15L + stem.length()) >>> 32);
  }

  /** A lower-case word's Snowball English stem (a number is its own stem). */
  static String stem(String word) {
    EnglishStemmer stemmer = STEMMER.get();
    stemmer.setCurrent(word);
    stemmer.stem();
    return stemmer.getCurrent();
  }

  /** Shared hashes over the hashes of the smaller array; 0 when either is empty. */
  static double overlap(int[] a, int[] b) {
    if (a.length == 0 || b.length == 0) {
      return 0;
    }
    int shared = 0;
    for (int i = 0, j = 0; i < a.length && j < b.length; ) {
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
    return shared / (double) Math.min(a.length, b.length);
  }
}
