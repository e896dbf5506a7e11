package org.newsgraph.extract.actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Reads the lines of a TABARI/PETRARCH dictionary file with comments removed: {@code #} and the
 * legacy {@code ;} start a comment that runs to the end of the line, {@code <!-- ... -->} comments
 * may span lines. Blank results are skipped; the line number is kept for problem reports.
 *
 * <p>Not thread-safe: wraps one reader.
 */
final class TabariLines {

  private final BufferedReader reader;
  private int lineNumber;
  private boolean inXmlComment;

  TabariLines(BufferedReader reader) {
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

  private String withoutComments(String line) {
    if (!inXmlComment) {
      int cut = firstCommentMark(line);
      if (cut < 0) {
        return line;
      }
      if (line.charAt(cut) != '<') {
        return line.substring(0, cut);
      }
    }
    StringBuilder kept = new StringBuilder(line.length());
    int i = 0;
    while (i < line.length()) {
      if (inXmlComment) {
        int end = line.indexOf("-->", i);
        if (end < 0) {
          return kept.toString();
        }
        inXmlComment = false;
        i = end + 3;
        continue;
      }
      char c = line.charAt(i);
      if (c == '#' || c == ';') {
        break;
      }
      if (c == '<' && line.startsWith("<!--", i)) {
        inXmlComment = true;
        i += 4;
        continue;
      }
      kept.append(c);
      i++;
    }
    return kept.toString();
  }

  /** The index of the first '#', ';' or "<!--" in the line, or -1. */
  private static int firstCommentMark(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '#' || c == ';' || (c == '<' && line.startsWith("<!--", i))) {
        return i;
      }
    }
    return -1;
  }
}
