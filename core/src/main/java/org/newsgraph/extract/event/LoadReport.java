package org.newsgraph.extract.event;

import java.util.List;
import java.util.Objects;

/**
 * What loading one dictionary or table gave: how many entries, and the lines that could not be
 * read.
 *
 * @param source the file or resource read
 * @param entries entries read (verb patterns, discard phrases, codes: see the loader)
 * @param badLines malformed lines, skipped in whole or in part
 * @param problems the first few of them, as {@code file:line: why: text}
 * @param loadMillis wall-clock time the load took
 */
public record LoadReport(
    String source, int entries, int badLines, List<String> problems, long loadMillis) {

  /**
   * @throws IllegalArgumentException when a count is negative
   */
  public LoadReport {
    Objects.requireNonNull(source, "source");
    problems = List.copyOf(problems);
    if (entries < 0 || badLines < 0 || loadMillis < 0) {
      throw new IllegalArgumentException(
          "counts must not be negative: " + entries + " " + badLines + " " + loadMillis);
    }
  }
}
