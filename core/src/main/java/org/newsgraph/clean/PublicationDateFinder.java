package org.newsgraph.clean;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.DateSource;

/**
 * Finds a publication date written in article text: explicit marks ("Latest update : 2013-01-14",
 * "Date created", "Published on"), datelines, and as a last resort a weekday written next to a day
 * and month ("Tuesday (June 4)"), resolved to the year in which that day fell on that weekday.
 *
 * <p>The order of evidence, strongest first:
 *
 * <ol>
 *   <li>A mark followed by a full date anywhere in the text. Creation marks ("Date created",
 *       "Published", "Posted", "First published") win over update marks ("Latest update",
 *       "Updated", "Last modified"): the record wants the day the story first appeared. Result
 *       {@link DateSource#TEXT}.
 *   <li>A dateline among the first five non-empty lines: a line that is only a date, perhaps with a
 *       weekday, a time or an author's name ("Friday, January 4, 2019", "By Jane Doe | 4 Jan
 *       2019"), or a wire dateline with a year ("PARIS, January 14, 2013 (Reuters) -"). A wire
 *       dateline without a year ("PARIS, Jan 14 (Reuters) -") is not enough alone. Result {@link
 *       DateSource#TEXT}.
 *   <li>A weekday next to a day and month ("on Tuesday (June 4)", "Tuesday, June 4", "Friday 14
 *       June"). With a year beside it, that date is taken if the weekday agrees. Without one, the
 *       candidate years are those in which that day fell on that weekday; the years the text
 *       mentions as past ("in April 2012", "since 2011", "founded B2 in 2008"; not "by 2030" or
 *       "will ... in 2025") give a floor L, and the earliest candidate year not before L is chosen
 *       (stories mostly speak of earlier years, and the weekday repeats only every 5 to 11 years,
 *       so the first fit after the latest year named is the best guess). Without any year in the
 *       text nothing is inferred. Result {@link DateSource#INFERRED}.
 * </ol>
 *
 * <p>Dates in running text ("on January 11, 2013 they...") are not taken: they date events, not the
 * article. Work is linear in the text length; texts over 300,000 characters are searched in their
 * first 200,000 and last 50,000 characters only.
 *
 * <p>Thread-safe: holds only a clock and compiled patterns.
 */
public final class PublicationDateFinder {

  /** A date found in text, with whether it was read ({@code TEXT}) or inferred. */
  public record Found(java.time.LocalDate date, org.newsgraph.model.DateSource from) {
    public Found {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(from, "from");
    }
  }

  private static final int WHOLE_LIMIT = 300_000;
  private static final int HEAD = 200_000;
  private static final int TAIL = 50_000;

  /** A creation or update mark; the date must follow within a few characters. */
  private static final Pattern MARK =
      Pattern.compile(
          "\\b(?:(?<created>date created|date published|first published|originally published"
              + "|published|posted|created)|(?<updated>latest update|last updated?|last modified"
              + "|updated|modified))(?:\\s+(?:on|at))?\\s*[:\\-–—|]?\\s*(?:on\\s+)?(?:"
              + DateExpressions.WEEKDAY
              + ",?\\s+)?",
          Pattern.CASE_INSENSITIVE);

  /** A wire dateline: CITY, date (Agency) - */
  private static final Pattern WIRE_DATELINE =
      Pattern.compile(
          "^\\(?[A-Z][\\p{L}.' -]{1,40}\\)?,\\s*(?:" + DateExpressions.WEEKDAY + ",?\\s+)?$");

  private static final Pattern AFTER_WIRE_DATE =
      Pattern.compile("^\\s*(?:\\([^)]{1,40}\\))?\\s*[-–—]");

  private static final Pattern WEEKDAY_DATE =
      Pattern.compile(
          "\\b(?<wd>"
              + DateExpressions.WEEKDAY
              + ")\\s*(?:\\(\\s*|,\\s*|\\s+)(?:the\\s+)?(?:(?<d1>[0-3]?\\d)(?:st|nd|rd|th)?(?:\\s+of)?"
              + "\\s+(?<m1>"
              + DateExpressions.MONTH
              + ")\\b\\.?|(?<m2>"
              + DateExpressions.MONTH
              + ")\\.?\\s+(?<d2>[0-3]?\\d)(?:st|nd|rd|th)?)(?![\\d:])"
              + "(?:\\s*\\)?,?\\s+(?<y>(?:19|20)\\d{2})(?!\\d))?");

  /** A year on its own: not part of a bigger number, an amount or a time. */
  private static final Pattern YEAR =
      Pattern.compile("(?<![\\w$£€.,/:-])((?:19|20)\\d{2})(?![\\w%]|[.,/:-]\\d)");

  /** Words that, just before a year, make it a future or a deadline rather than the past. */
  private static final Set<String> FUTURE_CUES =
      Set.of(
          "will",
          "would",
          "shall",
          "by",
          "until",
          "till",
          "plan",
          "plans",
          "planned",
          "planning",
          "target",
          "targets",
          "targeted",
          "expected",
          "scheduled",
          "forecast",
          "projected",
          "aim",
          "aims",
          "goal",
          "deadline",
          "next",
          "upcoming",
          "coming",
          "before");

  /** Words that, shortly before a weekday and date, put that day in the future. */
  private static final Set<String> FUTURE_EVENT_CUES =
      Set.of(
          "will",
          "would",
          "could",
          "may",
          "might",
          "shall",
          "expected",
          "scheduled",
          "set",
          "plans",
          "planned",
          "due",
          "next",
          "upcoming",
          "until",
          "till");

  private static final String[] MARK_WORDS = {
    "created", "published", "posted", "update", "modified"
  };

  /** How many places one literal may send to the regex: bounds work on pathological input. */
  private static final int MAX_HITS = 2000;

  private final Clock clock;

  /** A finder that trusts no year after next year (by the system clock). */
  public PublicationDateFinder() {
    this(Clock.systemUTC());
  }

  /** For tests: a finder whose "now" is the given clock's. */
  PublicationDateFinder(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Looks for the publication date in the given text (raw or clean).
   *
   * @param text article text; may be empty
   * @return the date and whether it was read or inferred, or empty when the text gives no
   *     publication date
   * @throws IllegalArgumentException if {@code text} is null
   */
  public Optional<Found> find(String text) {
    if (text == null) {
      throw new IllegalArgumentException("text must not be null");
    }
    String window =
        text.length() <= WHOLE_LIMIT
            ? text
            : text.substring(0, HEAD) + "\n" + text.substring(text.length() - TAIL);
    int maxYear = LocalDate.now(clock).getYear() + 1;
    LocalDate marked = fromMarks(window, maxYear);
    if (marked != null) {
      return Optional.of(new Found(marked, DateSource.TEXT));
    }
    LocalDate dateline = fromDateline(window, maxYear);
    if (dateline != null) {
      return Optional.of(new Found(dateline, DateSource.TEXT));
    }
    LocalDate inferred = fromWeekday(window, maxYear);
    if (inferred != null) {
      return Optional.of(new Found(inferred, DateSource.INFERRED));
    }
    return Optional.empty();
  }

  private static LocalDate fromMarks(String text, int maxYear) {
    // A literal search finds the few places worth a regex: far cheaper than a regex scan.
    String lower = asciiLower(text);
    Matcher mark = MARK.matcher(text).useTransparentBounds(true);
    Matcher date = DateExpressions.FULL_DATE.matcher(text).useTransparentBounds(true);
    int createdAt = Integer.MAX_VALUE;
    int updatedAt = Integer.MAX_VALUE;
    LocalDate created = null;
    LocalDate updated = null;
    for (String word : MARK_WORDS) {
      int hits = 0;
      for (int p = lower.indexOf(word);
          p >= 0 && hits++ < MAX_HITS;
          p = lower.indexOf(word, p + 1)) {
        mark.region(Math.max(0, p - 14), Math.min(text.length(), p + word.length() + 30));
        if (!mark.find() || mark.start() > p || mark.end() < p + word.length()) {
          continue;
        }
        date.region(mark.end(), Math.min(text.length(), mark.end() + 40));
        if (!date.lookingAt()) {
          continue;
        }
        LocalDate d = DateExpressions.dateOf(date);
        if (d == null || d.getYear() > maxYear) {
          continue;
        }
        if (mark.group("created") != null) {
          if (p < createdAt) {
            createdAt = p;
            created = d;
          }
        } else if (p < updatedAt) {
          updatedAt = p;
          updated = d;
        }
      }
    }
    return created != null ? created : updated;
  }

  /** Lower case for ASCII letters only, so that indices stay those of the original. */
  static String asciiLower(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (c >= 'A' && c <= 'Z') {
        chars[i] = (char) (c + 32);
      }
    }
    return new String(chars);
  }

  private static LocalDate fromDateline(String text, int maxYear) {
    int pos = 0;
    int seen = 0;
    int limit = Math.min(text.length(), 3000);
    while (pos < limit && seen < 5) {
      int nl = text.indexOf('\n', pos);
      int end = nl < 0 ? text.length() : nl;
      String line = TextNormalizer.normalize(text, pos, Math.min(end, pos + 400));
      pos = end + 1;
      if (line.isEmpty()) {
        continue;
      }
      seen++;
      if (!DateExpressions.mayHoldDate(line)) {
        continue;
      }
      Matcher m = DateExpressions.FULL_DATE.matcher(line);
      if (!m.find()) {
        continue;
      }
      LocalDate d = DateExpressions.dateOf(m);
      if (d == null || d.getYear() > maxYear) {
        continue;
      }
      if (DateExpressions.onlyDateAndByline(
          line.substring(0, m.start()) + " " + line.substring(m.end()))) {
        return d;
      }
      if (WIRE_DATELINE.matcher(line.substring(0, m.start())).find()
          && AFTER_WIRE_DATE.matcher(line.substring(m.end())).find()) {
        return d;
      }
    }
    return null;
  }

  private static LocalDate fromWeekday(String text, int maxYear) {
    Matcher m = WEEKDAY_DATE.matcher(text).useTransparentBounds(true);
    Integer latestPast = null;
    boolean yearsRead = false;
    int tries = 0;
    int hits = 0;
    // Every weekday name ends in "day": look there only.
    for (int p = text.indexOf("day");
        p >= 0 && tries < 10 && hits++ < MAX_HITS;
        p = text.indexOf("day", p + 3)) {
      m.region(Math.max(0, p - 6), Math.min(text.length(), p + 60));
      if (!m.find() || m.end("wd") != p + 3) {
        continue;
      }
      tries++;
      if (futureContext(text, m.start())) {
        continue; // "the trial could commence on Tuesday, January 21": not the day of writing
      }
      DayOfWeek wd = DateExpressions.weekday(m.group("wd"));
      String monthName = m.group("m1") != null ? m.group("m1") : m.group("m2");
      int month = DateExpressions.month(monthName);
      int day = Integer.parseInt(m.group("d1") != null ? m.group("d1") : m.group("d2"));
      if (day < 1 || day > 31) {
        continue;
      }
      if (m.group("y") != null) {
        LocalDate d = safeDate(Integer.parseInt(m.group("y")), month, day);
        if (d != null && d.getDayOfWeek() == wd && d.getYear() <= maxYear) {
          return d;
        }
        continue;
      }
      if (!yearsRead) {
        latestPast = latestPastYear(text, maxYear);
        yearsRead = true;
      }
      if (latestPast == null) {
        return null; // no year anywhere: any fitting year would be a guess
      }
      LocalDate d = nearestFit(latestPast, month, day, wd, maxYear);
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  /** The earliest year from {@code floor} on (else the latest before it) where the date fits. */
  private static LocalDate nearestFit(int floor, int month, int day, DayOfWeek wd, int maxYear) {
    // Weekdays of a date repeat within 11 years, and within 28 for 29 February.
    for (int y = floor; y <= Math.min(maxYear, floor + 28); y++) {
      LocalDate d = safeDate(y, month, day);
      if (d != null && d.getDayOfWeek() == wd) {
        return d;
      }
    }
    for (int y = floor - 1; y >= floor - 28; y--) {
      LocalDate d = safeDate(y, month, day);
      if (d != null && d.getDayOfWeek() == wd) {
        return d;
      }
    }
    return null;
  }

  private static LocalDate safeDate(int y, int m, int d) {
    try {
      return LocalDate.of(y, m, d);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  /** The latest year the text names as past, or null when it names none. */
  static Integer latestPastYear(String text, int maxYear) {
    Matcher m = YEAR.matcher(text);
    Integer latest = null;
    while (m.find()) {
      int y = Integer.parseInt(m.group(1));
      if (y > maxYear || (latest != null && y <= latest) || futureCue(text, m.start())) {
        continue;
      }
      latest = y;
    }
    return latest;
  }

  /** True when one of the eight words before {@code at} (same sentence) speaks of a future. */
  private static boolean futureContext(String text, int at) {
    for (String w : wordsBefore(text, at, 80, 8)) {
      if (FUTURE_EVENT_CUES.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** The last {@code count} words in the {@code span} characters before {@code at}, lower case. */
  private static String[] wordsBefore(String text, int at, int span, int count) {
    String before = text.substring(Math.max(0, at - span), at).toLowerCase(Locale.ROOT);
    int stop = Math.max(before.lastIndexOf(". "), before.lastIndexOf('\n'));
    if (stop >= 0) {
      before = before.substring(stop + 1);
    }
    String[] words = before.trim().split("[^\\p{L}]+");
    int from = Math.max(0, words.length - count);
    return java.util.Arrays.copyOfRange(words, from, words.length);
  }

  /** True when one of the four words before {@code at} (same sentence) marks a future. */
  private static boolean futureCue(String text, int at) {
    for (String w : wordsBefore(text, at, 40, 4)) {
      if (FUTURE_CUES.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
