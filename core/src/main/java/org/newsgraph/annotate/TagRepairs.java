package org.newsgraph.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;

/**
 * Repairs to the tagger's part-of-speech tags that the parser and the event coder depend on, run
 * after tagging and before parsing; each names the construction it fixes.
 *
 * <p><b>A control adjective's verb without "to".</b> "France is willing help Libya" (a slip that
 * news copy makes) is tagged {@code VBZ JJ NN NNP}, and the parser makes "help Libya" a noun
 * phrase. After a copula, an adjective that takes a verb complement (willing, ready, prepared,
 * able, ...) followed at once by a singular common noun or a present-tense verb can only be read
 * with "to" left out: no determiner-less singular noun follows such a predicate. That word is
 * tagged {@code VB}, the base form, and the parser attaches it as the adjective's complement.
 *
 * <p><b>Nationality words as nouns.</b> "The British condemned Turkey" is tagged {@code DT JJ VBN
 * NNP} and parsed as one noun phrase; a nationality adjective that English uses as a plural noun
 * (see {@link #isNationalityNoun}), after "the" and before a verb, is the subject: it is tagged
 * {@code NNPS}, and a past participle after it {@code VBD}.
 *
 * <p><b>A spaced hyphen is a dash.</b> "Five nations - Chile, Peru and Bolivia - pledged to
 * cooperate" (typewriter copy sets a dash as a hyphen between spaces) is tagged {@code HYPH}, as in
 * "Franco-German", and the parser makes the list and its verb modifiers of "nations"; a hyphen with
 * a space on each side is tagged {@code :}, the dash's tag, as "--" is, and a past participle right
 * after the closing one of a pair {@code VBD}, the finite verb it is.
 *
 * <p>Stateless and thread-safe.
 */
final class TagRepairs {

  /** Adjectives that take an infinitive complement ("willing to help"). */
  private static final Set<String> CONTROL_ADJECTIVES =
      Set.of(
          "willing",
          "unwilling",
          "ready",
          "prepared",
          "able",
          "unable",
          "eager",
          "keen",
          "determined",
          "reluctant");

  /** Copulas a control adjective is the predicate of. */
  private static final Set<String> COPULAS = Set.of("be", "remain", "seem", "appear", "stand");

  /** Nouns that may follow a predicate adjective as adverbs of time ("ready today"). */
  private static final Set<String> TIME_NOUNS = Set.of("today", "tomorrow", "tonight", "yesterday");

  private TagRepairs() {}

  /**
   * Repairs the tags of one sentence's tokens in place (their lemmas must be set).
   *
   * @return whether a tag changed
   */
  static boolean repair(List<CoreLabel> tokens) {
    boolean changed = false;
    for (int i = 1; i + 1 < tokens.size(); i++) {
      CoreLabel word = tokens.get(i);
      CoreLabel next = tokens.get(i + 1);
      if ("DT".equals(tokens.get(i - 1).tag())
          && tokens.get(i - 1).word().equalsIgnoreCase("the")
          && isNationalityNoun(word.word(), word.tag())
          && isFiniteVerbTag(next.tag())) {
        word.setTag("NNPS");
        if ("VBN".equals(next.tag())) {
          next.setTag("VBD");
        }
        changed = true;
      }
    }
    boolean opened = false;
    for (int i = 1; i + 1 < tokens.size(); i++) {
      CoreLabel hyphen = tokens.get(i);
      if ("HYPH".equals(hyphen.tag())
          && hyphen.word().equals("-")
          && tokens.get(i - 1).endPosition() < hyphen.beginPosition()
          && hyphen.endPosition() < tokens.get(i + 1).beginPosition()) {
        hyphen.setTag(":");
        if (opened && "VBN".equals(tokens.get(i + 1).tag())) {
          // "- Chile, Peru and Bolivia - pledged": the verb after the closing dash is finite
          tokens.get(i + 1).setTag("VBD");
        }
        opened = !opened;
        changed = true;
      }
    }
    for (int i = 1; i + 1 < tokens.size(); i++) {
      CoreLabel next = tokens.get(i + 1);
      String nextWord = next.word();
      String nextTag = next.tag();
      if (("NN".equals(nextTag) || "VBP".equals(nextTag))
          && nextWord.chars().allMatch(Character::isLowerCase)
          && !TIME_NOUNS.contains(nextWord)
          && afterControlAdjective(
              i, k -> tokens.get(k).word(), k -> tokens.get(k).tag(), k -> tokens.get(k).lemma())) {
        next.setTag("VB");
        changed = true;
      }
    }
    return changed;
  }

  /**
   * The tokens before which a sentence leaves out the "to" of a control adjective's complement
   * ("willing help": the verb, tagged {@code VB} by {@link #repair}), for the parser to read one.
   */
  static Set<Integer> impliedTo(List<Token> tokens) {
    Set<Integer> out = new TreeSet<>();
    for (int i = 1; i + 1 < tokens.size(); i++) {
      if (tokens.get(i + 1).pos().equals("VB")
          && afterControlAdjective(
              i, k -> tokens.get(k).text(), k -> tokens.get(k).pos(), k -> tokens.get(k).lemma())) {
        out.add(i + 1);
      }
    }
    return out;
  }

  /**
   * A nationality adjective of the kind English uses as a plural noun with "the" ("the British",
   * "the French", "the Chinese", "the Swiss"): those ending in -sh, -ch or -ese, and "Swiss"; "the
   * Germans" and "the Italians" have nouns of their own and are tagged right.
   */
  private static boolean isNationalityNoun(String word, String tag) {
    if (!("JJ".equals(tag) || "NNP".equals(tag) || "NNPS".equals(tag))
        || word.length() < 4
        || !Character.isUpperCase(word.charAt(0))
        || !word.substring(1).chars().allMatch(Character::isLowerCase)) {
      return false;
    }
    return word.endsWith("sh")
        || word.endsWith("ch")
        || word.endsWith("ese")
        || word.equals("Swiss");
  }

  /** A finite verb's tag, or the past participle's that the tagger gives a past tense after it. */
  private static boolean isFiniteVerbTag(String tag) {
    return "VBD".equals(tag)
        || "VBZ".equals(tag)
        || "VBP".equals(tag)
        || "MD".equals(tag)
        || "VBN".equals(tag);
  }

  /** Whether token {@code i} is a control adjective that is the predicate of a copula. */
  private static boolean afterControlAdjective(
      int i, IntFunction<String> word, IntFunction<String> tag, IntFunction<String> lemma) {
    String w = word.apply(i).toLowerCase(Locale.ROOT);
    String t = tag.apply(i);
    if (!CONTROL_ADJECTIVES.contains(w) || !("JJ".equals(t) || "VBN".equals(t))) {
      return false;
    }
    int before = i - 1;
    while (before > 0 && tag.apply(before) != null && tag.apply(before).startsWith("RB")) {
      before--;
    }
    String l = lemma.apply(before);
    return l != null && COPULAS.contains(l.toLowerCase(Locale.ROOT));
  }
}
