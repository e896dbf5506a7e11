package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A part of a labelled event set, chosen by the year the sentences were published: the bundled
 * Wikinews set is developed on its 2019 sentences ({@link #DEV}) and its 2020 sentences ({@link
 * #TEST}) are kept unseen, so that the test figures measure the coder on text nobody tuned it on.
 *
 * <p>A sentence without a publication date belongs to {@link #ALL} only.
 */
public enum EventSplit {
  /** Sentences published in 2019: the ones whose errors may be read while developing. */
  DEV(2019),
  /** Sentences published in 2020: scored, never read to tune the coder. */
  TEST(2020),
  /** Every sentence. */
  ALL(0);

  private final int year;

  EventSplit(int year) {
    this.year = year;
  }

  /** Whether the sentence belongs to this split. */
  public boolean contains(EventSentence sentence) {
    if (this == ALL) {
      return true;
    }
    return sentence.published() != null && sentence.published().getYear() == year;
  }

  /** The sentences of this split, in their order. */
  public List<EventSentence> select(List<EventSentence> sentences) {
    List<EventSentence> out = new ArrayList<>();
    for (EventSentence s : sentences) {
      if (contains(s)) {
        out.add(s);
      }
    }
    return out;
  }

  /** The name as the command line writes it: {@code dev}, {@code test}, {@code all}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The split a command line names.
   *
   * @throws IllegalArgumentException if {@code name} is not {@code dev}, {@code test} or {@code
   *     all}
   */
  public static EventSplit parse(String name) {
    for (EventSplit s : values()) {
      if (s.label().equals(name)) {
        return s;
      }
    }
    throw new IllegalArgumentException("split must be dev, test or all: " + name);
  }
}
