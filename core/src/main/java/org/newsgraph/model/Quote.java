package org.newsgraph.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One attribution in a document: words someone said or wrote, and who said them.
 *
 * @param text what was said: the quoted words for a direct quote (the pieces of an interrupted
 *     quote joined by a space), the reported clause for indirect speech
 * @param start the first character of what was said in the clean text (a Java string index)
 * @param end one past its last character; an interrupted quote spans its attribution too
 * @param direct true for words between quotation marks, false for reported (indirect) speech
 * @param partial true for a few quoted words inside a sentence of reported speech; only direct
 *     quotes are partial
 * @param speaker who said it: the entity's canonical name when resolved, else the words that name
 *     or describe the speaker ("a French presidential official"); null when no speaker was found
 * @param speakerEntity the id of the speaker's entity ("e1"), or null for an unnamed or unresolved
 *     speaker
 * @param speakerMention the span that attributes the quote: the name, pronoun or description; null
 *     when no speaker was found
 * @param cue the reporting word or phrase as written ("told", "according to"), or null when the
 *     speaker was inherited from a neighbouring quote
 * @param confidence how sure the rule that produced it is, from 0 to 1
 * @param date the date of the sentence it was said in (its own date, else the publication date), or
 *     null
 * @param place the place the sentence names where the speaker is ("said in Paris"), or null
 */
public record Quote(
    String text,
    int start,
    int end,
    boolean direct,
    boolean partial,
    String speaker,
    String speakerEntity,
    Mention speakerMention,
    String cue,
    double confidence,
    LocalDate date,
    EventPlace place) {
  public Quote {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad quote span: " + start + ".." + end);
    }
    if (partial && !direct) {
      throw new IllegalArgumentException("only a direct quote can be partial: " + text);
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be within 0..1: " + confidence);
    }
  }

  /** A quote not yet dated or placed (the quote stage's output). */
  public Quote(
      String text,
      int start,
      int end,
      boolean direct,
      boolean partial,
      String speaker,
      String speakerEntity,
      Mention speakerMention,
      String cue,
      double confidence) {
    this(
        text,
        start,
        end,
        direct,
        partial,
        speaker,
        speakerEntity,
        speakerMention,
        cue,
        confidence,
        null,
        null);
  }

  /** This quote with the date and place of the sentence it was said in. */
  public Quote withDateAndPlace(LocalDate date, EventPlace place) {
    return new Quote(
        text,
        start,
        end,
        direct,
        partial,
        speaker,
        speakerEntity,
        speakerMention,
        cue,
        confidence,
        date,
        place);
  }
}
