package org.newsgraph.extract.time;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.Token;

/**
 * Which way the clause around a time expression points from the time of writing: the verb it
 * modifies is past ("met on Sunday"), future ("will meet on Sunday", "plans to meet", "is due to
 * meet"), or neither told.
 *
 * <p>Why the nearest verb: a news time expression almost always modifies the verb of its own
 * clause, which sits just before it ("said Sunday") or, for a fronted adverbial ("On Sunday, the
 * minister said"), just after it. The search stops at clause punctuation and looks at most {@link
 * #REACH} tokens away, so it is linear in the expression's neighbourhood.
 *
 * <p>Reads the Penn Treebank tags and lemmas of the annotate stage. Thread-safe: no state.
 */
enum Tense {
  PAST,
  FUTURE,
  /**
   * A present-tense verb that does not report: a schedule with a weekday ("the summit opens on
   * Tuesday"), a state with a month ("follows another attempt in April"); callers decide.
   */
  PRESENT,
  UNKNOWN;

  /** How many tokens on each side are searched for the verb. */
  static final int REACH = 8;

  /** Words that put what follows ahead of the time of writing, even after a past verb. */
  private static final Set<String> AHEAD =
      Set.of(
          "will",
          "'ll",
          "shall",
          "would",
          "wo",
          "upcoming",
          "next",
          "scheduled",
          "due",
          "planned",
          "plans",
          "plan",
          "expected",
          "expects",
          "set",
          "until",
          "till",
          "before",
          "by",
          "coming",
          "ahead");

  /** Verbs that schedule: what they govern lies ahead, whatever their own tense. */
  private static final Set<String> SCHEDULE =
      Set.of(
          "scheduled",
          "planned",
          "plans",
          "plan",
          "expected",
          "expects",
          "due",
          "slated",
          "intends",
          "aims",
          "promised",
          "vowed",
          "threatened",
          "pledged",
          "forecast",
          "predicted",
          "projected");

  /** Words that only report: a present-tense "says Sunday" speaks of the past. */
  private static final Set<String> REPORTING =
      Set.of("say", "tell", "report", "announce", "state", "confirm", "add", "claim", "write");

  /**
   * The tense around the tokens {@code [first, last]} of a sentence.
   *
   * @throws IllegalArgumentException if the token range is not inside the sentence
   */
  static Tense around(Sentence sentence, int first, int last) {
    List<Token> tokens = sentence.tokens();
    if (first < 0 || last < first || last >= tokens.size()) {
      throw new IllegalArgumentException(
          "token range " + first + ".." + last + " outside a sentence of " + tokens.size());
    }
    // Cues inside or just before the expression ("next Sunday", "by June", "until Monday").
    for (int i = Math.max(0, first - 2); i <= last; i++) {
      String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
      if (w.equals("next") || w.equals("coming") || w.equals("upcoming")) {
        return FUTURE;
      }
      if (w.equals("last") || w.equals("past") || w.equals("ago") || w.equals("previous")) {
        return PAST;
      }
    }
    Tense left = scan(tokens, first - 1, -1);
    if (left != UNKNOWN) {
      return left;
    }
    return scan(tokens, last + 1, +1);
  }

  private static Tense scan(List<Token> tokens, int from, int step) {
    for (int i = from, n = 0; i >= 0 && i < tokens.size() && n < REACH; i += step, n++) {
      Token t = tokens.get(i);
      String w = t.text().toLowerCase(Locale.ROOT);
      String pos = t.pos();
      if (isClauseEnd(w)) {
        return UNKNOWN;
      }
      if (pos.equals("MD")) {
        return w.equals("will")
                || w.equals("'ll")
                || w.equals("shall")
                || w.equals("wo")
                || w.equals("would")
            ? FUTURE
            : UNKNOWN;
      }
      if (!pos.startsWith("VB")) {
        continue;
      }
      if (SCHEDULE.contains(w)
          || w.equals("set")
              && i + 1 < tokens.size()
              && (tokens.get(i + 1).text().equals("to")
                  || tokens.get(i + 1).text().equals("for"))) {
        return FUTURE; // "is scheduled for March 3", "plans talks in June", "is set to meet"
      }
      // The verb: what precedes it in its verb group decides ("will meet", "had met", "did not
      // meet").
      Tense group = verbGroup(tokens, i);
      if (group != UNKNOWN) {
        return group;
      }
      if (pos.equals("VB") && i > 0 && tokens.get(i - 1).pos().equals("TO")) {
        // An infinitive ("didn't come to work on Monday", "plans to meet on Sunday"): the verb
        // that governs it decides.
        continue;
      }
      switch (pos) {
        case "VBD":
          return PAST;
        case "VBN":
          return PAST;
        case "VBZ", "VBP":
          // "says Sunday" reports the past; other presents are left to the caller.
          return REPORTING.contains(t.lemma().toLowerCase(Locale.ROOT)) ? PAST : PRESENT;
        case "VBG":
          continue; // "attending", "meeting": the auxiliary before it decides
        default:
          return UNKNOWN;
      }
    }
    return UNKNOWN;
  }

  /** Looks just before a verb at position {@code i} for a modal, "to" or a future word. */
  private static Tense verbGroup(List<Token> tokens, int i) {
    for (int j = i - 1; j >= 0 && j >= i - 4; j--) {
      Token t = tokens.get(j);
      String w = t.text().toLowerCase(Locale.ROOT);
      if (AHEAD.contains(w)) {
        return w.equals("by") || w.equals("before") || w.equals("until") ? UNKNOWN : FUTURE;
      }
      if (w.equals("did") || w.equals("had") || w.equals("was") || w.equals("were")) {
        return PAST;
      }
      if (!(t.pos().startsWith("RB") || t.pos().startsWith("VB") || t.pos().equals("MD"))) {
        break;
      }
    }
    return UNKNOWN;
  }

  private static boolean isClauseEnd(String w) {
    return w.equals(";") || w.equals(":") || w.equals(".") || w.equals("?") || w.equals("!");
  }
}
