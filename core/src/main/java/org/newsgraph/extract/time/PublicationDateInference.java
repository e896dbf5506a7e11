package org.newsgraph.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.TimeMention;
import org.newsgraph.extract.actor.ActorDictionary;
import org.newsgraph.extract.actor.Tenure;
import org.newsgraph.model.Entity;

/**
 * Infers a publication date from a text that states none, conservatively: a wrong date is worse
 * than none, since every relative date of the document would be resolved against it.
 *
 * <p>A date is inferred only from a <b>weekday written beside a day and month</b> ("on Sunday, June
 * 2", "Tuesday (June 4)") in a clause that does not point ahead: such a day is reported as past or
 * present, so the story appeared on or just after it. The weekday repeats on the same day and month
 * only every 5, 6 or 11 years, so the year is pinned once the evidence narrows the possible years
 * to a span shorter than that:
 *
 * <ul>
 *   <li><b>Years and dates the text names as past</b> (not in a clause pointing ahead): the story
 *       appeared on or after the latest of them, and within {@link #YEARS_AFTER_LATEST} years of it
 *       (news speaks of recent years).
 *   <li><b>Office-holders named with a title</b> ("President Barack Obama", "Defense Minister Le
 *       Drian"): their date-limited codes in the actor dictionaries (e.g. {@code [USAGOV
 *       090120-170120]}) give the days on which they held an office; the story appeared on one of
 *       them. A "former" title says nothing, nor does a name without a title (it may be history),
 *       nor a record that also has an undated code, nor elite codes ({@code ELI}), which are no
 *       office. A term open at its end ({@code >120515}: still in office when the dictionary was
 *       made) bounds only from below.
 * </ul>
 *
 * <p>The date is taken only when exactly one year fits all the evidence for each such pair, and all
 * pairs agree within {@link #MAX_SPREAD_DAYS} days; the latest of them is the answer. Years, dates
 * and terms alone never give a date: they give a window, not a day.
 *
 * <p>Linear in the number of time mentions and entities. Thread-safe: holds only the immutable
 * dictionary.
 */
final class PublicationDateInference {

  /** A story speaks of its own year or the one before: the latest past year named + 2 at most. */
  static final int YEARS_AFTER_LATEST = 2;

  /** Pairs further apart than this contradict each other: no date. */
  static final int MAX_SPREAD_DAYS = 14;

  /** Years searched when only office terms bound the window. */
  private static final int FIRST_YEAR = 1900;

  private static final Pattern WEEKDAY =
      Pattern.compile(
          "\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern YEAR_IN_TEXT = Pattern.compile("\\b[12]\\d{3}\\b");
  private static final Pattern DAY_OF_MONTH = Pattern.compile("XXXX-(\\d\\d)-(\\d\\d)");
  private static final Pattern YEAR_VALUE =
      Pattern.compile("([12]\\d{3})(?:-(\\d\\d)(?:-(\\d\\d))?)?");
  private static final Pattern FORMER = Pattern.compile("(?i)\\b(former|ex|late|then|outgoing)\\b");

  private static final Pattern JOINER = Pattern.compile("[\\s,(]*");

  private final ActorDictionary dictionary;

  PublicationDateInference(ActorDictionary dictionary) {
    this.dictionary = dictionary;
  }

  /** A weekday with a day and month, found in the text. */
  record Pair(DayOfWeek weekday, int month, int day) {}

  /** The inferred publication date, or empty without enough evidence. */
  Optional<LocalDate> infer(AnnotatedDocument annotated, List<Entity> entities) {
    List<Pair> pairs = new ArrayList<>();
    LocalDate latestPast = null;
    List<TimeMention> times = annotated.times();
    String text = annotated.text();
    for (int i = 0; i < times.size(); i++) {
      TimeMention t = times.get(i);
      Tense tense = tense(annotated, t);
      if (tense == Tense.FUTURE) {
        continue;
      }
      LocalDate named = namedDate(t);
      if (named != null && (latestPast == null || named.isAfter(latestPast))) {
        latestPast = named;
      }
      Pair pair = pair(t, i + 1 < times.size() ? times.get(i + 1) : null, text);
      if (pair != null) {
        pairs.add(pair);
      }
    }
    if (pairs.isEmpty()) {
      return Optional.empty();
    }
    List<List<Tenure>> terms = new ArrayList<>();
    for (Entity e : entities) {
      if (e.titles().isEmpty() || e.titles().stream().anyMatch(x -> FORMER.matcher(x).find())) {
        continue;
      }
      List<Tenure> tenures = new ArrayList<>();
      for (Tenure t : tenures(e.name())) {
        // An office, not membership of an elite ("ELI"), which outlasts any office.
        if (t.code() != null && !t.code().contains("ELI")) {
          tenures.add(t);
        }
      }
      if (!tenures.isEmpty()) {
        terms.add(tenures);
      }
    }
    LocalDate answer = null;
    LocalDate earliest = null;
    for (Pair p : pairs) {
      LocalDate d = place(p, latestPast, terms);
      if (d == null) {
        return Optional.empty(); // one pair that fits no year, or several, makes all doubtful
      }
      answer = answer == null || d.isAfter(answer) ? d : answer;
      earliest = earliest == null || d.isBefore(earliest) ? d : earliest;
    }
    if (latestPast != null && latestPast.isAfter(answer)) {
      answer = latestPast; // "on Tuesday (June 4) ... on June 5, 2013": not before June 5
    }
    if (answer.toEpochDay() - earliest.toEpochDay() > MAX_SPREAD_DAYS) {
      return Optional.empty();
    }
    return Optional.of(answer);
  }

  /**
   * The terms of a name, or of its longest ending that is a dictionary name: the entity stage may
   * keep a title word in a name ("State Condoleezza Rice").
   */
  private List<Tenure> tenures(String name) {
    String rest = name.strip();
    for (int words = 0; words < 3 && !rest.isEmpty(); words++) {
      List<Tenure> found = dictionary.tenures(rest);
      if (!found.isEmpty()) {
        return found;
      }
      int space = rest.indexOf(' ');
      if (space < 0 || rest.indexOf(' ', space + 1) < 0) {
        break; // keep at least two words: a surname alone names too many people
      }
      rest = rest.substring(space + 1);
    }
    return List.of();
  }

  /** The one date that fits the pair and the evidence, or null when none or several do. */
  static LocalDate place(Pair p, LocalDate latestPast, List<List<Tenure>> terms) {
    int from;
    int to;
    if (latestPast != null) {
      from = latestPast.getYear();
      to = from + YEARS_AFTER_LATEST;
    } else {
      // Only closed terms bound the years from above.
      from = FIRST_YEAR;
      to = Integer.MIN_VALUE;
      for (List<Tenure> term : terms) {
        int termEnd = Integer.MIN_VALUE;
        for (Tenure t : term) {
          termEnd = t.to() == null ? Integer.MAX_VALUE : Math.max(termEnd, t.to().getYear());
        }
        if (termEnd != Integer.MAX_VALUE) {
          to = to == Integer.MIN_VALUE ? termEnd : Math.min(to, termEnd);
        }
      }
      if (to == Integer.MIN_VALUE) {
        return null;
      }
    }
    LocalDate found = null;
    for (int y = from; y <= to; y++) {
      LocalDate d = dateIn(y, p.month(), p.day());
      if (d == null || d.getDayOfWeek() != p.weekday()) {
        continue;
      }
      if (latestPast != null && d.isBefore(latestPast.minusDays(MAX_SPREAD_DAYS))) {
        continue; // the story appeared after the latest date it names, and soon after the pair
      }
      if (!inAllTerms(d, terms)) {
        continue;
      }
      if (found != null) {
        return null;
      }
      found = d;
    }
    return found;
  }

  private static boolean inAllTerms(LocalDate d, List<List<Tenure>> terms) {
    for (List<Tenure> term : terms) {
      if (term.stream().noneMatch(t -> t.covers(d))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A weekday with a day and month and no year: in one mention ("Sunday, June 2") or in a weekday
   * mention followed closely by a day-and-month one ("Tuesday (June 4)").
   */
  static Pair pair(TimeMention t, TimeMention next, String text) {
    if (YEAR_IN_TEXT.matcher(t.text()).find()) {
      return null;
    }
    Matcher wd = WEEKDAY.matcher(t.text());
    if (!wd.find()) {
      return null;
    }
    DayOfWeek weekday = DayOfWeek.valueOf(wd.group(1).toUpperCase(Locale.ROOT));
    int[] md = monthDay(t);
    if (md == null && next != null && next.start() >= t.end() && next.start() - t.end() <= 3) {
      String between = text.substring(t.end(), next.start());
      if (JOINER.matcher(between).matches() && !YEAR_IN_TEXT.matcher(next.text()).find()) {
        md = monthDay(next);
      }
    }
    return md == null ? null : new Pair(weekday, md[0], md[1]);
  }

  /** The month and day of a mention whose value is a day with an open year, else null. */
  private static int[] monthDay(TimeMention t) {
    if (t.value() == null) {
      return null;
    }
    Matcher m = DAY_OF_MONTH.matcher(t.value());
    if (!m.matches()) {
      return null;
    }
    return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
  }

  /**
   * The earliest day of what a mention names with a year written out ("2012" is 2012-01-01, "April
   * 2012" 2012-04-01, "June 3, 2013" that day), or null.
   */
  static LocalDate namedDate(TimeMention t) {
    if (t.value() == null || !YEAR_IN_TEXT.matcher(t.text()).find()) {
      return null;
    }
    Matcher m = YEAR_VALUE.matcher(t.value());
    if (!m.matches()) {
      return null;
    }
    int y = Integer.parseInt(m.group(1));
    int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
    int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
    return dateIn(y, month, day);
  }

  private static Tense tense(AnnotatedDocument annotated, TimeMention t) {
    List<Sentence> sentences = annotated.sentences();
    if (t.sentence() < 0 || t.sentence() >= sentences.size()) {
      return Tense.UNKNOWN;
    }
    Sentence s = sentences.get(t.sentence());
    int[] span = DateExtractor.tokenSpan(s, t.start(), t.end());
    return span == null ? Tense.UNKNOWN : Tense.around(s, span[0], span[1]);
  }

  private static LocalDate dateIn(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }
}
