package org.newsgraph.export;

/**
 * How many reports a merged event has (README, "Stories"): the store merges the events of different
 * documents that report the same thing into one, written once, at its first report.
 *
 * @param first whether this event is the merged event's first report, the one written
 * @param mentions GDELT's NumMentions: the event rows of all reports, repeats in a document counted
 * @param sources GDELT's NumSources: distinct outlets
 * @param articles GDELT's NumArticles: distinct documents
 * @param avgTone GDELT's AvgTone: the mean tone of the reporting sentences
 */
public record EventCoverage(
    boolean first, int mentions, int sources, int articles, double avgTone) {

  /**
   * @throws IllegalArgumentException if a count is below 1
   */
  public EventCoverage {
    if (mentions < 1 || sources < 1 || articles < 1) {
      throw new IllegalArgumentException(
          "counts must be at least 1: " + mentions + ", " + sources + ", " + articles);
    }
  }

  /** Finds the coverage of an event of a document. */
  @FunctionalInterface
  public interface Lookup {
    /** The event's coverage, or null when it was not merged with anything (one report). */
    EventCoverage of(String documentId, int eventIndex);
  }
}
