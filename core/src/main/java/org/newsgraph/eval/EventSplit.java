package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * A part of a labelled event set, chosen so that the test figures measure the coder on text nobody
 * tuned it on.
 *
 * <p>The bundled Wikinews set is developed on its 2019 sentences ({@link #DEV}) and tested on its
 * 2020 sentences ({@link #TEST}); a sentence without a publication date belongs to {@link #ALL}
 * only. The Reuters-21578 set (one month of 1987) is split by story instead: sentences of stories
 * with an odd NEWID are {@link #DEV2}, even ones {@link #TEST2}, so that no story has sentences on
 * both sides (see {@link ReutersEventReader}).
 */
public enum EventSplit {
  /** Wikinews sentences published in 2019: the ones whose errors may be read while developing. */
  DEV(s -> year(s) == 2019),
  /** Wikinews sentences published in 2020: scored, never read to tune the coder. */
  TEST(s -> year(s) == 2020),
  /** Reuters sentences of stories with an odd NEWID: their errors may be read. */
  DEV2(s -> ReutersEventReader.newId(s.id()) % 2 == 1),
  /**
   * Reuters sentences of stories with an even NEWID: scored, never read to tune the coder (an id
   * that is no Reuters one, NEWID -1, is odd in neither split: -1 % 2 is -1).
   */
  TEST2(s -> ReutersEventReader.newId(s.id()) % 2 == 0),
  /** Every sentence. */
  ALL(s -> true);

  private final Predicate<EventSentence> member;

  EventSplit(Predicate<EventSentence> member) {
    this.member = member;
  }

  /** Whether the sentence belongs to this split. */
  public boolean contains(EventSentence sentence) {
    return member.test(sentence);
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

  /**
   * The name as the command line writes it: {@code dev}, {@code test}, {@code dev2}, {@code test2},
   * {@code all}.
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The split a command line names.
   *
   * @throws IllegalArgumentException if {@code name} is not {@code dev}, {@code test}, {@code
   *     dev2}, {@code test2} or {@code all}
   */
  public static EventSplit parse(String name) {
    for (EventSplit s : values()) {
      if (s.label().equals(name)) {
        return s;
      }
    }
    throw new IllegalArgumentException("split must be dev, test, dev2, test2 or all: " + name);
  }

  private static int year(EventSentence sentence) {
    return sentence.published() == null ? 0 : sentence.published().getYear();
  }
}
