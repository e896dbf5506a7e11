package org.newsgraph.extract.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.annotate.NamedMention;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.Token;
import org.newsgraph.model.CleanDocument;
import org.newsgraph.model.DateSource;

/**
 * Builds annotated documents from a small markup, so that the entity rules can be tested without
 * CoreNLP: {@code "[PER Jean-Yves Le Drian] said [LOC Moscow] sent troops."} gives the text without
 * brackets, tokens with offsets, the bracketed names as recognizer mentions and their tokens' CoNLL
 * classes.
 *
 * <p>Tokens: blanks separate; quotes, brackets and final punctuation are split off (an abbreviation
 * such as "U.S." keeps its dots), and so is a possessive {@code 's}. Sentences end after ".", "!"
 * or "?" and at line breaks. Part-of-speech tags are guessed from small word lists (capitalised
 * words are NNP, words in "-ed" VBD, ...), or given after a bar: {@code sent|VBD}.
 */
final class Markup {

  private static final Set<String> TYPES = Set.of("PER", "ORG", "LOC", "MISC");
  private static final Map<String, String> WORDS =
      Map.ofEntries(
          Map.entry("the", "DT"),
          Map.entry("a", "DT"),
          Map.entry("an", "DT"),
          Map.entry("this", "DT"),
          Map.entry("that", "IN"),
          Map.entry("in", "IN"),
          Map.entry("on", "IN"),
          Map.entry("at", "IN"),
          Map.entry("of", "IN"),
          Map.entry("from", "IN"),
          Map.entry("for", "IN"),
          Map.entry("with", "IN"),
          Map.entry("by", "IN"),
          Map.entry("about", "IN"),
          Map.entry("after", "IN"),
          Map.entry("into", "IN"),
          Map.entry("against", "IN"),
          Map.entry("near", "IN"),
          Map.entry("to", "TO"),
          Map.entry("and", "CC"),
          Map.entry("or", "CC"),
          Map.entry("but", "CC"),
          Map.entry("he", "PRP"),
          Map.entry("she", "PRP"),
          Map.entry("it", "PRP"),
          Map.entry("they", "PRP"),
          Map.entry("we", "PRP"),
          Map.entry("his", "PRP$"),
          Map.entry("her", "PRP$"),
          Map.entry("its", "PRP$"),
          Map.entry("their", "PRP$"),
          Map.entry("will", "MD"),
          Map.entry("would", "MD"),
          Map.entry("can", "MD"),
          Map.entry("could", "MD"),
          Map.entry("meanwhile", "RB"),
          Map.entry("also", "RB"),
          Map.entry("not", "RB"),
          Map.entry("said", "VBD"),
          Map.entry("says", "VBZ"),
          Map.entry("sent", "VBD"),
          Map.entry("told", "VBD"),
          Map.entry("met", "VBD"),
          Map.entry("was", "VBD"),
          Map.entry("is", "VBZ"),
          Map.entry("has", "VBZ"),
          Map.entry("have", "VBP"),
          Map.entry("wants", "VBZ"),
          Map.entry("plans", "VBZ"),
          Map.entry("media", "NNS"),
          Map.entry("troops", "NNS"));

  private Markup() {}

  static AnnotatedDocument parse(String markup) {
    return parse(markup, null);
  }

  static AnnotatedDocument parse(String markup, LocalDate published) {
    // 1. the text without brackets, and the bracketed spans
    StringBuilder text = new StringBuilder();
    List<int[]> spans = new ArrayList<>();
    List<String> types = new ArrayList<>();
    List<String> tags = new ArrayList<>(); // explicit POS by token start, filled below
    int open = -1;
    String openType = null;
    for (int i = 0; i < markup.length(); i++) {
      char c = markup.charAt(i);
      if (c == '[' && open < 0) {
        int blank = markup.indexOf(' ', i);
        String type = blank < 0 ? "" : markup.substring(i + 1, blank);
        if (TYPES.contains(type)) {
          open = text.length();
          openType = type;
          i = blank;
          continue;
        }
      }
      if (c == ']' && open >= 0) {
        spans.add(new int[] {open, text.length()});
        types.add(openType);
        open = -1;
        continue;
      }
      text.append(c);
    }
    if (open >= 0) {
      throw new IllegalArgumentException("unclosed bracket in: " + markup);
    }
    // 2. tokens; a "word|TAG" gives the tag and is cut back to the word
    String raw = text.toString();
    StringBuilder plain = new StringBuilder();
    List<int[]> tokenSpans = new ArrayList<>();
    List<String> tokenTags = new ArrayList<>();
    List<Boolean> lineBreakBefore = new ArrayList<>();
    int[] shift = new int[raw.length() + 1];
    int i = 0;
    boolean newline = false;
    while (i < raw.length()) {
      char c = raw.charAt(i);
      if (Character.isWhitespace(c)) {
        newline |= c == '\n';
        shift[i] = plain.length();
        plain.append(c);
        i++;
        continue;
      }
      int j = i;
      while (j < raw.length() && !Character.isWhitespace(raw.charAt(j))) {
        j++;
      }
      String chunk = raw.substring(i, j);
      String tag = null;
      int bar = chunk.lastIndexOf('|');
      if (bar > 0) {
        tag = chunk.substring(bar + 1);
        chunk = chunk.substring(0, bar);
      }
      int base = plain.length();
      for (int k = i; k < j; k++) {
        shift[k] = base + Math.min(k - i, chunk.length());
      }
      plain.append(chunk);
      List<int[]> parts = split(chunk);
      for (int p = 0; p < parts.size(); p++) {
        int[] part = parts.get(p);
        tokenSpans.add(new int[] {base + part[0], base + part[1]});
        tokenTags.add(parts.size() == 1 ? tag : p == parts.size() - 1 ? null : tag);
        lineBreakBefore.add(p == 0 && newline);
      }
      newline = false;
      i = j;
    }
    shift[raw.length()] = plain.length();
    String docText = plain.toString();
    List<int[]> mentionSpans = new ArrayList<>();
    for (int[] s : spans) {
      mentionSpans.add(new int[] {shift[s[0]], endShift(shift, raw, s[1])});
    }
    // 3. sentences
    List<Sentence> sentences = new ArrayList<>();
    List<NamedMention> mentions = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    List<Integer> currentIndex = new ArrayList<>();
    for (int t = 0; t < tokenSpans.size(); t++) {
      if (lineBreakBefore.get(t) && !current.isEmpty()) {
        flush(sentences, current, currentIndex, tokenSpans, mentionSpans, types, mentions, docText);
      }
      int[] s = tokenSpans.get(t);
      String word = docText.substring(s[0], s[1]);
      String ner = "O";
      for (int m = 0; m < mentionSpans.size(); m++) {
        if (s[0] >= mentionSpans.get(m)[0] && s[1] <= mentionSpans.get(m)[1]) {
          ner = types.get(m);
        }
      }
      String pos = tokenTags.get(t) != null ? tokenTags.get(t) : guess(word, current.isEmpty());
      current.add(new Token(word, s[0], s[1], pos, word.toLowerCase(Locale.ROOT), ner));
      currentIndex.add(t);
      if (word.equals(".") || word.equals("!") || word.equals("?")) {
        flush(sentences, current, currentIndex, tokenSpans, mentionSpans, types, mentions, docText);
      }
    }
    if (!current.isEmpty()) {
      flush(sentences, current, currentIndex, tokenSpans, mentionSpans, types, mentions, docText);
    }
    CleanDocument doc =
        new CleanDocument(
            "0000000000000000",
            "test",
            null,
            null,
            published,
            published == null ? null : DateSource.METADATA,
            "en",
            docText,
            List.of(),
            List.of());
    mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return new AnnotatedDocument(doc, sentences, mentions, List.of());
  }

  private static int endShift(int[] shift, String raw, int end) {
    // the end of a span is one past its last character
    return end == 0 ? 0 : shift[end - 1] + 1;
  }

  private static void flush(
      List<Sentence> sentences,
      List<Token> current,
      List<Integer> currentIndex,
      List<int[]> tokenSpans,
      List<int[]> mentionSpans,
      List<String> types,
      List<NamedMention> mentions,
      String text) {
    int index = sentences.size();
    for (int m = 0; m < mentionSpans.size(); m++) {
      int[] span = mentionSpans.get(m);
      int first = -1;
      int end = -1;
      for (int k = 0; k < current.size(); k++) {
        Token t = current.get(k);
        if (t.start() >= span[0] && t.end() <= span[1]) {
          if (first < 0) {
            first = k;
          }
          end = k + 1;
        }
      }
      if (first >= 0) {
        int start = current.get(first).start();
        int stop = current.get(end - 1).end();
        mentions.add(
            new NamedMention(
                start, stop, text.substring(start, stop), types.get(m), index, first, end));
      }
    }
    sentences.add(
        new Sentence(
            index, current.get(0).start(), current.get(current.size() - 1).end(), current));
    current.clear();
    currentIndex.clear();
  }

  /** Splits a blank-free chunk into token spans relative to it. */
  private static List<int[]> split(String chunk) {
    List<int[]> out = new ArrayList<>();
    int from = 0;
    int to = chunk.length();
    List<int[]> tail = new ArrayList<>();
    while (from < to
        && "\"“‘(['".indexOf(chunk.charAt(from)) >= 0
        && !Names.isPossessiveMarker(chunk.substring(from))) {
      out.add(new int[] {from, from + 1});
      from++;
    }
    while (to > from) {
      char c = chunk.charAt(to - 1);
      if ("\"”’)],;:!?".indexOf(c) >= 0
          || (c == '.' && !isAbbreviation(chunk.substring(from, to)))) {
        tail.add(0, new int[] {to - 1, to});
        to--;
      } else {
        break;
      }
    }
    if (to - from > 2
        && (chunk.charAt(to - 1) == 's')
        && (chunk.charAt(to - 2) == '\'' || chunk.charAt(to - 2) == '’')) {
      tail.add(0, new int[] {to - 2, to});
      to -= 2;
    }
    if (to > from) {
      out.add(new int[] {from, to});
    }
    out.addAll(tail);
    return out;
  }

  /** "U.S.", "U.N.": letters and dots, a dot between letters. */
  private static boolean isAbbreviation(String s) {
    return s.length() >= 4 && s.matches("([A-Za-z]\\.)+");
  }

  private static String guess(String word, boolean first) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (word.equals("'s") || word.equals("’s")) {
      return "POS";
    }
    if (!Character.isLetterOrDigit(word.charAt(0))) {
      return word;
    }
    if (Character.isDigit(word.charAt(0))) {
      return "CD";
    }
    String known = WORDS.get(lower);
    if (known != null && (first || !Character.isUpperCase(word.charAt(0)))) {
      return known;
    }
    if (Character.isUpperCase(word.charAt(0))) {
      return "NNP";
    }
    if (lower.endsWith("ly")) {
      return "RB";
    }
    if (lower.endsWith("ed")) {
      return "VBD";
    }
    return "NN";
  }
}
