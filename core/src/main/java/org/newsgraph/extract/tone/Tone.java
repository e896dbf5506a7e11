package org.newsgraph.extract.tone;

/**
 * The tone of a text in the manner of GDELT's V1.5TONE: shares of its words, in percent, that are
 * positive and negative in the AFINN-165 word list.
 *
 * @param tone positive minus negative, -100 to 100 (GDELT's Tone and AvgTone)
 * @param positive the percentage of words with a positive valence
 * @param negative the percentage of words with a negative valence
 * @param polarity positive plus negative: how emotionally charged the text is
 * @param selfReference the percentage of words that are personal pronouns (GDELT's Self/Group
 *     Reference Density)
 * @param words the number of words
 */
public record Tone(
    double tone,
    double positive,
    double negative,
    double polarity,
    double selfReference,
    int words) {

  /** The tone of a text without words: all zero. */
  public static final Tone NONE = new Tone(0, 0, 0, 0, 0, 0);

  /**
   * @throws IllegalArgumentException if a share is outside 0..100 or the word count negative
   */
  public Tone {
    if (words < 0
        || positive < 0
        || negative < 0
        || positive > 100
        || negative > 100
        || selfReference < 0
        || selfReference > 100) {
      throw new IllegalArgumentException(
          "bad tone: positive " + positive + ", negative " + negative + ", words " + words);
    }
  }

  /** The tone of counted words. */
  static Tone of(int positiveWords, int negativeWords, int pronouns, int words) {
    if (words == 0) {
      return NONE;
    }
    double positive = 100.0 * positiveWords / words;
    double negative = 100.0 * negativeWords / words;
    return new Tone(
        positive - negative,
        positive,
        negative,
        positive + negative,
        100.0 * pronouns / words,
        words);
  }
}
