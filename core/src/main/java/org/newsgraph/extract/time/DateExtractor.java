package org.newsgraph.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  /** One expression on its way to the record. */
  private static final class Found {
    final int start;
    final int end;
    final int sentence;
    final Tense tense;
    String type;
    String value;

    Found(int start, int end, int sentence, Tense tense, String type, String value) {
      this.start = start;
      this.end = end;
      this.sentence = sentence;
      this.tense = tense;
      this.type = type;
      this.value = value;
    }
  }

  private static final Pattern AGE_DECADE = Pattern.compile("XX\\dX");

  /** Words that give an expression a day of its own; a time without one takes the story's. */
  private static final Pattern OWN_DAY =
      Pattern.compile(
          "(?i).*\\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\b.*|.*\\b(jan|feb|mar|apr|may|jun|jul|aug"
              + "|sep|oct|nov|dec)[a-z]*\\b.*|.*\\b(today|tonight|tonite|yesterday|tomorrow|this"
              + "|last|next)\\b.*|.*\\d+[/-]\\d+.*");

  private static final Pattern CLOCK_OR_PART = Pattern.compile("\\d{4}-\\d\\d-\\d\\d(T.*)");

  private static DocumentDates resolve(
      AnnotatedDocument annotated, LocalDate reference, DateSource from) {
    String text = annotated.text();
    List<Sentence> sentences = annotated.sentences();
    List<Found> found = new ArrayList<>(annotated.times().size());
    for (TimeMention t : annotated.times()) {
      if (t.sentence() < 0 || t.sentence() >= sentences.size() || t.start() >= t.end()) {
        continue;
      }
      if (t.end() > text.length()) {
        continue;
      }
      Sentence s = sentences.get(t.sentence());
      int[] tokenSpan = tokenSpan(s, t.start(), t.end());
      if (tokenSpan == null) {
        continue;
      }
      SpanCorrector.Span span =
          SpanCorrector.correct(
              text,
              s,
              tokenSpan[0],
              tokenSpan[1],
              t.start(),
              t.end(),
              t.type(),
              t.value(),
              reference);
      if (span == null) {
        continue;
      }
      Tense tense = Tense.around(s, tokenSpan[0], tokenSpan[1]);
      TimeValues.Value v =
          TimeValues.resolve(
              text.substring(span.start(), span.end()),
              span.type(),
              span.value(),
              tense,
              reference);
      if (v.value() != null && AGE_DECADE.matcher(v.value()).matches()) {
        continue; // "in his forties": an age, not a decade
      }
      if (v.value() == null && reference != null) {
        Found part = partWithValue(text, s, span, tense, reference);
        if (part != null) {
          found.add(part);
          continue;
        }
      }
      found.add(new Found(span.start(), span.end(), t.sentence(), tense, v.type(), v.value()));
    }
    addMissedYears(sentences, found, reference);
    anchor(text, found, reference);
    List<DateMention> out = new ArrayList<>(found.size());
    LocalDate[] own = new LocalDate[sentences.size()];
    boolean[] ownAhead = new boolean[sentences.size()];
    for (Found f : found) {
      out.add(new DateMention(text.substring(f.start, f.end), f.value, f.start, f.end, f.type));
      LocalDate day = isDate(f) ? TimeValues.day(f.value) : null;
      if (day != null) {
        boolean ahead = f.tense == Tense.FUTURE;
        if (own[f.sentence] == null || ownAhead[f.sentence] && !ahead) {
          own[f.sentence] = day;
          ownAhead[f.sentence] = ahead;
        }
      }
    }
    return new DocumentDates(reference, from, out, own);
  }

  /**
   * For an expression SUTime joined from a duration and a date and could give no value ("five weeks
   * yesterday", "three days last week", "2 hours 1 minute 39 seconds, last year"): its longest
   * ending, else its longest beginning, of whole tokens that our rules resolve; null when there is
   * none.
   */
  private static Found partWithValue(
      String text, Sentence s, SpanCorrector.Span span, Tense tense, LocalDate reference) {
    int[] tokens = tokenSpan(s, span.start(), span.end());
    if (tokens == null || tokens[1] == tokens[0]) {
      return null;
    }
    List<org.newsgraph.annotate.Token> all = s.tokens();
    for (int from = tokens[0] + 1; from <= tokens[1]; from++) {
      Found f = resolved(text, s, all.get(from).start(), span.end(), tense, reference);
      if (f != null) {
        return f;
      }
    }
    for (int to = tokens[1] - 1; to >= tokens[0]; to--) {
      Found f = resolved(text, s, span.start(), all.get(to).end(), tense, reference);
      if (f != null) {
        return f;
      }
    }
    return null;
  }

  private static Found resolved(
      String text, Sentence s, int start, int end, Tense tense, LocalDate reference) {
    String part = text.substring(start, end);
    if (part.isBlank() || !Character.isLetterOrDigit(part.charAt(0))) {
      return null;
    }
    TimeValues.Value v = TimeValues.resolve(part, "DATE", null, tense, reference);
    return v.value() == null ? null : new Found(start, end, s.index(), tense, v.type(), v.value());
  }

  private static boolean isDate(Found f) {
    return f.type.equals("DATE") || f.type.equals("TIME");
  }

  private static void addMissedYears(
      List<Sentence> sentences, List<Found> found, LocalDate reference) {
    List<Found> added = new ArrayList<>();
    int k = 0;
    for (Sentence s : sentences) {
      List<int[]> covered = new ArrayList<>();
      while (k < found.size() && found.get(k).sentence < s.index()) {
        k++;
      }
      for (int j = k; j < found.size() && found.get(j).sentence == s.index(); j++) {
        covered.add(new int[] {found.get(j).start, found.get(j).end});
      }
      for (SpanCorrector.Span y : SpanCorrector.missedYears(s, covered, reference)) {
        added.add(new Found(y.start(), y.end(), s.index(), Tense.UNKNOWN, y.type(), y.value()));
      }
    }
    if (!added.isEmpty()) {
      found.addAll(added);
      found.sort((a, b) -> Integer.compare(a.start, b.start));
    }
  }

  /**
   * Expressions counted from the story's own time rather than publication: "ten years later" from
   * the latest date named before it; a clock time or part of a day with no day of its own ("12:20
   * p.m.", "that night", "the evening") on the day of the nearest day named in its sentence, else
   * of the latest day the story has told of (not one it looks ahead to).
   */
  private static void anchor(String text, List<Found> found, LocalDate reference) {
    String lastAbsolute = null;
    LocalDate narrative = null;
    for (int i = 0; i < found.size(); i++) {
      Found f = found.get(i);
      String written = text.substring(f.start, f.end);
      if (isDate(f) && TimeValues.LATER.matcher(TimeValues.normalize(written)).matches()) {
        f.value = TimeValues.shifted(written, lastAbsolute);
        f.type = "DATE";
      } else if (f.type.equals("TIME")
          && reference != null
          && f.value != null
          && !OWN_DAY.matcher(written).matches()) {
        Matcher m = CLOCK_OR_PART.matcher(f.value);
        LocalDate day = nearestDayInSentence(found, i, text);
        if (day == null) {
          day = narrative;
        }
        if (m.matches() && day != null) {
          f.value = day + m.group(1);
        }
      }
      if (f.value != null && isDate(f) && f.value.length() >= 4 && isDigits(f.value, 4)) {
        lastAbsolute = f.value;
        LocalDate d = TimeValues.day(f.value);
        if (d != null && f.tense != Tense.FUTURE && OWN_DAY.matcher(written).matches()) {
          narrative = d;
        }
      }
    }
  }

  /** The day of the nearest other expression of the same sentence that names a day. */
  private static LocalDate nearestDayInSentence(List<Found> found, int i, String text) {
    Found f = found.get(i);
    LocalDate best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int j = i - 1; j >= 0 && found.get(j).sentence == f.sentence; j--) {
      Found g = found.get(j);
      LocalDate d = dayOf(g, text);
      if (d != null) {
        best = d;
        bestDistance = f.start - g.end;
        break;
      }
    }
    for (int j = i + 1; j < found.size() && found.get(j).sentence == f.sentence; j++) {
      Found g = found.get(j);
      LocalDate d = dayOf(g, text);
      if (d != null) {
        if (g.start - f.end < bestDistance) {
          best = d;
        }
        break;
      }
    }
    return best;
  }

  private static LocalDate dayOf(Found g, String text) {
    if (!isDate(g) || g.value == null) {
      return null;
    }
    String written = text.substring(g.start, g.end);
    return OWN_DAY.matcher(written).matches() ? TimeValues.day(g.value) : null;
  }

  private static boolean isDigits(String s, int n) {
    for (int i = 0; i < n; i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
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
