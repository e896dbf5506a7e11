package org.newsgraph.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.Token;

/**
 * Corrects SUTime's spans where it measurably errs on news (see the README's "Dates" section for
 * the counts): words it takes for times that are not ("once", "previously", "at the time", the
 * adjectives "current" and "future", "hour" in "miles per hour", "exceed 1000", "in his forties"),
 * words it leaves out of an expression that TimeML puts in ("the evening", "that night", "the late
 * 1960s", "1620 UTC"), signals it puts in ("Wednesday before"), and years it misses before a name
 * ("the 2006 pro-democracy riots").
 *
 * <p>Reads the tokens' text and Penn Treebank tags. Thread-safe: holds only compiled patterns.
 */
final class SpanCorrector {

  /** A corrected span: where it is, and SUTime's type and value or ours where we replaced them. */
  record Span(int start, int end, String type, String value) {}

  private static final Set<String> NOT_TIMES =
      Set.of("once", "previously", "formerly", "time", "the time", "at the time", "at times");

  private static final Set<String> UNITS =
      Set.of("hour", "day", "minute", "second", "week", "month", "year");

  /** Words before a number that make it an amount, not a year: "exceed 1000", "over 1500". */
  private static final Set<String> AMOUNT =
      Set.of(
          "than",
          "over",
          "about",
          "around",
          "nearly",
          "almost",
          "some",
          "approximately",
          "roughly",
          "exactly",
          "least",
          "$",
          "us$",
          "number");

  /** Words before a bare number that make it a year: "in 2006", "the 2006 riots". */
  private static final Set<String> YEAR_CUES =
      Set.of("the", "in", "since", "from", "of", "until", "by", "during", "before", "after");

  private static final Set<String> PARTS_OF_DAY =
      Set.of("morning", "afternoon", "evening", "night", "day", "weekend", "midday", "noon");

  private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");
  private static final Pattern YEAR = Pattern.compile("1[89]\\d\\d|20\\d\\d");
  private static final Pattern ZONE = Pattern.compile("\\s*\\(?\\s*(UTC|GMT)\\b");
  private static final Pattern DECADE_WORD = Pattern.compile("\\d{3}0s|\\d0s");
  private static final Pattern TRAILING_SIGNAL = Pattern.compile("(?i)^(.*\\S)\\s+(before|after)$");
  private static final Pattern YEAR_THEN_CLAUSE =
      Pattern.compile("(1\\d{3}|20\\d\\d),\\s+(?!(?:and|or)\\b)[a-z].*");

  /** Words before an expression that TimeML keeps in it, as its {@code mod}. */
  private static final Set<String> APPROXIMATE =
      Set.of("around", "about", "approximately", "roughly", "nearly", "almost");

  private static final Pattern ORDINAL_UNIT =
      Pattern.compile(
          "(?:the\\s+|its\\s+|their\\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth"
              + "|ninth|tenth|\\d+(?:st|nd|rd|th))\\s+(?:straight\\s+|consecutive\\s+)?"
              + "(?:day|week|month|year)");

  private static final Pattern BARE_UNIT = Pattern.compile("the (?:day|week|month|year)");

  private static final Pattern REF = Pattern.compile("(PAST|PRESENT|FUTURE)_REF");

  private SpanCorrector() {}

  /**
   * The corrected span of one SUTime mention, or null when it is no time expression.
   *
   * @param text the document text
   * @param s its sentence
   * @param first the index of its first token in the sentence
   * @param last the index of its last token
   * @param start SUTime's start
   * @param end SUTime's end
   * @param type SUTime's type
   * @param value SUTime's value, may be null
   * @param reference the publication date, or null
   */
  static Span correct(
      String text,
      Sentence s,
      int first,
      int last,
      int start,
      int end,
      String type,
      String value,
      LocalDate reference) {
    List<Token> tokens = s.tokens();
    String lower = TimeValues.normalize(text.substring(start, end));
    Token before = first > 0 ? tokens.get(first - 1) : null;
    String beforeWord = before == null ? "" : before.text().toLowerCase(Locale.ROOT);
    if (NOT_TIMES.contains(lower)) {
      return null;
    }
    if (first == last
        && tokens.get(first).pos().startsWith("JJ")
        && last + 1 < tokens.size()
        && tokens.get(last + 1).pos().startsWith("NN")
        && value != null
        && REF.matcher(value).matches()) {
      return null; // "current world ranking", "future guitarist"; not "at present"
    }
    if (ORDINAL_UNIT.matcher(lower).matches()) {
      return null; // "entered its fourth day": a count of days, not a date
    }
    if (lower.equals("fall")
        && last + 2 < tokens.size()
        && tokens.get(last + 1).text().equals("of")
        && !tokens.get(last + 2).pos().equals("CD")) {
      return null; // "the fall of Diabaly", not the season ("the fall of 2012")
    }
    if (value == null && BARE_UNIT.matcher(lower).matches()) {
      return null; // "the day before", "the year": anchored to nothing we can tell
    }
    if (UNITS.contains(lower) && beforeWord.equals("per")) {
      return null; // "miles per hour"
    }
    if (FOUR_DIGITS.matcher(lower).matches()) {
      Matcher zone = ZONE.matcher(text).region(end, Math.min(text.length(), end + 8));
      if (zone.lookingAt()) {
        return clock(lower, start, end + zone.end() - zone.regionStart(), reference);
      }
      if (before != null && (before.pos().startsWith("VB") || AMOUNT.contains(beforeWord))) {
        return null;
      }
    }
    Matcher listed = YEAR_THEN_CLAUSE.matcher(text.substring(start, end));
    if (listed.matches()) {
      // "In 1998, following ten years working ...": SUTime joined a year and what follows.
      return new Span(start, start + 4, "DATE", listed.group(1));
    }
    Matcher signal = TRAILING_SIGNAL.matcher(text.substring(start, end));
    if (signal.matches() && !TimeValues.LATER.matcher(lower).matches()) {
      end = start + signal.group(1).length();
    }
    // Words TimeML keeps in the expression and SUTime leaves out.
    if (APPROXIMATE.contains(beforeWord) && !FOUR_DIGITS.matcher(lower).matches()) {
      start = before.start(); // "around 8:30 p.m.": TIMEX3 mod="APPROX"
    }
    if (DECADE_WORD.matcher(lower).matches()
        || PARTS_OF_DAY.contains(lower) && !type.equals("DURATION")) {
      int from = first;
      while (from > 0) {
        String w = tokens.get(from - 1).text().toLowerCase(Locale.ROOT);
        boolean takes =
            w.equals("the")
                || w.equals("late")
                || w.equals("early")
                || w.equals("mid")
                || w.equals("that") && PARTS_OF_DAY.contains(lower);
        if (!takes) {
          break;
        }
        from--;
        if (w.equals("the") || w.equals("that")) {
          break;
        }
      }
      start = tokens.get(from).start();
    }
    return new Span(start, end, type, value);
  }

  /** "1620 UTC": a clock time, on the reference day until anchored. */
  private static Span clock(String digits, int start, int end, LocalDate reference) {
    int h = Integer.parseInt(digits.substring(0, 2));
    int m = Integer.parseInt(digits.substring(2));
    if (h > 23 || m > 59) {
      return null;
    }
    String day = reference == null ? "XXXX-XX-XX" : reference.toString();
    return new Span(start, end, "TIME", String.format(Locale.ROOT, "%sT%02d:%02d", day, h, m));
  }

  /**
   * Years SUTime left out: a token 1800-2099 after "in", "since", "the"... and not before a plural
   * noun ("the 1500 troops"), outside every span already found.
   *
   * @param covered the spans found in this sentence, as {start, end} pairs
   */
  static List<Span> missedYears(Sentence s, List<int[]> covered, LocalDate reference) {
    List<Span> out = new ArrayList<>();
    List<Token> tokens = s.tokens();
    int maxYear = reference == null ? 2099 : reference.getYear() + 10;
    for (int i = 1; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!t.pos().equals("CD") || !YEAR.matcher(t.text()).matches()) {
        continue;
      }
      if (Integer.parseInt(t.text()) > maxYear) {
        continue;
      }
      if (!YEAR_CUES.contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (i + 1 < tokens.size() && tokens.get(i + 1).pos().startsWith("NNS")) {
        continue;
      }
      boolean inside = false;
      for (int[] c : covered) {
        if (c[0] < t.end() && t.start() < c[1]) {
          inside = true;
          break;
        }
      }
      if (!inside) {
        out.add(new Span(t.start(), t.end(), "DATE", t.text()));
      }
    }
    return out;
  }
}
