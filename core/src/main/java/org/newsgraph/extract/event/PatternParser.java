package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parses the body of a pattern line (between {@code -} and the code) or a synset member into {@link
 * PatternElement}s.
 *
 * <p>Syntax, as found in the files: elements are separated by blanks (other words may stand between
 * them) or joined by {@code _} (adjacent); {@code *} is the verb, {@code $ + % ^} the slots, {@code
 * &NAME} a synset, {@code {...}} a noun phrase and {@code (...)} a prepositional phrase (which
 * nest: {@code (OVER {&WEAPON ATTACK})}); any other token is a word, a trailing {@code _} marking
 * it exact ({@code WAS_ *}, {@code IN_ $}). In patterns, words separated by {@code /} are
 * alternatives ({@code (BY/WITH &WEAPON)}); in synset members a slash belongs to the word ({@code
 * +F/A-18}).
 *
 * <p>Not thread-safe: one per line.
 */
final class PatternParser {

  /** Thrown for a body that cannot be read; the message says why. */
  static final class BadPattern extends Exception {
    private static final long serialVersionUID = 1L;

    BadPattern(String why) {
      super(why, null, false, false);
    }
  }

  /** A verb pattern split around its verb. */
  record Parsed(
      List<PatternElement> before,
      boolean joinedBefore,
      List<PatternElement> after,
      boolean joinedAfter) {}

  /** The verb marker inside a chain of joined parts. */
  private static final Object VERB = new Object();

  private final String text;

  /** One String per distinct word across a file (the reader's), or null. */
  private final Map<String, String> strings;

  /** True in patterns, where {@code A/B} is a choice; in synset members it is one word. */
  private final boolean slashAlternatives;

  private int pos;

  private PatternParser(String text, boolean slashAlternatives, Map<String, String> strings) {
    this.text = text;
    this.strings = strings;
    this.slashAlternatives = slashAlternatives;
  }

  /** Parses a pattern body; it must hold exactly one {@code *}, outside any phrase group. */
  static Parsed pattern(String body, Map<String, String> strings) throws BadPattern {
    PatternParser p = new PatternParser(body, true, strings);
    List<List<Object>> chains = p.sequence((char) 0);
    int verbs = 0;
    int verbChain = -1;
    int verbPart = -1;
    for (int c = 0; c < chains.size(); c++) {
      List<Object> chain = chains.get(c);
      for (int i = 0; i < chain.size(); i++) {
        if (chain.get(i) == VERB) {
          verbs++;
          verbChain = c;
          verbPart = i;
        }
      }
    }
    if (verbs == 0) {
      throw new BadPattern("pattern without a verb '*'");
    }
    if (verbs > 1) {
      throw new BadPattern("pattern with more than one verb '*'");
    }
    List<PatternElement> before = new ArrayList<>();
    List<PatternElement> after = new ArrayList<>();
    for (int c = 0; c < verbChain; c++) {
      before.add(element(chains.get(c)));
    }
    List<Object> chain = chains.get(verbChain);
    List<Object> head = chain.subList(0, verbPart);
    List<Object> tail = chain.subList(verbPart + 1, chain.size());
    if (!head.isEmpty()) {
      before.add(element(head));
    }
    if (!tail.isEmpty()) {
      after.add(element(tail));
    }
    for (int c = verbChain + 1; c < chains.size(); c++) {
      after.add(element(chains.get(c)));
    }
    return new Parsed(before, !head.isEmpty(), after, !tail.isEmpty());
  }

  /**
   * Parses a synset member: words, joined by blanks or {@code _} alike, and nested synsets; no
   * verb, slot or phrase group.
   */
  static PatternElement member(String text, Map<String, String> strings) throws BadPattern {
    PatternParser p = new PatternParser(text, false, strings);
    List<List<Object>> chains = p.sequence((char) 0);
    List<Object> parts = new ArrayList<>();
    for (List<Object> chain : chains) {
      parts.addAll(chain);
    }
    if (parts.isEmpty()) {
      throw new BadPattern("empty synset member");
    }
    for (Object part : parts) {
      if (!(part instanceof PatternElement.Word || part instanceof PatternElement.SynsetRef)) {
        throw new BadPattern("a synset member holds words and synsets only, not " + sign(part));
      }
    }
    return element(parts);
  }

  private static String sign(Object part) {
    return part == VERB ? "*" : String.valueOf(part);
  }

  /** Chains of parts up to {@code closing} (0: the end of the text). */
  private List<List<Object>> sequence(char closing) throws BadPattern {
    List<List<Object>> chains = new ArrayList<>();
    while (true) {
      while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
        pos++;
      }
      if (pos == text.length()) {
        if (closing != 0) {
          throw new BadPattern("unclosed '" + (closing == '}' ? '{' : '(') + "'");
        }
        return chains;
      }
      char c = text.charAt(pos);
      if (c == '}' || c == ')') {
        pos++;
        if (c != closing) {
          throw new BadPattern("unbalanced '" + c + "'");
        }
        return chains;
      }
      if (c == '{') {
        pos++;
        List<PatternElement> inner = elements(sequence('}'));
        if (inner.isEmpty()) {
          throw new BadPattern("empty noun phrase '{}'");
        }
        chains.add(List.of(new PatternElement.NounPhrase(inner)));
        continue;
      }
      if (c == '(') {
        pos++;
        List<PatternElement> inner = elements(sequence(')'));
        if (inner.isEmpty()) {
          throw new BadPattern("empty prepositional phrase '()'");
        }
        PatternElement preposition = inner.get(0);
        if (preposition instanceof PatternElement.Slot
            || preposition instanceof PatternElement.NounPhrase
            || preposition instanceof PatternElement.PrepositionalPhrase) {
          throw new BadPattern(
              "a prepositional phrase starts with its preposition: " + preposition);
        }
        chains.add(
            List.of(
                new PatternElement.PrepositionalPhrase(
                    preposition, inner.subList(1, inner.size()))));
        continue;
      }
      int start = pos;
      while (pos < text.length()) {
        char d = text.charAt(pos);
        if (Character.isWhitespace(d) || d == '{' || d == '}' || d == '(' || d == ')') {
          break;
        }
        pos++;
      }
      List<Object> chain = atom(text.substring(start, pos));
      if (!chain.isEmpty()) {
        chains.add(chain);
      }
    }
  }

  /** The elements of chains inside a phrase group, where the verb may not stand. */
  private static List<PatternElement> elements(List<List<Object>> chains) throws BadPattern {
    List<PatternElement> out = new ArrayList<>(chains.size());
    for (List<Object> chain : chains) {
      for (Object part : chain) {
        if (part == VERB) {
          throw new BadPattern("verb '*' inside a phrase group");
        }
      }
      out.add(element(chain));
    }
    return out;
  }

  private static PatternElement element(List<Object> chain) {
    if (chain.size() == 1) {
      return (PatternElement) chain.get(0);
    }
    List<PatternElement> parts = new ArrayList<>(chain.size());
    for (Object o : chain) {
      parts.add((PatternElement) o);
    }
    return new PatternElement.Joined(parts);
  }

  /** The parts of one blank-free token, split at {@code _}. */
  private List<Object> atom(String token) throws BadPattern {
    List<Object> parts = new ArrayList<>(2);
    boolean exactLast = token.endsWith("_");
    String[] pieces = token.split("_");
    for (int i = 0; i < pieces.length; i++) {
      String piece = pieces[i];
      if (piece.isEmpty()) {
        continue;
      }
      parts.add(part(piece, exactLast && i == pieces.length - 1));
    }
    return parts;
  }

  private Object part(String piece, boolean exact) throws BadPattern {
    if (piece.equals("*")) {
      return VERB;
    }
    PatternElement.SlotKind slot = PatternElement.SlotKind.of(piece);
    if (slot != null) {
      return new PatternElement.Slot(slot);
    }
    if (piece.charAt(0) == '&') {
      String name = synsetName(piece);
      if (name.isEmpty()) {
        throw new BadPattern("synset reference without a name: " + piece);
      }
      return new PatternElement.SynsetRef(name);
    }
    if (slashAlternatives && piece.indexOf('/') > 0 && !piece.endsWith("/")) {
      List<PatternElement.Word> words = new ArrayList<>(3);
      for (String w : piece.split("/")) {
        if (w.isEmpty()) {
          throw new BadPattern("empty alternative in " + piece);
        }
        words.add(new PatternElement.Word(intern(w), exact));
      }
      return new PatternElement.Alternatives(words);
    }
    return new PatternElement.Word(intern(piece), exact);
  }

  private String intern(String word) {
    if (strings == null) {
      return word;
    }
    String upper = word.toUpperCase(Locale.ROOT);
    String known = strings.putIfAbsent(upper, upper);
    return known == null ? upper : known;
  }

  /** A synset name as defined or referred to: without {@code &} and trailing {@code _}. */
  static String synsetName(String written) {
    String s = written.startsWith("&") ? written.substring(1) : written;
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == '_') {
      end--;
    }
    return s.substring(0, end).toUpperCase(Locale.ROOT);
  }
}
