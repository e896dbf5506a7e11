package org.newsgraph.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.newsgraph.model.DateMention;
import org.newsgraph.model.DateSource;

/**
 * What the time stage found in one document: the publication date it resolved against (the
 * document's own, or one inferred from the text), every time expression with its value, and the
 * date of each sentence for the stages that date events.
 *
 * <p>Immutable and thread-safe.
 */
public final class DocumentDates {

  private final LocalDate published;
  private final DateSource publishedFrom;
  private final List<DateMention> expressions;
  private final List<DateMention> dates;
  private final LocalDate[] sentenceDays;

  /**
   * @param published the reference date, or null when there is none
   * @param publishedFrom where it came from; null exactly when {@code published} is
   * @param expressions all time expressions, in text order, durations and sets included
   * @param sentenceDays the date each sentence's own expressions give it, null where none; the
   *     array is copied
   * @throws IllegalArgumentException if exactly one of {@code published} and {@code publishedFrom}
   *     is null
   */
  DocumentDates(
      LocalDate published,
      DateSource publishedFrom,
      List<DateMention> expressions,
      LocalDate[] sentenceDays) {
    if ((published == null) != (publishedFrom == null)) {
      throw new IllegalArgumentException(
          "published and publishedFrom must both be set or both be null: "
              + published
              + " "
              + publishedFrom);
    }
    this.published = published;
    this.publishedFrom = publishedFrom;
    this.expressions = List.copyOf(expressions);
    List<DateMention> kept = new ArrayList<>();
    for (DateMention m : this.expressions) {
      if (m.type().equals("DATE") || m.type().equals("TIME")) {
        kept.add(m);
      }
    }
    this.dates = List.copyOf(kept);
    this.sentenceDays = Arrays.copyOf(sentenceDays, sentenceDays.length);
  }

  /** The date everything relative was resolved against, or null when there was none. */
  public LocalDate published() {
    return published;
  }

  /**
   * Where {@link #published()} came from: the document's own source, or {@link DateSource#INFERRED}
   * when this stage inferred it; null when there is no date.
   */
  public DateSource publishedFrom() {
    return publishedFrom;
  }

  /** The dates and times ({@code DATE}, {@code TIME}) in text order: the record's {@code dates}. */
  public List<DateMention> dates() {
    return dates;
  }

  /**
   * Every time expression in text order, durations ("18-month", {@code P18M}) and sets ("every
   * week") included: what a TimeML evaluation scores.
   */
  public List<DateMention> expressions() {
    return expressions;
  }

  /**
   * The date of sentence {@code i}, for dating what it reports: the day its own first date
   * expression names (explicit, "June 4, 2013", or resolved, "on Sunday"; one in a clause pointing
   * ahead is taken only when there is no other), else the publication date, else null.
   *
   * @param i the sentence index ({@code Sentence.index()})
   * @throws IllegalArgumentException if {@code i} is negative or not a sentence of the document
   */
  public LocalDate sentenceDate(int i) {
    if (i < 0 || i >= sentenceDays.length) {
      throw new IllegalArgumentException(
          "no sentence " + i + " in a document of " + sentenceDays.length + " sentences");
    }
    LocalDate own = sentenceDays[i];
    return own != null ? own : published;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DocumentDates d
        && Objects.equals(published, d.published)
        && publishedFrom == d.publishedFrom
        && expressions.equals(d.expressions)
        && Arrays.equals(sentenceDays, d.sentenceDays);
  }

  @Override
  public int hashCode() {
    return Objects.hash(published, publishedFrom, expressions, Arrays.hashCode(sentenceDays));
  }

  @Override
  public String toString() {
    return "DocumentDates[published=" + published + " (" + publishedFrom + "), " + dates + "]";
  }
}
