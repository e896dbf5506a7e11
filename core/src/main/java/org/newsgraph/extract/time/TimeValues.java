package org.newsgraph.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalizes a time expression against a reference date (the publication date) by rules of our own
 * for the relative forms news uses most, where SUTime is measurably wrong or silent: bare weekdays
 * ("said Sunday" is the Sunday on or before publication, SUTime takes the next one), "last week",
 * "earlier this week", "last month", month names and days without a year ("in January", "on June
 * 4": the most recent one unless the clause points ahead), "two years ago" (a year, not a day),
 * parts of days ("Sunday night", "this morning"), weekends and decades.
 *
 * <p>Anything these rules do not read keeps SUTime's value, with its unknown year or week filled in
 * from the reference where the value has that shape ({@code XXXX-06-04}, {@code XXXX-01}, {@code
 * XXXX-WXX-7}). Without a reference, what the text leaves open stays open ({@code XXXX-WXX-7}), and
 * a value that cannot be written without one ("last week") is null.
 *
 * <p>Thread-safe: holds only compiled patterns.
 */
final class TimeValues {

  /** A resolved value and its TIMEX3 type. */
  record Value(String value, String type) {}

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("january", 1),
          Map.entry("jan", 1),
          Map.entry("february", 2),
          Map.entry("feb", 2),
          Map.entry("march", 3),
          Map.entry("mar", 3),
          Map.entry("april", 4),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("june", 6),
          Map.entry("jun", 6),
          Map.entry("july", 7),
          Map.entry("jul", 7),
          Map.entry("august", 8),
          Map.entry("aug", 8),
          Map.entry("september", 9),
          Map.entry("sep", 9),
          Map.entry("sept", 9),
          Map.entry("october", 10),
          Map.entry("oct", 10),
          Map.entry("november", 11),
          Map.entry("nov", 11),
          Map.entry("december", 12),
          Map.entry("dec", 12));

  private static final Map<String, DayOfWeek> WEEKDAYS =
      Map.ofEntries(
          Map.entry("monday", DayOfWeek.MONDAY),
          Map.entry("mon", DayOfWeek.MONDAY),
          Map.entry("tuesday", DayOfWeek.TUESDAY),
          Map.entry("tue", DayOfWeek.TUESDAY),
          Map.entry("tues", DayOfWeek.TUESDAY),
          Map.entry("wednesday", DayOfWeek.WEDNESDAY),
          Map.entry("wed", DayOfWeek.WEDNESDAY),
          Map.entry("thursday", DayOfWeek.THURSDAY),
          Map.entry("thu", DayOfWeek.THURSDAY),
          Map.entry("thur", DayOfWeek.THURSDAY),
          Map.entry("thurs", DayOfWeek.THURSDAY),
          Map.entry("friday", DayOfWeek.FRIDAY),
          Map.entry("fri", DayOfWeek.FRIDAY),
          Map.entry("saturday", DayOfWeek.SATURDAY),
          Map.entry("sat", DayOfWeek.SATURDAY),
          Map.entry("sunday", DayOfWeek.SUNDAY),
          Map.entry("sun", DayOfWeek.SUNDAY));

  private static final Map<String, Integer> NUMBERS =
      Map.ofEntries(
          Map.entry("a", 1),
          Map.entry("an", 1),
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("fifteen", 15),
          Map.entry("twenty", 20),
          Map.entry("thirty", 30),
          Map.entry("fifty", 50),
          Map.entry("hundred", 100));

  /** Modifiers that narrow a period without moving it: "early June" has the value of June. */
  private static final Pattern MODIFIER =
      Pattern.compile(
          "^(?:(?:on|in|at|during|since|from|by|until|of|around|about|as of|over|the)\\s+)*"
              + "(?:(?:the\\s+)?(?:end|beginning|start|middle|close|turn)\\s+of\\s+(?:the\\s+)?"
              + "|(?:early|late|mid|earlier|later)(?:\\s+|-)(?=\\S))?");

  private static final String WEEKDAY =
      "(monday|tuesday|wednesday|thursday|friday|saturday|sunday"
          + "|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\\.?";
  private static final String MONTH =
      "(january|february|march|april|may|june|july|august|september|october|november|december"
          + "|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?";
  private static final String PART = "(morning|afternoon|evening|night)";

  /** "Sunday", "last Sunday", "Sunday night", "early Monday morning". */
  private static final Pattern WEEKDAY_ALONE =
      Pattern.compile(
          "(?:(last|next|this|past|previous|coming)\\s+)?" + WEEKDAY + "(?:,?\\s+" + PART + ")?");

  /** "the night of Sunday": rare but cheap. */
  private static final Pattern TODAY =
      Pattern.compile(
          "(today|tonight|yesterday|tomorrow|last night|this "
              + PART
              + "|(?:earlier|later) today)(?:\\s+"
              + PART
              + ")?");

  /** "last week", "earlier this month", "this year", "the previous week", "the weekend". */
  private static final Pattern RELATIVE_PERIOD =
      Pattern.compile(
          "(last|this|next|previous|following|coming|current|same|that)?\\s*"
              + "(week|weekend|month|year)");

  private static final Pattern MONTH_ALONE =
      Pattern.compile("(?:(?:this\\s+)?(last|next|this|past|previous|coming)\\s+)?" + MONTH);

  /** A month and a day, without a year, in either order, a weekday perhaps before. */
  private static final Pattern MONTH_DAY =
      Pattern.compile(
          "(?:"
              + WEEKDAY
              + "\\s*[,(]?\\s*)?(?:the\\s+)?(?:"
              + MONTH
              + "\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+"
              + MONTH
              + ")\\)?");

  private static final Pattern AGO =
      Pattern.compile(
          "(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
              + "|thirty|fifty|\\d{1,3})\\s+(day|week|month|year|decade)s?\\s+ago");

  private static final Pattern RECENT =
      Pattern.compile("(?:the\\s+)?(?:most\\s+)?recent\\s+(?:years|months|weeks|days|decades)");

  /** "ten years later", "two days earlier": counted from a date in the text, not publication. */
  static final Pattern LATER =
      Pattern.compile(
          "(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
              + "|thirty|fifty|\\d{1,3})\\s+(day|week|month|year|decade)s?\\s+"
              + "(later|earlier|after|afterwards|afterward|before|on)");

  private static final Pattern ZONE_OFFSET =
      Pattern.compile("(T\\d\\d(?::\\d\\d){0,2})(?:Z|[+-]\\d\\d:?\\d\\d)$");

  private static final Pattern X_DAY = Pattern.compile("XXXX-(\\d\\d)-(\\d\\d)");
  private static final Pattern X_MONTH = Pattern.compile("XXXX-(\\d\\d)");
  private static final Pattern X_WEEKDAY = Pattern.compile("XXXX-WXX-([1-7])");
  private static final Pattern DECADE = Pattern.compile("(\\d\\d\\d)X");
  private static final Pattern YEAR_DIGITS = Pattern.compile("\\d{4}");
  private static final Pattern DAY_VALUE = Pattern.compile("(?:\\d{4}|XXXX)-(\\d\\d)-(\\d\\d).*");

  private TimeValues() {}

  /**
   * The value of a DATE or TIME expression.
   *
   * @param text the expression as written
   * @param type SUTime's TIMEX3 type
   * @param sutime SUTime's value, or null
   * @param tense which way its clause points
   * @param reference the date to resolve against, or null when there is none
   * @return the value and type; the value may be null (see the class comment)
   */
  static Value resolve(String text, String type, String sutime, Tense tense, LocalDate reference) {
    String t = normalize(text);
    if (RECENT.matcher(t).matches()) {
      return new Value("PAST_REF", "DATE"); // "in recent years": TimeML's past reference
    }
    if (!type.equals("DATE") && !type.equals("TIME")) {
      Matcher decade = DECADE.matcher(sutime == null ? "" : sutime);
      return decade.matches()
          ? new Value(decade.group(1), "DATE") // SUTime types "1960s" as a SET at times
          : new Value(sutime, type);
    }
    Matcher mod = MODIFIER.matcher(t);
    String core = mod.lookingAt() ? t.substring(mod.end()).strip() : t;
    Matcher m;
    if ((m = WEEKDAY_ALONE.matcher(core)).matches()) {
      return weekday(m.group(1), WEEKDAYS.get(m.group(2)), m.group(3), tense, reference);
    }
    if ((m = TODAY.matcher(core)).matches()) {
      return today(m.group(1), m.group(3), reference);
    }
    if ((m = RELATIVE_PERIOD.matcher(core)).matches()) {
      Value v = period(m.group(1), m.group(2), t, tense, reference);
      if (v != null) {
        return v;
      }
    }
    if ((m = MONTH_ALONE.matcher(core)).matches()) {
      return month(m.group(1), MONTHS.get(m.group(2)), tense, reference);
    }
    if ((m = AGO.matcher(core)).matches()) {
      Integer n = NUMBERS.get(m.group(1));
      int count = n != null ? n : Integer.parseInt(m.group(1));
      return ago(count, m.group(2), reference);
    }
    if (!YEAR_DIGITS.matcher(t).find() && (m = MONTH_DAY.matcher(core)).matches()) {
      String monthName = m.group(2) != null ? m.group(2) : m.group(5);
      String dayDigits = m.group(3) != null ? m.group(3) : m.group(4);
      Value v = monthDay(MONTHS.get(monthName), Integer.parseInt(dayDigits), tense, reference);
      if (v != null) {
        return v;
      }
    }
    return fromSutime(t, type, sutime, tense, reference);
  }

  private static Value weekday(
      String modifier, DayOfWeek day, String part, Tense tense, LocalDate reference) {
    String suffix = partSuffix(part);
    String type = suffix.isEmpty() ? "DATE" : "TIME";
    if (reference == null) {
      return modifier == null || modifier.equals("this")
          ? new Value("XXXX-WXX-" + day.getValue() + suffix, type)
          : new Value(null, type);
    }
    // A present tense with a weekday is a schedule: "the summit opens on Tuesday".
    boolean ahead =
        modifier == null || modifier.equals("this")
            ? tense == Tense.FUTURE || tense == Tense.PRESENT
            : modifier.equals("next") || modifier.equals("coming");
    LocalDate date;
    if (ahead) {
      date =
          modifier != null && modifier.equals("next")
              ? reference.with(TemporalAdjusters.next(day))
              : reference.with(TemporalAdjusters.nextOrSame(day));
    } else if (modifier != null && !modifier.equals("this")) {
      date = reference.with(TemporalAdjusters.previous(day)); // "last Sunday": before today
    } else {
      date = reference.with(TemporalAdjusters.previousOrSame(day));
    }
    return new Value(date + suffix, type);
  }

  private static Value today(String word, String part, LocalDate reference) {
    String w = word;
    String suffix = partSuffix(part);
    int shift = 0;
    if (w.startsWith("yesterday") || w.equals("last night")) {
      shift = -1;
    } else if (w.startsWith("tomorrow")) {
      shift = 1;
    }
    if (w.equals("tonight") || w.equals("last night")) {
      suffix = "TNI";
    } else if (w.startsWith("this ")) {
      suffix = partSuffix(w.substring(5));
    }
    String type = suffix.isEmpty() ? "DATE" : "TIME";
    if (reference == null) {
      return new Value(null, type);
    }
    return new Value(reference.plusDays(shift) + suffix, type);
  }

  private static Value period(
      String modifier, String unit, String whole, Tense tense, LocalDate reference) {
    String mod = modifier == null ? "" : modifier;
    if (mod.isEmpty() && !unit.equals("weekend")) {
      return null; // "the week", "a month": not a date by itself
    }
    if (mod.equals("same") || mod.equals("that") || mod.equals("following")) {
      return null; // anchored to another date in the text, not to publication
    }
    if (reference == null) {
      return new Value(null, "DATE");
    }
    int shift =
        switch (mod) {
          case "last", "previous" -> -1;
          case "next", "coming" -> 1;
          default -> 0;
        };
    switch (unit) {
      case "week":
        return new Value(week(reference.plusWeeks(shift)), "DATE");
      case "month":
        LocalDate m = reference.plusMonths(shift);
        return new Value(
            String.format(Locale.ROOT, "%04d-%02d", m.getYear(), m.getMonthValue()), "DATE");
      case "year":
        return new Value(String.format(Locale.ROOT, "%04d", reference.getYear() + shift), "DATE");
      default: // weekend
        LocalDate saturday;
        if (shift < 0 || (shift == 0 && tense != Tense.FUTURE)) {
          // "over the weekend", "last weekend": the latest one begun by the time of writing
          saturday = reference.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
          if (shift < 0 && !reference.isAfter(saturday.plusDays(1))) {
            saturday = saturday.minusWeeks(1);
          }
        } else {
          saturday = reference.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
          if (reference.getDayOfWeek() == DayOfWeek.SUNDAY && shift == 0) {
            saturday = reference.minusDays(1);
          }
          if (shift > 0 && reference.getDayOfWeek().getValue() >= 6) {
            saturday = saturday.plusWeeks(1);
          }
        }
        return new Value(week(saturday) + "-WE", "DATE");
    }
  }

  private static Value month(String modifier, int month, Tense tense, LocalDate reference) {
    if (reference == null) {
      return modifier == null || modifier.equals("this")
          ? new Value(String.format(Locale.ROOT, "XXXX-%02d", month), "DATE")
          : new Value(null, "DATE");
    }
    int year = reference.getYear();
    int now = reference.getMonthValue();
    boolean ahead =
        modifier == null || modifier.equals("this")
            ? tense == Tense.FUTURE
            : modifier.equals("next") || modifier.equals("coming");
    boolean strict = modifier != null && !modifier.equals("this");
    if (ahead) {
      if (month < now || strict && month == now) {
        year++;
      }
    } else if (month > now || strict && month == now) {
      year--;
    }
    return new Value(String.format(Locale.ROOT, "%04d-%02d", year, month), "DATE");
  }

  private static Value monthDay(int month, int day, Tense tense, LocalDate reference) {
    if (day < 1 || day > 31) {
      return null;
    }
    if (reference == null) {
      return new Value(String.format(Locale.ROOT, "XXXX-%02d-%02d", month, day), "DATE");
    }
    LocalDate same = dateIn(reference.getYear(), month, day);
    if (same == null) {
      return null;
    }
    LocalDate chosen;
    if (tense == Tense.FUTURE) {
      chosen = same.isBefore(reference) ? dateIn(reference.getYear() + 1, month, day) : same;
    } else if (tense == Tense.PAST) {
      chosen = same.isAfter(reference) ? dateIn(reference.getYear() - 1, month, day) : same;
    } else {
      // No tense: the nearest of last year's, this year's and next year's.
      chosen = same;
      for (int dy : new int[] {-1, 1}) {
        LocalDate other = dateIn(reference.getYear() + dy, month, day);
        if (other != null && distance(other, reference) < distance(chosen, reference)) {
          chosen = other;
        }
      }
    }
    return chosen == null ? null : new Value(chosen.toString(), "DATE");
  }

  private static Value ago(int count, String unit, LocalDate reference) {
    if (reference == null) {
      return new Value(null, "DATE");
    }
    return switch (unit) {
      case "day" -> new Value(reference.minusDays(count).toString(), "DATE");
      case "week" -> new Value(week(reference.minusWeeks(count)), "DATE");
      case "month" -> {
        LocalDate m = reference.minusMonths(count);
        yield new Value(
            String.format(Locale.ROOT, "%04d-%02d", m.getYear(), m.getMonthValue()), "DATE");
      }
      case "year" -> new Value(Integer.toString(reference.getYear() - count), "DATE");
      default -> new Value(Integer.toString((reference.getYear() - 10 * count) / 10), "DATE");
    };
  }

  /** SUTime's value, its open year or week filled from the reference where it has that shape. */
  private static Value fromSutime(
      String text, String type, String sutime, Tense tense, LocalDate reference) {
    if (sutime == null) {
      return new Value(null, type);
    }
    Matcher m;
    if ((m = DECADE.matcher(sutime)).matches()) {
      return new Value(m.group(1), "DATE"); // TIMEX3 writes the 1990s as "199"
    }
    if ((m = ZONE_OFFSET.matcher(sutime)).find()) {
      // TIMEX3 values are local times: "5:00 pm EDT" is T17:00, not T17:00-0400.
      return new Value(sutime.substring(0, m.start()) + m.group(1), type);
    }
    if (reference == null) {
      return new Value(sutime, type);
    }
    if ((m = X_DAY.matcher(sutime)).matches()) {
      Value v =
          monthDay(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), tense, reference);
      return v == null ? new Value(sutime, type) : v;
    }
    if ((m = X_MONTH.matcher(sutime)).matches()) {
      return month(null, Integer.parseInt(m.group(1)), tense, reference);
    }
    if ((m = X_WEEKDAY.matcher(sutime)).matches()) {
      return weekday(null, DayOfWeek.of(Integer.parseInt(m.group(1))), null, tense, reference);
    }
    return new Value(sutime, type);
  }

  /**
   * The value of "N units later/earlier" counted from the value of an earlier expression of the
   * text, at the unit's granularity; null when the anchor is not fine enough ("two days later"
   * after "in 2015").
   */
  static String shifted(String expression, String anchor) {
    Matcher m = LATER.matcher(normalize(expression));
    if (anchor == null || !m.matches()) {
      return null;
    }
    Integer n = NUMBERS.get(m.group(1));
    int count = n != null ? n : Integer.parseInt(m.group(1));
    String dir = m.group(3);
    int sign = dir.equals("earlier") || dir.equals("before") ? -1 : 1;
    String unit = m.group(2);
    Matcher year = YEAR_DIGITS.matcher(anchor);
    if (!year.lookingAt()) {
      return null;
    }
    int y = Integer.parseInt(anchor.substring(0, 4));
    switch (unit) {
      case "year":
        return String.format(Locale.ROOT, "%04d", y + sign * count);
      case "decade":
        return String.format(Locale.ROOT, "%04d", y + sign * 10 * count);
      case "month":
        if (anchor.length() < 7 || !Character.isDigit(anchor.charAt(5))) {
          return null;
        }
        LocalDate first = LocalDate.of(y, Integer.parseInt(anchor.substring(5, 7)), 1);
        LocalDate moved = first.plusMonths((long) sign * count);
        return String.format(Locale.ROOT, "%04d-%02d", moved.getYear(), moved.getMonthValue());
      default:
        LocalDate d = day(anchor);
        if (d == null) {
          return null;
        }
        return unit.equals("day")
            ? d.plusDays((long) sign * count).toString()
            : week(d.plusWeeks((long) sign * count));
    }
  }

  /** The day of a day value ("2013-06-02", "2013-06-02TNI"), or null for any other value. */
  static LocalDate day(String value) {
    if (value == null || value.length() < 10 || value.startsWith("X")) {
      return null;
    }
    Matcher m = DAY_VALUE.matcher(value);
    if (!m.matches()) {
      return null;
    }
    try {
      return LocalDate.parse(value.substring(0, 10));
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  static String week(LocalDate d) {
    return String.format(
        Locale.ROOT,
        "%04d-W%02d",
        d.get(IsoFields.WEEK_BASED_YEAR),
        d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  private static String partSuffix(String part) {
    if (part == null) {
      return "";
    }
    return switch (part) {
      case "morning" -> "TMO";
      case "afternoon" -> "TAF";
      case "evening" -> "TEV";
      case "night" -> "TNI";
      default -> "";
    };
  }

  private static LocalDate dateIn(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  private static long distance(LocalDate a, LocalDate b) {
    return Math.abs(a.toEpochDay() - b.toEpochDay());
  }

  private static final Pattern SPACES = Pattern.compile("\\s+");

  static String normalize(String text) {
    String lower = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2013', '-');
    return SPACES.matcher(lower).replaceAll(" ").strip();
  }
}
