package org.newsgraph.extract.tone;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores the tone of text with the AFINN-165 word list (3,382 English words and phrases rated -5 to
 * 5): as GDELT does, what counts is how many words are positive or negative, not how strongly. A
 * phrase of the list ("does not work", "fed up") counts as one word of its valence and its words
 * are not looked up again. No negation handling: "not good" is one positive word, as in GDELT's
 * tone.
 *
 * <p>Words are runs of letters, digits and apostrophes, compared in lower case; a typographic
 * apostrophe is read as {@code '}.
 *
 * <p>Thread-safe: the word list is read once and never changed.
 */
public final class ToneScorer {

  private static final int LONGEST_PHRASE = 3;

  private static final Set<String> PRONOUNS =
      Set.of(
          "i",
          "me",
          "my",
          "mine",
          "myself",
          "we",
          "us",
          "our",
          "ours",
          "ourselves",
          "you",
          "your",
          "yours",
          "yourself",
          "yourselves",
          "he",
          "him",
          "his",
          "himself",
          "she",
          "her",
          "hers",
          "herself",
          "it",
          "its",
          "itself",
          "they",
          "them",
          "their",
          "theirs",
          "themselves");

  private ToneScorer() {}

  /** The word list, read on first use. */
  private static final class Lexicon {
    static final Map<String, Integer> VALENCE = read();

    /** The first words of the list's phrases: only these need the longer lookups. */
    static final java.util.Set<String> PHRASE_STARTS =
        VALENCE.keySet().stream()
            .filter(k -> k.indexOf(' ') > 0)
            .map(k -> k.substring(0, k.indexOf(' ')))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static Map<String, Integer> read() {
      Map<String, Integer> valence = new HashMap<>();
      try (InputStream in = ToneScorer.class.getResourceAsStream("afinn-165.tsv")) {
        if (in == null) {
          throw new IllegalStateException("afinn-165.tsv missing from the build");
        }
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = lines.readLine()) != null; ) {
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          int tab = line.indexOf('\t');
          valence.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1).strip()));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return Map.copyOf(valence);
    }
  }

  /**
   * A word's valence in the list, -5 to 5, 0 when the list does not rate it.
   *
   * @param word the word, in any case
   */
  public static int valence(String word) {
    Integer v = Lexicon.VALENCE.get(word.toLowerCase(java.util.Locale.ROOT));
    return v == null ? 0 : v;
  }

  /** The tone of a whole text. */
  public static Tone score(CharSequence text) {
    return score(text, 0, text.length());
  }

  /**
   * The tone of the characters {@code start..end} of a text.
   *
   * @throws IndexOutOfBoundsException if the span is not within the text
   */
  public static Tone score(CharSequence text, int start, int end) {
    java.util.Objects.checkFromToIndex(start, end, text.length());
    List<String> words = words(text, start, end);
    int positive = 0;
    int negative = 0;
    int pronouns = 0;
    for (int i = 0; i < words.size(); ) {
      int taken = 1;
      int valence = 0;
      int longest =
          Lexicon.PHRASE_STARTS.contains(words.get(i))
              ? Math.min(LONGEST_PHRASE, words.size() - i)
              : 1;
      for (int n = longest; n >= 1; n--) {
        Integer v =
            Lexicon.VALENCE.get(n == 1 ? words.get(i) : String.join(" ", words.subList(i, i + n)));
        if (v != null) {
          valence = v;
          taken = n;
          break;
        }
      }
      if (valence > 0) {
        positive += taken;
      } else if (valence < 0) {
        negative += taken;
      } else if (PRONOUNS.contains(words.get(i))) {
        pronouns++;
      }
      i += taken;
    }
    return Tone.of(positive, negative, pronouns, words.size());
  }

  /**
   * The tone of a span of a text such as an event's sentence, the span first cut to the text (a
   * record read from elsewhere may hold offsets past its text).
   */
  public static Tone scoreSpan(String text, int start, int end) {
    int to = Math.min(text.length(), Math.max(0, end));
    return score(text, Math.min(to, Math.max(0, start)), to);
  }

  private static List<String> words(CharSequence text, int start, int end) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = start; i <= end; i++) {
      char c = i < end ? text.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        word.append(c);
      } else if ((c == '\'' || c == '\u2019') && word.length() > 0) {
        word.append('\'');
      } else if (word.length() > 0) {
        trimApostrophes(word);
        if (word.length() > 0) {
          words.add(word.toString().toLowerCase(Locale.ROOT));
        }
        word.setLength(0);
      }
    }
    return words;
  }

  private static void trimApostrophes(StringBuilder word) {
    while (word.length() > 0 && word.charAt(word.length() - 1) == '\'') {
      word.setLength(word.length() - 1);
    }
  }
}
