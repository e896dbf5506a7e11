package org.newsgraph.ingest;

import java.io.EOFException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/** Turns exceptions into the short one-line reasons that problems and failures carry. */
final class Reasons {

  private static final int MAX_LENGTH = 160;

  private Reasons() {}

  /** A one-line, human-readable reason: no class names where a phrase will do, no stack. */
  static String of(Throwable e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NumberFormatException) {
      return "malformed number"; // thrown by parsers on a damaged length field, say
    }
    String message;
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      message = fse.getReason();
    } else {
      message = e.getMessage();
    }
    if (message == null || message.isBlank()) {
      message =
          e instanceof EOFException ? "unexpected end of input" : e.getClass().getSimpleName();
    }
    // jwarc quotes the offending bytes after "<-- HERE -->": noise to a person, so cut it off.
    int here = message.indexOf("<-- HERE");
    if (here >= 0) {
      int colon = message.indexOf(": ");
      message = message.substring(0, colon >= 0 && colon < here ? colon : here);
    }
    return oneLine(lowerFirst(message));
  }

  /** A message from a library as a phrase to follow a colon: one line, lower-case start. */
  static String phrase(String message) {
    return message == null ? "unknown error" : oneLine(lowerFirst(message));
  }

  /** The first line of a message, shortened to a readable length. */
  static String oneLine(String message) {
    return shorten(message, MAX_LENGTH);
  }

  /** The first line of a text, control characters made visible as '?', cut to max chars. */
  static String shorten(String text, int max) {
    String s = text.strip();
    int nl = s.indexOf('\n');
    if (nl >= 0) {
      s = s.substring(0, nl).strip();
    }
    if (s.length() > max) {
      s = s.substring(0, max - 3) + "...";
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(Character.isISOControl(c) ? '?' : c);
    }
    return b.toString();
  }

  /** A value quoted for a problem message, shortened. */
  static String quote(String value) {
    return "\"" + shorten(value, 40) + "\"";
  }

  private static String lowerFirst(String s) {
    // "Not in GZIP format" reads better mid-sentence as "not in GZIP format"; keep acronyms.
    if (s.length() > 1
        && Character.isUpperCase(s.charAt(0))
        && Character.isLowerCase(s.charAt(1))) {
      return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }
    return s;
  }
}
