package org.newsgraph.extract.quote;

import java.util.Set;

/**
 * Finds the noun phrases around reporting verbs from part-of-speech tags alone: the subject to the
 * left of a verb ("the top French official acknowledged"), a phrase to the right of it ("said a
 * spokesman for House Speaker Paul Ryan"), through apposition ("Abou Dardar, a leader of ...,
 * told") and relative pronouns ("the authorities, who have warned").
 *
 * <p>Needs Penn Treebank tags and lemmas from the annotate stage. Every walk is capped at a few
 * tokens, so each call costs constant time. One instance per document; not thread-safe.
 */
final class Phrases {

  /** The longest phrase walked, in tokens. */
  static final int MAX_PHRASE = 12;

  private static final Set<String> SUBJECT_PRONOUNS =
      Set.of("he", "she", "they", "it", "we", "i", "you");
  private static final Set<String> LONE_HEADS =
      Set.of("another", "others", "some", "both", "many", "several", "all", "one", "each");
  private static final Set<String> LEFT_CONNECTORS = Set.of("of", "for", "in", "at", "from");
  private static final Set<String> RIGHT_CONNECTORS = Set.of("of", "for");
  private static final Set<String> RELATIVES = Set.of("who", "which", "that");
  private static final Set<String> COMMON_TIME_NOUNS =
      Set.of("day", "week", "weekend", "month", "year", "morning", "afternoon", "evening", "night");

  private final TextTokens t;
  private final CueLexicon lexicon;

  Phrases(TextTokens t, CueLexicon lexicon) {
    this.t = t;
    this.lexicon = lexicon;
  }

  /** Whether token i is a subject pronoun ("he", "they"). */
  boolean pronoun(int i) {
    return SUBJECT_PRONOUNS.contains(t.lower(i)) && t.pos(i).startsWith("PRP");
  }

  /** Whether token i can head a noun phrase. */
  boolean headCapable(int i) {
    String p = t.pos(i);
    if (p.startsWith("NN")) {
      return !time(i) && !gluedSentences(i);
    }
    if (p.startsWith("JJ")
        && (lexicon.personRole(t.lower(i)) || lexicon.organizationRole(t.lower(i)))) {
      return true; // "official" and "military" are often tagged as adjectives
    }
    return (p.equals("DT") || p.equals("CD") || p.equals("NNS") || p.equals("JJ"))
        && LONE_HEADS.contains(t.lower(i));
  }

  /**
   * Whether token i is a time word ("Sunday", "week"), not a name spelled like one: a capitalised
   * common time noun ("Doris Day", "Day said") or a month after a name ("Theresa May") is a name.
   */
  private boolean time(int i) {
    String w = t.lower(i);
    if (!lexicon.time(w)) {
      return false;
    }
    if (!t.pos(i).startsWith("NNP") || !Character.isUpperCase(t.get(i).text().charAt(0))) {
      return true;
    }
    if (COMMON_TIME_NOUNS.contains(w)) {
      return false;
    }
    return !(i > 0
        && t.pos(i - 1).startsWith("NNP")
        && !lexicon.time(t.lower(i - 1))
        && t.sentenceFirst(i) == t.sentenceFirst(i - 1));
  }

  /**
   * Whether token i is two sentences glued by a missing space ("ago.The"): a phrase never spans it.
   */
  private boolean gluedSentences(int i) {
    String w = t.get(i).text();
    int dot = w.indexOf('.');
    return dot > 0
        && dot + 1 < w.length()
        && Character.isLowerCase(w.charAt(dot - 1))
        && Character.isUpperCase(w.charAt(dot + 1));
  }

  /** Whether token i can stand inside a noun phrase before its head. */
  private boolean internal(int i) {
    String p = t.pos(i);
    if (time(i) || gluedSentences(i)) {
      return false;
    }
    return p.startsWith("NN")
        || p.startsWith("JJ")
        || p.equals("CD")
        || p.equals("POS")
        || p.equals("HYPH")
        || p.equals("FW")
        || (p.equals("VBN") && i + 1 < t.size() && t.pos(i + 1).startsWith("NN"));
  }

  private static boolean determiner(String pos) {
    return pos.equals("DT") || pos.equals("PDT") || pos.equals("PRP$") || pos.equals("WP$");
  }

  /** Whether token i may stand between a subject and its verb ("also", "has", "would"). */
  boolean skippable(int i) {
    String p = t.pos(i);
    if (p.equals("RB") || p.equals("RBR") || p.equals("RBS") || p.equals("MD")) {
      return true;
    }
    if (p.startsWith("VB")) {
      String lemma = t.get(i).lemma();
      return lemma.equals("have") || lemma.equals("be") || lemma.equals("do");
    }
    return false;
  }

  /** The noun phrase ending at token i, not before token lo; null when there is none. */
  Phrase left(int i, int lo) {
    if (i < lo || t.quoted(i)) {
      return null;
    }
    if (pronoun(i)) {
      return new Phrase(i, i + 1, i);
    }
    if (!headCapable(i)) {
      return null;
    }
    int head = i;
    int first = i;
    int k = i - 1;
    while (k >= lo && i - k < MAX_PHRASE && !t.quoted(k)) {
      String p = t.pos(k);
      if (determiner(p)) {
        first = k;
        break;
      }
      if (internal(k)) {
        first = k;
        k--;
      } else if (LEFT_CONNECTORS.contains(t.lower(k))
          && first - k <= 3
          && k - 1 >= lo
          && !t.quoted(k - 1)
          && headCapable(k - 1)) {
        // Only over a short phrase: in "the state of emergency United States President Donald
        // Trump declared" the words after "of" are two phrases, and the speaker is the second.
        // "residents in Goa", "the head of the mission": the head is left of the connector.
        head = k - 1;
        first = k - 1;
        k -= 2;
      } else {
        break;
      }
    }
    return new Phrase(first, i + 1, head);
  }

  /**
   * The noun phrase starting at token i, ending before token hi; with {@code pp}, one or two
   * following "of ..."/"for ..." phrases belong to it. Null when there is none.
   */
  Phrase right(int i, int hi, boolean pp) {
    if (i >= hi || t.quoted(i)) {
      return null;
    }
    if (pronoun(i)) {
      return new Phrase(i, i + 1, i);
    }
    int k = i;
    if (determiner(t.pos(k))) {
      k++;
    }
    int head = -1;
    while (k < hi && k - i < MAX_PHRASE && !t.quoted(k) && (internal(k) || headCapable(k))) {
      if (headCapable(k)) {
        head = k;
      }
      k++;
    }
    if (head < 0) {
      return headCapable(i) ? new Phrase(i, i + 1, i) : null;
    }
    int end = head + 1;
    for (int n = 0; pp && n < 2 && end < hi && RIGHT_CONNECTORS.contains(t.lower(end)); n++) {
      int m = end + 1;
      if (m < hi && determiner(t.pos(m))) {
        m++;
      }
      int last = -1;
      while (m < hi && m - end < MAX_PHRASE && !t.quoted(m) && (internal(m) || headCapable(m))) {
        if (headCapable(m)) {
          last = m;
        }
        m++;
      }
      if (last < 0) {
        break;
      }
      end = last + 1;
    }
    return new Phrase(i, end, head);
  }

  /**
   * The subject of the verb at token v, not before token lo: a pronoun, a noun phrase, a phrase
   * with an appositive, or the antecedent of "who". Null for a passive verb ("is said to", "was
   * told") and when no subject stands right before the verb.
   */
  Phrase subject(int v, int lo) {
    int i = v - 1;
    if (t.pos(v).equals("VBG")
        && i - 1 >= lo
        && t.lower(i).equals("as")
        && t.get(i - 1).lemma().equals("quote")) {
      i -= 2; // "was quoted as saying"
    }
    if (t.pos(v).equals("VBN") && v + 1 < t.size() && t.lower(v + 1).equals("by")) {
      return null; // "the rate noted by the team": a passive participle
    }
    boolean be = false;
    while (i >= lo && v - i < MAX_PHRASE && skippable(i) && !t.quoted(i)) {
      be |= t.get(i).lemma().equals("be");
      i--;
    }
    if (be && t.pos(v).equals("VBN")) {
      return null;
    }
    if (i < lo || t.quoted(i)) {
      return null;
    }
    String w = t.lower(i);
    if ((w.equals("who") || w.equals("which")) && t.pos(i).startsWith("W")) {
      // "Dardar, who said" and "a statement which said": the noun the relative refers to.
      int j = i - 1;
      if (j >= lo && t.lower(j).equals(",")) {
        Phrase np = left(j - 1, lo);
        if (np == null && j - 3 >= lo && t.pos(j - 1).equals("CD") && t.lower(j - 2).equals(",")) {
          np = left(j - 3, lo); // "Thomas Gray, 24, who said"
        }
        return np;
      }
      return j >= lo && t.pos(j).startsWith("NN") ? left(j, lo) : null;
    }
    if (w.equals(",")) {
      // "X, a spokesman, said" (an apposition), "X, in remarks to ABC, said" (an aside), "X, whom
      // they did not name, said" (a relative clause).
      int comma = i - 1;
      boolean verb = false;
      while (comma >= lo
          && i - comma <= MAX_PHRASE
          && !t.lower(comma).equals(",")
          && !t.quoted(comma)) {
        verb |= finite(comma);
        comma--;
      }
      if (comma < lo || !t.lower(comma).equals(",") || comma == i - 1) {
        return null;
      }
      if (verb && !t.pos(comma + 1).startsWith("W") && !t.pos(comma + 1).equals("IN")) {
        // "X said the bus exploded, but said": a clause, not an aside; "X, in a statement
        // delivered by his secretary, announced" is an aside.
        return null;
      }
      Phrase first = left(comma - 1, lo);
      if (first == null) {
        return null;
      }
      Phrase second = verb ? null : left(i - 1, comma + 1);
      boolean apposition = second != null && second.first() == comma + 1 && !pronoun(second.head());
      return new Phrase(first.first(), first.end(), first.head(), apposition ? second : null);
    }
    Phrase np = left(i, lo);
    int prep = np == null ? -1 : np.first() - 1;
    if (prep - 1 >= lo
        && (t.pos(prep).equals("IN") || t.pos(prep).equals("TO"))
        && t.pos(prep - 1).equals("VBG")) {
      // "Mitsotakis speaking to the Atlantic Council called": the phrase is the participle's.
      Phrase subject = left(prep - 2, lo);
      if (subject != null) {
        return subject;
      }
    }
    return np;
  }

  /** Whether token i is a finite verb. */
  boolean finite(int i) {
    String p = t.pos(i);
    return p.equals("VBD") || p.equals("VBZ") || p.equals("VBP");
  }

  /** Whether the phrase is the subject of a relative clause ("which it says"). */
  boolean afterRelative(Phrase p, int lo) {
    int i = p.first() - 1;
    return i >= lo
        && RELATIVES.contains(t.lower(i))
        && t.pos(i).startsWith("W")
        && !t.get(i).text().equals("WHO"); // the World Health Organization, tagged as "who"
  }
}
