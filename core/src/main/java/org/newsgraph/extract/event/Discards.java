package org.newsgraph.extract.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newsgraph.extract.actor.TabariLines;

/**
 * A discard dictionary ({@code Phoenix.discards.txt}, {@code PETR.Validate.discards.txt}): phrases
 * whose presence makes a coder drop a sentence, or with a leading {@code +} the whole story, since
 * they mark sport, entertainment, weather or history rather than political events.
 *
 * <p>Format: one phrase a line, words separated by blanks or {@code _}, a trailing {@code _}
 * ignored ({@code GROUP A_}); a leading {@code +} (optionally followed by a blank) marks a story
 * discard; {@code #} and {@code ;} start comments. A phrase stated twice is kept once: at story
 * level if either line says so, else the first.
 *
 * <p>Matching ({@link #find}) is on whole words, case-insensitive: tokens and phrases are upper
 * cased, a curly apostrophe read as a straight one, and a possessive {@code 's} split off as a word
 * of its own, so "Queen's" and the tokens "Queen" "'s" both match {@code QUEEN'S}. TABARI matched
 * discards as stems; whole words are kept here for the same reason as in the actor dictionaries: a
 * stem such as {@code BOWL} would discard every "bowled over".
 *
 * <p>Load once: {@link #standard()} reads the bundled {@code Phoenix.discards.txt} (MIT) on first
 * use. Immutable and thread-safe.
 */
public final class Discards {

  static final String BUNDLED = "Phoenix.discards.txt";

  private static volatile Discards standard;

  private final List<Discard> entries;

  /** Phrases by first word, longest first. */
  private final Map<String, List<Discard>> byFirstWord;

  private final LoadReport report;

  private Discards(List<Discard> entries, LoadReport report) {
    this.entries = List.copyOf(entries);
    Map<String, List<Discard>> index = new HashMap<>();
    for (Discard d : entries) {
      index.computeIfAbsent(d.words().get(0), k -> new ArrayList<>(2)).add(d);
    }
    Map<String, List<Discard>> sorted = new HashMap<>(index.size() * 2);
    for (Map.Entry<String, List<Discard>> e : index.entrySet()) {
      List<Discard> ds = e.getValue();
      ds.sort(Comparator.comparingInt((Discard d) -> d.words().size()).reversed());
      sorted.put(e.getKey(), List.copyOf(ds));
    }
    this.byFirstWord = Map.copyOf(sorted);
    this.report = report;
  }

  /**
   * The bundled {@code Phoenix.discards.txt}, loaded on first call and shared afterwards.
   *
   * @throws IllegalStateException when the bundled file is missing from the class path
   */
  public static Discards standard() {
    Discards loaded = standard;
    if (loaded == null) {
      synchronized (Discards.class) {
        loaded = standard;
        if (loaded == null) {
          loaded = readBundled();
          standard = loaded;
        }
      }
    }
    return loaded;
  }

  private static Discards readBundled() {
    try (BufferedReader r = VerbDictionary.openBundled(BUNDLED)) {
      return read(BUNDLED, r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a discard file (UTF-8; malformed bytes are read as U+FFFD).
   *
   * @throws IOException when the file cannot be read
   * @throws IllegalArgumentException when {@code file} is null
   */
  public static Discards read(Path file) throws IOException {
    if (file == null) {
      throw new IllegalArgumentException("file must not be null");
    }
    // An InputStreamReader replaces malformed UTF-8 rather than throwing: one bad byte in a
    // dictionary costs a word, not the file.
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
      return read(file.toString(), r);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Reads discards from a reader, which is read to the end but not closed.
   *
   * @param name the name problems are reported under
   * @throws IllegalArgumentException when an argument is null
   * @throws UncheckedIOException when the reader fails
   */
  public static Discards read(String name, Reader reader) {
    if (name == null || reader == null) {
      throw new IllegalArgumentException("name and reader must not be null");
    }
    long t0 = System.nanoTime();
    LoadProblems problems = new LoadProblems();
    TabariLines lines =
        new TabariLines(reader instanceof BufferedReader b ? b : new BufferedReader(reader));
    List<Discard> entries = new ArrayList<>();
    Map<List<String>, Discard> seen = new HashMap<>();
    String raw;
    while ((raw = lines.next()) != null) {
      String line = raw.strip();
      boolean story = line.startsWith("+");
      String phrase = story ? line.substring(1) : line;
      List<String> words = new ArrayList<>(3);
      for (String token : TabariLines.split(phrase, "_")) {
        words(token, words);
      }
      if (words.isEmpty()) {
        problems.add(name, lines.lineNumber(), "discard without a phrase", line);
        continue;
      }
      Discard d = new Discard(words, story, lines.lineNumber());
      Discard earlier = seen.putIfAbsent(d.words(), d);
      if (earlier != null) {
        if (earlier.story() != story) {
          problems.add(
              name,
              lines.lineNumber(),
              "phrase also listed on line " + earlier.line() + " at the other level (story wins)",
              line);
          if (story) {
            entries.set(entries.indexOf(earlier), d);
            seen.put(d.words(), d);
          }
        }
        continue;
      }
      entries.add(d);
    }
    LoadReport report =
        new LoadReport(
            name,
            entries.size(),
            problems.count(),
            problems.messages(),
            (System.nanoTime() - t0) / 1_000_000);
    return new Discards(entries, report);
  }

  /**
   * The same discards less those that only say a sentence speaks of the past: a year alone ({@code
   * 1914} to {@code 2013} in {@code Phoenix.discards.txt}) and a stretch of time before or after
   * ({@code YEARS AGO}, {@code MONTHS LATER}, {@code FIFTY YEARS AGO}), which drop every sentence
   * that names one as history. News names years as background to what it reports ("Biden, who
   * served as Vice President from 2008 until 2016") and reports past events between states ("In
   * 1997 Britain handed Hong Kong to China", "French troops left Mali, then returned two years
   * later"), which the events' date then places (the time stage anchors "two years later" to the
   * story's own dates); a year is no sign that a sentence is off topic.
   */
  public Discards withoutHistory() {
    List<Discard> kept = new ArrayList<>(entries.size());
    for (Discard d : entries) {
      if (!isHistory(d.words())) {
        kept.add(d);
      }
    }
    LoadReport r =
        new LoadReport(
            report.source(),
            kept.size(),
            report.badLines(),
            report.problems(),
            report.loadMillis());
    return new Discards(kept, r);
  }

  /** Whether a discard phrase is a year alone, or a stretch of time ago or later. */
  private static boolean isHistory(List<String> words) {
    int n = words.size();
    if (n == 1) {
      return YEAR.matcher(words.get(0)).matches();
    }
    return n <= 3
        && (words.get(n - 1).equals("AGO") || words.get(n - 1).equals("LATER"))
        && TIME_UNITS.contains(words.get(n - 2));
  }

  private static final List<String> TIME_UNITS =
      List.of("DAYS", "WEEKS", "MONTHS", "YEARS", "DECADES");

  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  /**
   * Appends the match words of a token: upper case, a curly apostrophe made straight, a possessive
   * {@code 's} split off ("Queen's" gives {@code QUEEN}, {@code 'S}).
   */
  static void words(String token, List<String> out) {
    String t = token.replace('\u2019', '\'').toUpperCase(Locale.ROOT);
    if (t.length() > 2 && t.endsWith("'S")) {
      out.add(t.substring(0, t.length() - 2));
      out.add("'S");
    } else if (!t.isEmpty()) {
      out.add(t);
    }
  }

  /**
   * The first discard phrase in a sentence's tokens (leftmost; the longest where several start at
   * one token).
   *
   * @param tokens the sentence's tokens as written
   * @return the match, or empty when the sentence has none
   * @throws IllegalArgumentException when {@code tokens} or one of them is null
   */
  public Optional<DiscardMatch> find(List<String> tokens) {
    if (tokens == null) {
      throw new IllegalArgumentException("tokens must not be null");
    }
    List<String> words = new ArrayList<>(tokens.size() + 4);
    List<Integer> tokenOf = new ArrayList<>(tokens.size() + 4);
    for (int t = 0; t < tokens.size(); t++) {
      String token = tokens.get(t);
      if (token == null) {
        throw new IllegalArgumentException("token " + t + " is null");
      }
      int before = words.size();
      words(token.strip(), words);
      for (int i = before; i < words.size(); i++) {
        tokenOf.add(t);
      }
    }
    for (int w = 0; w < words.size(); w++) {
      List<Discard> candidates = byFirstWord.get(words.get(w));
      if (candidates == null) {
        continue;
      }
      for (Discard d : candidates) {
        List<String> phrase = d.words();
        if (w + phrase.size() <= words.size()
            && words.subList(w, w + phrase.size()).equals(phrase)
            && (w == 0 || !tokenOf.get(w - 1).equals(tokenOf.get(w)))) {
          int last = tokenOf.get(w + phrase.size() - 1);
          return Optional.of(new DiscardMatch(d, tokenOf.get(w), last + 1));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The first discard phrase in a text split on blanks, for a sentence not yet tokenized:
   * punctuation at either end of a word ({@code , ; : ! ? " ( )}, a single final full stop) is
   * dropped first. Token indexes in the match count the blank-separated words.
   *
   * @throws IllegalArgumentException when {@code text} is null
   */
  public Optional<DiscardMatch> find(String text) {
    if (text == null) {
      throw new IllegalArgumentException("text must not be null");
    }
    String s = text.strip();
    if (s.isEmpty()) {
      return Optional.empty();
    }
    List<String> tokens = new ArrayList<>();
    for (String token : s.split("\\s+")) {
      tokens.add(trimPunctuation(token));
    }
    return find(tokens);
  }

  private static String trimPunctuation(String token) {
    int start = 0;
    int end = token.length();
    while (start < end && ",;:!?\"()[]{}".indexOf(token.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && ",;:!?\"()[]{}".indexOf(token.charAt(end - 1)) >= 0) {
      end--;
    }
    String t = token.substring(start, end);
    if (t.endsWith(".") && t.indexOf('.') == t.length() - 1) {
      t = t.substring(0, t.length() - 1);
    }
    return t;
  }

  /** Every phrase, in file order. */
  public List<Discard> entries() {
    return entries;
  }

  /** What the load read ({@code entries}: phrases) and skipped, and how long it took. */
  public LoadReport report() {
    return report;
  }
}
