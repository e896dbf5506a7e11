package org.newsgraph.extract.actor;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects what was wrong with dictionary lines while reading: a malformed line is skipped (or the
 * part of it that cannot be read) and counted, never thrown, so that one bad line in a 50,000-line
 * file costs one entry, not the file. The first {@value #KEPT} messages are kept for the report.
 *
 * <p>Not thread-safe: one per load.
 */
final class LoadProblems {

  static final int KEPT = 50;

  private final List<String> messages = new ArrayList<>();
  private int skipped;

  void skip(String file, int line, String why, String text) {
    skipped++;
    if (messages.size() < KEPT) {
      messages.add(file + ":" + line + ": " + why + ": " + text.strip());
    }
  }

  /** Adds another collector's problems after this one's. */
  void addAll(LoadProblems other) {
    skipped += other.skipped;
    for (String m : other.messages) {
      if (messages.size() < KEPT) {
        messages.add(m);
      }
    }
  }

  int skipped() {
    return skipped;
  }

  List<String> messages() {
    return List.copyOf(messages);
  }
}
