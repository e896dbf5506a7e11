package org.newsgraph.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.TimeMention;
import org.newsgraph.annotate.Token;
import org.newsgraph.extract.actor.ActorDictionary;
import org.newsgraph.model.CleanDocument;
import org.newsgraph.model.DateMention;
import org.newsgraph.model.DateSource;
import org.newsgraph.model.Entity;

/**
 * The time stage: turns the annotate stage's time expressions into normalized dates.
 *
 * <p><b>Needs</b> an {@link AnnotatedDocument} (sentences with POS tags and lemmas, SUTime's time
 * mentions) and the document's entities (for publication-date inference only).
 *
 * <p><b>Does:</b>
 *
 * <ol>
 *   <li>Takes the document's publication date as the reference; when it has none, tries to infer
 *       one from the text ({@link PublicationDateInference}: a weekday written beside a day and
 *       month, placed in a year by the years the text names and the terms of the office-holders it
 *       names). An inferred date is reported as {@link DateSource#INFERRED}.
 *   <li>Normalizes each expression against the reference with {@link TimeValues} (the relative
 *       forms news uses, corrected where SUTime is wrong), reading the tense of its clause ({@link
 *       Tense}): "Sunday" is the latest Sunday on or before publication unless the clause points
 *       ahead ("will meet on Sunday"). Without any reference, absolute values stay and relative
 *       ones are left open.
 *   <li>Keeps durations ("18-month civil war", "for three days") and sets out of {@link
 *       DocumentDates#dates()}: they are not dates.
 * </ol>
 *
 * <p>Lenient about content (a mention outside any sentence is skipped), strict about arguments.
 * Linear in the number of tokens and time mentions. <b>Thread-safe:</b> holds only the shared,
 * immutable actor dictionary (loaded on first inference).
 */
public final class DateExtractor {

  private final Supplier<ActorDictionary> dictionary;

  /** An extractor that reads office-holders' terms from the bundled Phoenix dictionaries. */
  public DateExtractor() {
    this(ActorDictionary::standard);
  }

  /** An extractor reading office-holders' terms from the given dictionary. */
  public DateExtractor(ActorDictionary dictionary) {
    Objects.requireNonNull(dictionary, "dictionary");
    this.dictionary = () -> dictionary;
  }

  private DateExtractor(Supplier<ActorDictionary> dictionary) {
    this.dictionary = dictionary;
  }

  /**
   * The dates of one document, resolved against its publication date or, without one, against a
   * date inferred from its text and entities.
   *
   * @param annotated the annotated document
   * @param entities its entities (from the entity stage); may be empty
   * @throws NullPointerException if an argument is null
   */
  public DocumentDates extract(AnnotatedDocument annotated, List<Entity> entities) {
    Objects.requireNonNull(annotated, "annotated");
    Objects.requireNonNull(entities, "entities");
    CleanDocument doc = annotated.document();
    LocalDate reference = doc.published();
    DateSource from = doc.publishedFrom();
    if (reference == null) {
      LocalDate inferred =
          new PublicationDateInference(dictionary.get()).infer(annotated, entities).orElse(null);
      if (inferred != null) {
        reference = inferred;
        from = DateSource.INFERRED;
      }
    }
    return resolve(annotated, reference, from);
  }

  /**
   * The dates of one document resolved against the given date, with no inference (for evaluation
   * against a known document creation time).
   *
   * @param annotated the annotated document
   * @param reference the date to resolve against, or null to leave relative dates open
   * @throws NullPointerException if annotated is null
   */
  public DocumentDates extract(AnnotatedDocument annotated, LocalDate reference) {
    Objects.requireNonNull(annotated, "annotated");
    return resolve(annotated, reference, reference == null ? null : DateSource.METADATA);
  }

  private static DocumentDates resolve(
      AnnotatedDocument annotated, LocalDate reference, DateSource from) {
    List<Sentence> sentences = annotated.sentences();
    List<DateMention> out = new ArrayList<>(annotated.times().size());
    LocalDate[] own = new LocalDate[sentences.size()];
    boolean[] ownAhead = new boolean[sentences.size()];
    for (TimeMention t : annotated.times()) {
      if (t.sentence() < 0 || t.sentence() >= sentences.size() || t.start() >= t.end()) {
        continue;
      }
      Sentence s = sentences.get(t.sentence());
      int[] span = tokenSpan(s, t.start(), t.end());
      if (span == null) {
        continue;
      }
      Tense tense = Tense.around(s, span[0], span[1]);
      String value;
      String type;
      if (t.type().equals("DATE") || t.type().equals("TIME")) {
        TimeValues.Value v = TimeValues.resolve(t.text(), t.type(), t.value(), tense, reference);
        value = v.value();
        type = v.type();
      } else {
        value = t.value();
        type = t.type();
      }
      out.add(new DateMention(t.text(), value, t.start(), t.end(), type));
      LocalDate day = type.equals("DURATION") || type.equals("SET") ? null : TimeValues.day(value);
      if (day != null) {
        int i = t.sentence();
        boolean ahead = tense == Tense.FUTURE;
        if (own[i] == null || ownAhead[i] && !ahead) {
          own[i] = day;
          ownAhead[i] = ahead;
        }
      }
    }
    return new DocumentDates(reference, from, out, own);
  }

  /** The first and last token of a sentence that overlap [start, end), or null when none do. */
  static int[] tokenSpan(Sentence s, int start, int end) {
    List<Token> tokens = s.tokens();
    int first = -1;
    int last = -1;
    for (int i = 0; i < tokens.size(); i++) {
      Token tok = tokens.get(i);
      if (tok.start() < end && tok.end() > start) {
        if (first < 0) {
          first = i;
        }
        last = i;
      }
    }
    return first < 0 ? null : new int[] {first, last};
  }
}
