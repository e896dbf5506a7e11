package org.newsgraph.extract.quote;

/**
 * A stretch of text between quotation marks, as {@link QuoteMarks} found it.
 *
 * @param open where the opening mark starts, or the content start when the opening mark was lost
 * @param start the first character of the quoted words (whitespace inside the marks skipped)
 * @param end one past the last quoted character
 * @param close one past the closing mark, or {@code end} when the quote was never closed
 * @param opened whether an opening mark was seen (false: recovered from a colon before an orphan
 *     closing mark)
 * @param closed whether a closing mark was seen (false: ended at a paragraph end or at the next
 *     opening mark)
 */
record QuotedSpan(int open, int start, int end, int close, boolean opened, boolean closed) {
  QuotedSpan {
    if (!(open <= start && start <= end && end <= close)) {
      throw new IllegalArgumentException(
          "bad quoted span: " + open + " " + start + " " + end + " " + close);
    }
  }

  /** Whether both marks were seen. */
  boolean clean() {
    return opened && closed;
  }
}
