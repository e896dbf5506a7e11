package org.newsgraph.clean;

/**
 * One paragraph of raw text, normalized: a line of scraped text, or the joined lines of a
 * hard-wrapped paragraph.
 *
 * @param text the paragraph with whitespace normalized, never empty
 * @param words how many space-separated tokens it has
 */
record TextBlock(String text, int words) {

  static TextBlock of(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = text.charAt(i) == ' ';
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return new TextBlock(text, words);
  }
}
