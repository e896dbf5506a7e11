package org.newsgraph.eval;

import java.util.List;

/**
 * The rule that tells a direct quote from reported speech in labelled data, which (like PolNeAR)
 * carries no attribute for it: a content is direct when every fragment of it, trimmed of white
 * space and of sentence punctuation after its last quotation mark, begins with a quotation mark and
 * ends with one, in any typography ("…", “…”, „…“, ‘…’, '…', «…», « … », ‹…›, 「…」).
 *
 * <p>So {@code “We couldn’t win,”} and a partial quote that is the whole content ({@code called it
 * "an act of barbarity."}) are direct; {@code Trump was “absolutely right”} is not. Where the marks
 * open and close differently (“…”, «…»), the quote opened by the first mark must be the one that
 * the last mark closes: {@code “absolutely right” when he said “the generals…”} is not direct.
 * Straight marks cannot tell nesting from a close and a reopening, so for them only the ends count.
 *
 * <p>Stateless and thread-safe.
 */
final class QuoteMarks {
  private static final String OPENING = "\"'“„‟‘‚‛«»‹›「『";
  private static final String CLOSING = "\"'”“’‘»«›‹」』";
  private static final String TRAILING = ".,;:!?…";

  private QuoteMarks() {}

  /** Whether the content given by these fragments of {@code text} is a direct quote. */
  static boolean isDirect(String text, List<QuoteSpan> fragments) {
    if (fragments.isEmpty()) {
      return false;
    }
    for (QuoteSpan fragment : fragments) {
      if (!isQuoted(text.substring(fragment.start(), fragment.end()))) {
        return false;
      }
    }
    return true;
  }

  /** Whether one stretch of text is quoted words as a whole. */
  static boolean isQuoted(String fragment) {
    int start = 0;
    int end = fragment.length();
    while (start < end && isSpace(fragment.charAt(start))) {
      start++;
    }
    while (end > start
        && (isSpace(fragment.charAt(end - 1)) || TRAILING.indexOf(fragment.charAt(end - 1)) >= 0)) {
      end--;
    }
    if (end - start < 2) {
      return false;
    }
    char open = fragment.charAt(start);
    char close = fragment.charAt(end - 1);
    if (OPENING.indexOf(open) < 0 || CLOSING.indexOf(close) < 0) {
      return false;
    }
    char pairedClose = pairedClose(open);
    if (pairedClose == 0 || close != pairedClose) {
      return true;
    }
    // The first mark's quote must stay open until the last mark.
    int depth = 1;
    for (int i = start + 1; i < end - 1; i++) {
      char c = fragment.charAt(i);
      if (c == open) {
        depth++;
      } else if (c == pairedClose && --depth == 0) {
        return false;
      }
    }
    return true;
  }

  /** The closing mark of an opening mark that has a distinct one, else 0. */
  private static char pairedClose(char open) {
    return switch (open) {
      case '“' -> '”';
      case '«' -> '»';
      case '‹' -> '›';
      case '「' -> '」';
      case '『' -> '』';
      default -> 0;
    };
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
