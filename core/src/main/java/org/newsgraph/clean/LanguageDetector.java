package org.newsgraph.clean;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells the language of an article body: by script for non-Latin scripts, by counting the most
 * frequent function words for Latin-script languages.
 *
 * <p>Why function words and not character n-grams: news bodies are long, and a handful of very
 * frequent words separates the Latin-script languages of news reliably at a fraction of the cost of
 * an n-gram model. Text too short or without a clear winner gives {@code null}. A script shared by
 * several languages is read as the commonest of them in news (Cyrillic as Russian).
 *
 * <p>Thread-safe: holds only immutable tables.
 */
final class LanguageDetector {

  /** Only the start of a body is looked at: a few hundred words decide. */
  private static final int SAMPLE_CHARS = 3_000;

  private static final int MIN_HITS = 5;

  private static final Map<String, Set<String>> FUNCTION_WORDS =
      Map.of(
          "en",
          Set.of(
              "the", "and", "of", "to", "in", "is", "that", "for", "it", "was", "on", "with", "he",
              "as", "by", "at", "from", "his", "have", "has", "are", "were", "said", "this",
              "which", "would", "their", "been", "who", "not"),
          "fr",
          Set.of(
              "le", "la", "les", "des", "est", "et", "une", "du", "dans", "qui", "que", "pour",
              "pas", "sur", "au", "aux", "avec", "il", "elle", "ce", "sont", "par", "mais", "ont",
              "été", "cette", "leur", "nous"),
          "de",
          Set.of(
              "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "mit", "den", "dem", "zu",
              "von", "auf", "für", "sich", "auch", "wird", "wurde", "sie", "es", "im", "bei",
              "dass", "nach", "aus", "einen"),
          "es",
          Set.of(
              "el", "los", "las", "del", "que", "y", "en", "un", "una", "es", "por", "con", "para",
              "se", "su", "al", "lo", "como", "más", "pero", "sus", "fue", "ha", "este", "esta",
              "también"),
          "it",
          Set.of(
              "il", "della", "che", "di", "e", "un", "una", "per", "non", "sono", "nel", "gli",
              "le", "del", "alla", "dei", "con", "è", "anche", "come", "ha", "più", "questo",
              "delle", "stato"),
          "pt",
          Set.of(
              "o", "os", "as", "da", "do", "das", "dos", "que", "e", "em", "um", "uma", "para",
              "com", "não", "por", "se", "na", "no", "foi", "mais", "ao", "como", "mas", "ser",
              "também", "é"),
          "nl",
          Set.of(
              "de", "het", "een", "en", "van", "is", "dat", "niet", "op", "te", "zijn", "met",
              "voor", "die", "er", "maar", "ook", "om", "bij", "werd", "wordt", "heeft", "naar",
              "uit", "deze"));

  /** The ISO 639-1 code of the text's language, or null when the text is too short or unclear. */
  String detect(String text) {
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    String byScript = byScript(sample);
    if (byScript != null) {
      return byScript;
    }
    Map<String, Integer> hits = new HashMap<>();
    for (String word : sample.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (word.isEmpty()) {
        continue;
      }
      for (var entry : FUNCTION_WORDS.entrySet()) {
        if (entry.getValue().contains(word)) {
          hits.merge(entry.getKey(), 1, Integer::sum);
        }
      }
    }
    String best = null;
    int bestHits = 0;
    int second = 0;
    for (var entry : hits.entrySet()) {
      int n = entry.getValue();
      if (n > bestHits) {
        second = bestHits;
        bestHits = n;
        best = entry.getKey();
      } else if (n > second) {
        second = n;
      }
    }
    // A winner must be clear: languages share words ("de", "la", "e"), so demand a margin.
    return bestHits >= MIN_HITS && bestHits >= second * 1.3 ? best : null;
  }

  /** The language of a non-Latin script when most letters are in it, else null. */
  private static String byScript(String sample) {
    int letters = 0;
    Map<Character.UnicodeScript, Integer> scripts = new HashMap<>();
    for (int i = 0; i < sample.length(); ) {
      int cp = sample.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        letters++;
        scripts.merge(Character.UnicodeScript.of(cp), 1, Integer::sum);
      }
    }
    if (letters == 0) {
      return null;
    }
    for (var entry : scripts.entrySet()) {
      if (entry.getValue() * 2 > letters) {
        return switch (entry.getKey()) {
          case ARABIC -> "ar";
          case CYRILLIC -> "ru";
          case GREEK -> "el";
          case HEBREW -> "he";
          case HANGUL -> "ko";
          case HIRAGANA, KATAKANA -> "ja";
          case HAN -> scripts.containsKey(Character.UnicodeScript.HIRAGANA) ? "ja" : "zh";
          case DEVANAGARI -> "hi";
          case THAI -> "th";
          default -> null;
        };
      }
    }
    return null;
  }
}
