package org.newsgraph.extract.actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the lines of a TABARI/PETRARCH dictionary file and splits off their comments: {@code #} and
 * the legacy {@code ;} start a comment that runs to the end of the line, {@code <!-- ... -->}
 * comments (the validation files) may span lines. Lines blank without their comments are skipped;
 * the line number and the comment are kept.
 *
 * <p>Used by the actor and agent readers here and by the event dictionary readers.
 *
 * <p>Not thread-safe: wraps one reader.
 */
public final class TabariLines {

  private final BufferedReader reader;
  private int lineNumber;
  private boolean inXmlComment;
  private String comment = "";

  public TabariLines(BufferedReader reader) {
    this.reader = reader;
  }

  /** The next non-blank line without its comments (not stripped), or null at the end. */
  public String next() {
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
  public int lineNumber() {
    return lineNumber;
  }

  /** The {@code #} or {@code ;} comment of the line last returned, stripped, or "". */
  public String comment() {
    return comment;
  }

  /**
   * The pieces of {@code text} between blanks and the characters of {@code separators}, without
   * empty ones. Cheaper than {@link String#split} with a regular expression, which compiles its
   * pattern on each call: the readers call this for every verb form and discard.
   */
  public static List<String> split(String text, String separators) {
    List<String> out = new ArrayList<>(4);
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean cut =
          i == text.length()
              || Character.isWhitespace(text.charAt(i))
              || separators.indexOf(text.charAt(i)) >= 0;
      if (!cut && start < 0) {
        start = i;
      } else if (cut && start >= 0) {
        out.add(text.substring(start, i));
        start = -1;
      }
    }
    return out;
  }

  private String withoutComments(String line) {
    if (!inXmlComment && firstCommentMark(line) < 0) {
      comment = "";
      return line;
    }
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
