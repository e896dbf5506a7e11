package org.newsgraph.clean;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the written forms of a full calendar date that news pages use: ISO ({@code 2013-01-14}),
 * {@code 2013/01/14}, "January 14, 2013", "Jan. 14 2013", "14 January 2013", "14th of Jan 2013",
 * {@code 14.01.2013} and unambiguous {@code 14/01/2013} or {@code 01/14/2013}.
 *
 * <p>Slash dates whose two first numbers could both be a month ({@code 03/04/2013}) are refused:
 * sites disagree on the order and a wrong date is worse than none.
 *
 * <p>Thread-safe: holds only compiled patterns.
 */
final class DateExpressions {

  /** Month names and their usual abbreviations, in a regex alternation. */
  static final String MONTH =
      "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

  static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

  /**
   * One full date. Groups: iso (y, m, d), ymd slash (y, m, d), month-first (m, d, y), day-first (d,
   * m, y), numeric day-first-or-ambiguous (a, sep, b, y).
   */
  static final Pattern FULL_DATE =
      Pattern.compile(
          "(?<![\\d/.-])(?:"
              + "(?<isoY>(?:19|20)\\d{2})-(?<isoM>[01]?\\d)-(?<isoD>[0-3]?\\d)(?![\\d])"
              + "|(?<slY>(?:19|20)\\d{2})/(?<slM>[01]?\\d)/(?<slD>[0-3]?\\d)(?![\\d/])"
              + "|(?<mfM>"
              + MONTH
              + ")\\.?\\s+(?<mfD>[0-3]?\\d)(?:st|nd|rd|th)?,?\\s+(?<mfY>(?:19|20)\\d{2})(?!\\d)"
              + "|(?<dfD>[0-3]?\\d)(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<dfM>"
              + MONTH
              + ")\\.?,?\\s+(?<dfY>(?:19|20)\\d{2})(?!\\d)"
              + "|(?<nA>[0-3]?\\d)(?<nSep>[/.])(?<nB>[01]?\\d)\\k<nSep>(?<nY>(?:19|20)\\d{2})(?![\\d])"
              + ")",
          Pattern.CASE_INSENSITIVE);

  /** Words that may stand beside a date on a dateline or byline line. */
  private static final Set<String> DATELINE_FILLER =
      Set.of(
          "by",
          "on",
          "at",
          "updated",
          "published",
          "posted",
          "am",
          "pm",
          "a.m",
          "p.m",
          "gmt",
          "utc",
          "est",
          "edt",
          "cet",
          "cest",
          "bst",
          "pst",
          "pdt",
          "et",
          "local",
          "time",
          "and",
          "last",
          "first",
          "h",
          "hrs");

  private static final Pattern WORD = Pattern.compile("[\\p{L}']+");

  /** Cheap test before a date regex: four digits starting with 19 or 20 somewhere. */
  static boolean mayHoldDate(CharSequence s) {
    int run = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        run++;
        if (run >= 4) {
          char a = s.charAt(i - 3);
          char b = s.charAt(i - 2);
          if ((a == '1' && b == '9') || (a == '2' && b == '0')) {
            return true;
          }
        }
      } else {
        run = 0;
      }
    }
    return false;
  }

  private DateExpressions() {}

  /**
   * The date of the current {@link #FULL_DATE} match, or null when the numbers make no calendar
   * date or the order of a numeric date cannot be told.
   */
  static LocalDate dateOf(Matcher m) {
    try {
      if (m.group("isoY") != null) {
        return of(m.group("isoY"), m.group("isoM"), m.group("isoD"));
      }
      if (m.group("slY") != null) {
        return of(m.group("slY"), m.group("slM"), m.group("slD"));
      }
      if (m.group("mfY") != null) {
        return LocalDate.of(
            Integer.parseInt(m.group("mfY")),
            month(m.group("mfM")),
            Integer.parseInt(m.group("mfD")));
      }
      if (m.group("dfY") != null) {
        return LocalDate.of(
            Integer.parseInt(m.group("dfY")),
            month(m.group("dfM")),
            Integer.parseInt(m.group("dfD")));
      }
      if (m.group("nY") != null) {
        int a = Integer.parseInt(m.group("nA"));
        int b = Integer.parseInt(m.group("nB"));
        int y = Integer.parseInt(m.group("nY"));
        if (m.group("nSep").equals(".")) {
          return LocalDate.of(y, b, a); // 14.01.2013: dotted dates are day-first everywhere
        }
        if (a > 12 && b <= 12) {
          return LocalDate.of(y, b, a);
        }
        if (b > 12 && a <= 12) {
          return LocalDate.of(y, a, b);
        }
        return a == b ? LocalDate.of(y, a, a) : null;
      }
    } catch (DateTimeException | NumberFormatException e) {
      return null; // 2013-02-30 and the like: not a date, just digits
    }
    return null;
  }

  private static LocalDate of(String y, String m, String d) {
    return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
  }

  /** 1-12 for a month name or abbreviation matched by {@link #MONTH} (any case). */
  static int month(String name) {
    String three = name.substring(0, 3).toLowerCase(Locale.ROOT);
    return switch (three) {
      case "jan" -> 1;
      case "feb" -> 2;
      case "mar" -> 3;
      case "apr" -> 4;
      case "may" -> 5;
      case "jun" -> 6;
      case "jul" -> 7;
      case "aug" -> 8;
      case "sep" -> 9;
      case "oct" -> 10;
      case "nov" -> 11;
      case "dec" -> 12;
      default -> throw new IllegalArgumentException("not a month name: " + name);
    };
  }

  /** The day of week named by a full English weekday name (any case). */
  static DayOfWeek weekday(String name) {
    return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
  }

  /** True when what stands beside a date is only weekday, time, filler and capitalized names. */
  static boolean onlyDateAndByline(String rest) {
    Matcher w = WORD.matcher(rest);
    int names = 0;
    while (w.find()) {
      String word = w.group();
      String lower = word.toLowerCase(Locale.ROOT);
      if (DATELINE_FILLER.contains(lower) || isWeekday(lower)) {
        continue;
      }
      if (!Character.isUpperCase(word.charAt(0)) || ++names > 5) {
        return false;
      }
    }
    return true;
  }

  private static boolean isWeekday(String lower) {
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.name().toLowerCase(Locale.ROOT).equals(lower)) {
        return true;
      }
    }
    return false;
  }
}
