package org.newsgraph.extract.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Reads the lines of a TABARI/PETRARCH dictionary file and splits off their comments: {@code #} and
 * the legacy {@code ;} start a comment that runs to the end of the line, {@code <!-- ... -->}
 * comments (the validation files) may span lines. Lines blank without their comments are skipped;
 * the line number and the comment are kept.
 *
 * <p>Not thread-safe: wraps one reader.
 */
final class DictionaryLines {

  private final BufferedReader reader;
  private int lineNumber;
  private boolean inXmlComment;
  private String comment = "";

  DictionaryLines(BufferedReader reader) {
    this.reader = reader;
  }

  /** The next non-blank line without its comments (not stripped), or null at the end. */
  String next() {
    try {
      String line;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        String content = withoutComments(line);
        if (!content.isBlank()) {
          return content;
        }
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The number of the line last returned by {@link #next()}, from 1. */
  int lineNumber() {
    return lineNumber;
  }

  /** The {@code #} or {@code ;} comment of the line last returned, stripped, or "". */
  String comment() {
    return comment;
  }

  private String withoutComments(String line) {
    comment = "";
    StringBuilder kept = null;
    int i = 0;
    int n = line.length();
    while (i < n) {
      if (inXmlComment) {
        int end = line.indexOf("-->", i);
        if (end < 0) {
          return kept == null ? "" : kept.toString();
        }
        inXmlComment = false;
        i = end + 3;
        continue;
      }
      char c = line.charAt(i);
      if (c == '#' || c == ';') {
        comment = line.substring(i + 1).strip();
        break;
      }
      if (c == '<' && line.startsWith("<!--", i)) {
        inXmlComment = true;
        i += 4;
        continue;
      }
      if (kept == null) {
        kept = new StringBuilder(n);
      }
      kept.append(c);
      i++;
    }
    return kept == null ? "" : kept.toString();
  }
}
