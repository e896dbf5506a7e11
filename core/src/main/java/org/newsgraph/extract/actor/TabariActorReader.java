package org.newsgraph.extract.actor;

import java.io.BufferedReader;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a TABARI/PETRARCH actor dictionary ({@code .actors} file), handing each record to an {@link
 * ActorIndex.Sink}.
 *
 * <p>The format, as documented for PETRARCH and as found in the Phoenix files:
 *
 * <pre>
 * AFGHANISTAN_  [AFG]              a record: its primary phrase, optionally its undated code
 * +AFGHAN_                          a synonym of the record ('+'; several may share a line)
 * MOHAMMAD_ZAHIR_SHAH_              a record without an inline code ...
 *     [AFGELI 320101-331108]        ... and its codes, one per line: dated between two days,
 *     [USAGOV &gt;090120]              on and after a day, [XXX &lt;920427] on and before a day,
 *     [AFGELI]                      or undated (the default when no dated code applies)
 * INDIAN_OCEAN  [---]               the null code: a phrase that must not be coded
 * </pre>
 *
 * Words of a phrase are joined by {@code _} or blanks (a trailing {@code _}, TABARI's "whole word"
 * mark, changes nothing: matching is always on whole words, as in PETRARCH). Days are {@code
 * YYMMDD} (years 00-30 are 20YY, others 19YY, as in KEDS and TABARI) or {@code YYYYMMDD}; both ends
 * are included. A record's synonyms and codes run to the next primary phrase; blank lines do not
 * end a record. Several codes may share a line ({@code [IGOEUREEC 950701-951231][IGOWSTNAT ...]}).
 *
 * <p>Forms found in the Phoenix files beyond that, and how they are read:
 *
 * <ul>
 *   <li>a parenthesised or quoted part of a phrase ({@code IRISH_REPUBLICAN_ARMY_(IRA)_}, {@code
 *       TZIPORA_"TZIPI"_LIVNI_}) is optional: the phrase is stored as written (brackets and quotes
 *       dropped) and, as a weak alias, without that part;
 *   <li>a parenthesised acronym of 3 to 6 capitals made of initials of the words before it is a
 *       weak alias on its own ({@code IRA}; not the {@code NORTH} of {@code KOREA_(NORTH)_});
 *   <li>a phrase of {@code THE} and two or more words ({@code THE_ISLAMIC_STATE}), or of {@code
 *       THE} and a word of at most three letters ({@code THE_EU}), is also a weak alias without the
 *       article;
 *   <li>lines that cannot be read (a synonym or code before any record, a bad code or day, an
 *       unclosed bracket, text after the codes) are skipped, or the part that cannot be read, and
 *       counted.
 * </ul>
 *
 * Weak aliases never replace a phrase that a file states (see {@link ActorIndex}).
 *
 * <p>Not thread-safe: one per file.
 */
final class TabariActorReader {

  private static final Pattern PAREN_ACRONYM = Pattern.compile("\\(([A-Z][A-Z0-9]{2,5})\\)");

  private final String file;
  private final ActorSource source;
  private final ActorIndex.Sink index;
  private final LoadProblems problems;

  /** One String per distinct code: a file has ~30,000 codes but ~2,000 values. */
  private final Map<String, String> codeStrings = new HashMap<>();

  private String head;
  private final List<String> phrases = new ArrayList<>();
  private final List<DatedCode> codes = new ArrayList<>();

  TabariActorReader(String file, ActorSource source, ActorIndex.Sink index, LoadProblems problems) {
    this.file = file;
    this.source = source;
    this.index = index;
    this.problems = problems;
  }

  void read(BufferedReader reader) {
    TabariLines lines = new TabariLines(reader);
    String line;
    while ((line = lines.next()) != null) {
      int number = lines.lineNumber();
      String text = line.strip();
      if (text.startsWith("[")) {
        if (head == null) {
          problems.skip(file, number, "code before any actor", text);
        } else {
          readCodes(text, number);
        }
      } else if (text.startsWith("+")) {
        if (head == null) {
          problems.skip(file, number, "synonym before any actor", text);
          continue;
        }
        int bracket = text.indexOf('[');
        String phrasePart = bracket < 0 ? text : text.substring(0, bracket);
        for (String synonym : phrasePart.split("\\+")) {
          if (!synonym.isBlank()) {
            phrases.add(synonym.strip());
          }
        }
        if (bracket >= 0) {
          readCodes(text.substring(bracket), number);
        }
      } else {
        finishRecord();
        int bracket = text.indexOf('[');
        String phrasePart = (bracket < 0 ? text : text.substring(0, bracket)).strip();
        if (phrasePart.isEmpty() || phrasePart.indexOf(']') >= 0) {
          problems.skip(file, number, "no actor phrase", text);
          continue;
        }
        head = phrasePart;
        phrases.add(phrasePart);
        if (bracket >= 0) {
          readCodes(text.substring(bracket), number);
        }
      }
    }
    finishRecord();
  }

  private void readCodes(String text, int number) {
    int i = 0;
    int n = text.length();
    boolean any = false;
    while (true) {
      while (i < n && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i == n) {
        break;
      }
      int close = text.indexOf(']', i);
      int nextOpen = text.indexOf('[', i + 1);
      if (text.charAt(i) != '[' || close < 0 || (nextOpen >= 0 && nextOpen < close)) {
        problems.skip(
            file, number, any ? "text after the codes ignored" : "unclosed or stray bracket", text);
        return;
      }
      any = true;
      DatedCode code = parseCode(text.substring(i + 1, close));
      if (code == null) {
        problems.skip(file, number, "malformed code", text);
      } else {
        codes.add(
            code.code() == null
                ? code
                : new DatedCode(
                    codeStrings.computeIfAbsent(code.code(), k -> k), code.from(), code.to()));
      }
      i = close + 1;
    }
    if (!any) {
      problems.skip(file, number, "no code", text);
    }
  }

  /**
   * The code in one bracket ({@code USAGOV}, {@code USAGOV >090120}, {@code XXX <920427}, {@code
   * AFGELI 320101-331108}, {@code ---}), or null when it cannot be read.
   */
  static DatedCode parseCode(String spec) {
    String s = spec.strip();
    int i = 0;
    int n = s.length();
    if (s.startsWith("---")) {
      i = 3;
    } else {
      while (i < n && isCodeChar(s.charAt(i))) {
        i++;
      }
    }
    if (i == 0) {
      return null;
    }
    String code = i == 3 && s.startsWith("---") ? null : s.substring(0, i).toUpperCase(Locale.ROOT);
    String rest = s.substring(i).strip();
    int from = DatedCode.OPEN_START;
    int to = DatedCode.OPEN_END;
    try {
      if (rest.isEmpty()) {
        // undated
      } else if (rest.charAt(0) == '>' || rest.charAt(0) == '<') {
        int day = day(rest.substring(1).strip());
        if (rest.charAt(0) == '>') {
          from = day;
        } else {
          to = day;
        }
      } else {
        int dash = rest.indexOf('-');
        if (dash < 0) {
          return null;
        }
        from = day(rest.substring(0, dash).strip());
        to = day(rest.substring(dash + 1).strip());
        if (from > to) {
          return null;
        }
      }
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
    return new DatedCode(code, from, to);
  }

  private static boolean isCodeChar(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  /** A {@code YYMMDD} or {@code YYYYMMDD} day as an epoch day. */
  private static int day(String digits) {
    for (int i = 0; i < digits.length(); i++) {
      if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
        throw new NumberFormatException("not a day: " + digits);
      }
    }
    int year;
    int rest;
    if (digits.length() == 6) {
      int yy = Integer.parseInt(digits.substring(0, 2));
      year = yy <= 30 ? 2000 + yy : 1900 + yy;
      rest = 2;
    } else if (digits.length() == 8) {
      year = Integer.parseInt(digits.substring(0, 4));
      rest = 4;
    } else {
      throw new NumberFormatException("not YYMMDD or YYYYMMDD: " + digits);
    }
    int month = Integer.parseInt(digits.substring(rest, rest + 2));
    int dayOfMonth = Integer.parseInt(digits.substring(rest + 2, rest + 4));
    return (int) LocalDate.of(year, month, dayOfMonth).toEpochDay();
  }

  private void finishRecord() {
    if (head == null) {
      return;
    }
    ActorEntry entry = new ActorEntry(displayName(head), source, codes);
    List<List<String>> stated = new ArrayList<>();
    List<List<String>> weak = new ArrayList<>();
    for (String phrase : phrases) {
      addWords(phrase, stated);
      String shorter = withoutOptionalParts(phrase);
      if (!shorter.equals(phrase)) {
        addWords(shorter, weak);
      }
      if (phrase.indexOf('(') >= 0) {
        Matcher acronym = PAREN_ACRONYM.matcher(phrase);
        while (acronym.find()) {
          List<String> before = new ArrayList<>();
          Words.split(phrase.substring(0, acronym.start()), before);
          if (isAcronymOf(acronym.group(1), before)) {
            addWords(acronym.group(1), weak);
          }
        }
      }
    }
    for (List<String> words : List.copyOf(stated)) {
      if (words.size() >= 2
          && words.get(0).equals("THE")
          && (words.size() >= 3 || words.get(1).length() <= 3)) {
        weak.add(List.copyOf(words.subList(1, words.size())));
      }
    }
    index.add(entry, stated, weak);
    head = null;
    phrases.clear();
    codes.clear();
  }

  /**
   * True when the letters of {@code acronym} are initials of {@code words}, in order, starting with
   * the first word: "IRA" of IRISH REPUBLICAN ARMY, "DFLP" of DEMOCRATIC FRONT FOR THE LIBERATION
   * OF PALESTINE; not "NORTH" of KOREA, a parenthesised word that only tells two records apart.
   */
  static boolean isAcronymOf(String acronym, List<String> words) {
    if (words.isEmpty() || words.get(0).charAt(0) != acronym.charAt(0)) {
      return false;
    }
    int next = 1;
    for (int w = 1; w < words.size() && next < acronym.length(); w++) {
      if (words.get(w).charAt(0) == acronym.charAt(next)) {
        next++;
      }
    }
    return next == acronym.length();
  }

  private static void addWords(String phrase, List<List<String>> out) {
    List<String> words = new ArrayList<>();
    Words.split(phrase, words);
    if (!words.isEmpty() && !out.contains(words)) {
      out.add(words);
    }
  }

  /** The phrase without its parenthesised and quoted parts (an unclosed one runs to the end). */
  static String withoutOptionalParts(String phrase) {
    if (phrase.indexOf('(') < 0 && phrase.indexOf('"') < 0) {
      return phrase;
    }
    StringBuilder b = new StringBuilder(phrase.length());
    int i = 0;
    while (i < phrase.length()) {
      char c = phrase.charAt(i);
      if (c == '(' || c == '"') {
        int close = phrase.indexOf(c == '(' ? ')' : '"', i + 1);
        if (close < 0) {
          break;
        }
        b.append('_');
        i = close + 1;
      } else {
        b.append(c);
        i++;
      }
    }
    return b.toString();
  }

  /** The head phrase as a display name: words joined by single blanks, dictionary spelling. */
  static String displayName(String head) {
    StringBuilder b = new StringBuilder(head.length());
    for (int i = 0; i < head.length(); i++) {
      char c = head.charAt(i);
      if (c == '_' || Character.isWhitespace(c)) {
        if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
          b.append(' ');
        }
      } else {
        b.append(c);
      }
    }
    int end = b.length();
    return end > 0 && b.charAt(end - 1) == ' ' ? b.substring(0, end - 1) : b.toString();
  }
}
