package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects what was wrong with dictionary lines while reading: a malformed line is skipped (or the
 * part of it that cannot be read) and counted, never thrown. The first {@value #KEPT} messages are
 * kept for the report.
 *
 * <p>Not thread-safe: one per load.
 */
final class LoadProblems {

  static final int KEPT = 50;

  private final List<String> messages = new ArrayList<>();
  private int count;

  void add(String file, int line, String why, String text) {
    count++;
    if (messages.size() < KEPT) {
      StringBuilder m = new StringBuilder(file).append(':').append(line).append(": ").append(why);
      if (!text.isBlank()) {
        m.append(": ").append(text.strip());
      }
      messages.add(m.toString());
    }
  }

  int count() {
    return count;
  }

  List<String> messages() {
    return List.copyOf(messages);
  }
}
