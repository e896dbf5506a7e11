package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A half-open range {@code [start, end)} of character offsets into a document's text, counted as
 * Java string indices (UTF-16 code units).
 *
 * @throws IllegalArgumentException when start is negative or end is before start
 */
public record QuoteSpan(int start, int end) {

  public QuoteSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "span must satisfy 0 <= start <= end: " + start + " " + end);
    }
  }

  /** How many characters the span covers. */
  public int length() {
    return end - start;
  }

  /** How many characters this span shares with the other. */
  public int overlap(QuoteSpan other) {
    return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
  }

  /** Total length of a set of spans, counting shared characters once (see {@link #normalize}). */
  static int length(List<QuoteSpan> spans) {
    int total = 0;
    for (QuoteSpan span : spans) {
      total += span.length();
    }
    return total;
  }

  /** Characters shared by two normalized span lists (sorted, disjoint). */
  static int overlap(List<QuoteSpan> a, List<QuoteSpan> b) {
    int total = 0;
    int j = 0;
    for (QuoteSpan x : a) {
      // b is sorted: skip what ends before x; fragments are few, so this stays linear.
      while (j < b.size() && b.get(j).end <= x.start) {
        j++;
      }
      for (int k = j; k < b.size() && b.get(k).start < x.end; k++) {
        total += x.overlap(b.get(k));
      }
    }
    return total;
  }

  /**
   * The spans sorted by start with touching or overlapping ones merged and empty ones dropped, as
   * an unmodifiable list. Fragments of a discontinuous annotation are then counted once each.
   */
  static List<QuoteSpan> normalize(List<QuoteSpan> spans) {
    List<QuoteSpan> sorted = new ArrayList<>(spans);
    sorted.removeIf(s -> s.length() == 0);
    sorted.sort(Comparator.comparingInt(QuoteSpan::start).thenComparingInt(QuoteSpan::end));
    List<QuoteSpan> merged = new ArrayList<>();
    for (QuoteSpan span : sorted) {
      int last = merged.size() - 1;
      if (last >= 0 && span.start <= merged.get(last).end) {
        QuoteSpan previous = merged.get(last);
        merged.set(last, new QuoteSpan(previous.start, Math.max(previous.end, span.end)));
      } else {
        merged.add(span);
      }
    }
    return List.copyOf(merged);
  }
}
