package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.extract.event.PatternElement.Alternatives;
import org.newsgraph.extract.event.PatternElement.Joined;
import org.newsgraph.extract.event.PatternElement.NounPhrase;
import org.newsgraph.extract.event.PatternElement.PrepositionalPhrase;
import org.newsgraph.extract.event.PatternElement.Slot;
import org.newsgraph.extract.event.PatternElement.SlotKind;
import org.newsgraph.extract.event.PatternElement.SynsetRef;
import org.newsgraph.extract.event.PatternElement.Word;

/**
 * Matches one verb pattern against a sentence around one verb.
 *
 * <p>The elements after the verb are looked for, in order, among the tokens of the verb's own
 * clause that follow it (its subtree in the dependency tree, less coordinated and loosely attached
 * clauses); the elements before it among the tokens that precede it, nearest first. Elements
 * separated by blanks may have other words between them; elements joined by {@code _} must be
 * adjacent, and so must an element joined to the verb. Slots ({@code $ + % ^}) take a whole noun
 * phrase (see {@link ParsedSentence}), a noun phrase in braces must lie within one, and a
 * prepositional phrase in parentheses is the preposition followed, within its object's noun phrase,
 * by what the object must hold.
 *
 * <p>Words: a word written with a trailing {@code _} matches only itself; one without matches the
 * token, its lemma, or, from four letters on, any token it begins (TABARI's stems: {@code
 * CONTRIBUT} for "contributions"), but for the stem's agent noun ("fighters" for {@code FIGHT}).
 *
 * <p>Not thread-safe: one per sentence.
 */
final class PatternMatcher {

  /** Bound on the steps of one match, so that a pathological pattern cannot run away. */
  private static final int MAX_STEPS = 5_000;

  private final ParsedSentence s;
  private final VerbDictionary dictionary;
  private int steps;

  /** What a successful match bound: slot heads, -1 where unbound. */
  static final class Bindings {
    int source = -1;
    int target = -1;
    int compound = -1;

    Bindings copy() {
      Bindings b = new Bindings();
      b.source = source;
      b.target = target;
      b.compound = compound;
      return b;
    }

    void set(Bindings other) {
      source = other.source;
      target = other.target;
      compound = other.compound;
    }
  }

  PatternMatcher(ParsedSentence s, VerbDictionary dictionary) {
    this.s = s;
    this.dictionary = dictionary;
  }

  /**
   * Whether the pattern matches around the verb that spans tokens {@code [verbStart, verbEnd)},
   * with {@code after} the tokens that the elements after the verb may use.
   *
   * @return the bindings, or null when the pattern does not match
   */
  Bindings match(VerbPattern p, int verbStart, int verbEnd, boolean[] after) {
    steps = 0;
    Bindings b = new Bindings();
    if (!after(p.after(), 0, verbEnd, s.size(), p.verbJoinedAfter(), after, b)) {
      return null;
    }
    if (!before(p.before(), p.before().size() - 1, verbStart - 1, p.verbJoinedBefore(), b)) {
      return null;
    }
    return b;
  }

  // ---- forwards, after the verb ----

  private boolean after(
      List<PatternElement> els,
      int k,
      int pos,
      int limit,
      boolean adjacent,
      boolean[] scope,
      Bindings b) {
    if (k == els.size()) {
      return true;
    }
    PatternElement e = els.get(k);
    for (int q = pos; q < limit; q++) {
      if (++steps > MAX_STEPS) {
        return false;
      }
      if (scope != null && !scope[q]) {
        if (adjacent) {
          return false;
        }
        continue;
      }
      Bindings tried = b.copy();
      int end = forward(e, q, limit, tried, 0);
      if (end >= 0 && after(els, k + 1, end, limit, false, scope, tried)) {
        b.set(tried);
        return true;
      }
      if (adjacent) {
        return false;
      }
    }
    return false;
  }

  /** Matches one element starting exactly at {@code q}: the end of the match, or -1. */
  private int forward(PatternElement e, int q, int limit, Bindings b, int depth) {
    if (q >= limit || depth > 8) {
      return -1;
    }
    if (e instanceof Word w) {
      return word(w, q) ? q + 1 : -1;
    } else if (e instanceof Alternatives a) {
      for (Word w : a.words()) {
        if (word(w, q)) {
          return q + 1;
        }
      }
      return -1;
    } else if (e instanceof SynsetRef r) {
      for (PatternElement m : members(r)) {
        int end = forward(m, q, limit, b, depth + 1);
        if (end >= 0) {
          return end;
        }
      }
      return -1;
    } else if (e instanceof Joined j) {
      int p = q;
      for (PatternElement part : j.parts()) {
        p = forward(part, p, limit, b, depth + 1);
        if (p < 0) {
          return -1;
        }
      }
      return p;
    } else if (e instanceof Slot slot) {
      int h = nounHead(q);
      if (h < 0) {
        return -1;
      }
      // the slot takes the noun phrase up to its head; what modifies the head after it ("the
      // Prince of Dol Amroth") stays for the elements that follow
      bind(slot.kind(), h, b);
      return h >= q ? Math.min(limit, h + 1) : Math.min(limit, s.phrase(h)[1]);
    } else if (e instanceof NounPhrase np) {
      int h = nounHead(q);
      if (h < 0) {
        return -1;
      }
      int end = Math.min(limit, s.phrase(h)[1]);
      Bindings inner = b.copy();
      if (after(np.elements(), 0, q, end, true, null, inner)) {
        b.set(inner);
        return end;
      }
      return -1;
    } else if (e instanceof PrepositionalPhrase pp) {
      int end = forward(pp.preposition(), q, limit, b, depth + 1);
      if (end < 0) {
        return -1;
      }
      if (s.relation[q].equals("mark")) {
        // "flown in fighters to aid in the conflict": an infinitive's "to" heads no prepositional
        // phrase
        return -1;
      }
      int object = s.head[q];
      if (object >= 0 && s.isDayOrMonth(object)) {
        // "called the Turkish president on Monday": a date is not what "(ON)" asks for
        return -1;
      }
      if (pp.object().isEmpty()) {
        return end;
      }
      if (object < 0 || object < q) {
        return -1;
      }
      int objectEnd = Math.min(limit, s.phrase(object)[1]);
      Bindings inner = b.copy();
      if (after(pp.object(), 0, end, objectEnd, false, null, inner)) {
        b.set(inner);
        return objectEnd;
      }
      return -1;
    }
    throw new IllegalStateException("unknown element " + e);
  }

  // ---- backwards, before the verb ----

  private boolean before(List<PatternElement> els, int k, int pos, boolean adjacent, Bindings b) {
    if (k < 0) {
      return true;
    }
    PatternElement e = els.get(k);
    for (int q = pos; q >= 0; q--) {
      if (++steps > MAX_STEPS) {
        return false;
      }
      Bindings tried = b.copy();
      int start = backward(e, q, tried, 0);
      if (start >= 0 && before(els, k - 1, start - 1, false, tried)) {
        b.set(tried);
        return true;
      }
      if (adjacent) {
        return false;
      }
    }
    return false;
  }

  /** Matches one element ending exactly at {@code q} (inclusive): its first token, or -1. */
  private int backward(PatternElement e, int q, Bindings b, int depth) {
    if (q < 0 || depth > 8) {
      return -1;
    }
    if (e instanceof Word w) {
      return word(w, q) ? q : -1;
    } else if (e instanceof Alternatives a) {
      for (Word w : a.words()) {
        if (word(w, q)) {
          return q;
        }
      }
      return -1;
    } else if (e instanceof SynsetRef r) {
      for (PatternElement m : members(r)) {
        int start = backward(m, q, b, depth + 1);
        if (start >= 0) {
          return start;
        }
      }
      return -1;
    } else if (e instanceof Joined j) {
      int p = q;
      List<PatternElement> parts = j.parts();
      for (int i = parts.size() - 1; i >= 0; i--) {
        int start = backward(parts.get(i), p, b, depth + 1);
        if (start < 0) {
          return -1;
        }
        p = start - 1;
      }
      return p + 1;
    } else if (e instanceof Slot slot) {
      int h = nounHead(q);
      if (h < 0) {
        return -1;
      }
      int[] r = s.phrase(h);
      bind(slot.kind(), h, b);
      return Math.min(r[0], q);
    } else if (e instanceof NounPhrase np) {
      return sequenceBackward(np.elements(), q, b, depth);
    } else if (e instanceof PrepositionalPhrase pp) {
      int p = q;
      if (!pp.object().isEmpty()) {
        p = sequenceBackward(pp.object(), q, b, depth) - 1;
        if (p < 0) {
          return -1;
        }
      }
      for (int i = p; i >= 0 && i >= p - 6; i--) {
        int start = backward(pp.preposition(), i, b, depth + 1);
        if (start >= 0) {
          return start;
        }
      }
      return -1;
    }
    throw new IllegalStateException("unknown element " + e);
  }

  /** Elements in text order ending at or before {@code q}, gaps allowed: the first token, or -1. */
  private int sequenceBackward(List<PatternElement> els, int q, Bindings b, int depth) {
    int p = q;
    int first = -1;
    for (int i = els.size() - 1; i >= 0; i--) {
      int start = -1;
      for (int at = p; at >= 0 && start < 0; at--) {
        start = backward(els.get(i), at, b, depth + 1);
      }
      if (start < 0) {
        return -1;
      }
      first = start;
      p = start - 1;
    }
    return first;
  }

  // ---- pieces ----

  private List<PatternElement> members(SynsetRef r) {
    return dictionary.synset(r.name()).map(Synset::members).orElse(List.of());
  }

  private boolean word(Word w, int i) {
    String t = w.text();
    if (s.words[i].equals(t)) {
      return true;
    }
    if (w.exact() || isNameWord(i)) {
      return false;
    }
    return s.lemmas[i].equals(t)
        || (t.length() >= 4 && s.words[i].startsWith(t) && isEnding(t, s.words[i]));
  }

  /**
   * Whether a token is a word of a proper name ("the General Agreement on Tariffs and Trade", "the
   * Cooperation Council"): it names an organisation, an accord or a place, and is no form of a
   * pattern's word ({@code AGREE} is not "Agreement" there), which only its exact spelling matches.
   */
  private boolean isNameWord(int i) {
    return s.tags[i].startsWith("NNP");
  }

  /**
   * The endings a TABARI stem may take: inflections and the common derivations ({@code CONTRIBUT}
   * for "contribution", {@code ATTACK} for "attacks"), after a doubled last consonant ("planned").
   * A stem that is a word of its own does not match a longer word that is another ({@code PLAN} is
   * not "plant" nor "planet"), nor its agent noun: the stems stand for the forms of one word, not
   * for the doer, who is an actor of the event ({@code FIGHT} is not "fighter jets", {@code
   * SUPPORT} not "supporters").
   */
  private static final Set<String> ENDINGS =
      Set.of(
          "S", "ES", "E", "ED", "D", "ING", "INGS", "ION", "IONS", "ATION", "ATIONS", "MENT",
          "MENTS", "AL", "ALS", "IVE", "IVES", "Y", "IES", "IED", "ITY", "ANCE", "ANCES", "ENCE",
          "ENCES", "ANT", "ANTS", "ENT", "ENTS", "IST", "ISTS", "ISM", "IZE", "IZED", "IZES",
          "IZING", "ISE", "ISED", "ISES", "ISING", "ARY", "ARIES", "ORY", "IC", "ICS", "LY", "ATE",
          "ATED", "ATES", "ATING", "EE", "EES", "'S");

  private static boolean isEnding(String stem, String word) {
    String rest = word.substring(stem.length());
    char last = stem.charAt(stem.length() - 1);
    if (rest.length() > 1 && rest.charAt(0) == last && "AEIOU".indexOf(last) < 0) {
      rest = rest.substring(1);
    }
    return rest.isEmpty() || ENDINGS.contains(rest);
  }

  /** The head of the noun phrase token {@code q} is in, or -1 when it is in none. */
  private int nounHead(int q) {
    if (s.isNominal(q)) {
      return s.phraseHead(q);
    }
    int g = s.head[q];
    String r = s.baseRelation[q];
    if (g >= 0
        && s.isNominal(g)
        && (r.equals("det") || r.equals("amod") || r.equals("nummod") || r.equals("nmod"))) {
      return s.phraseHead(g);
    }
    return -1;
  }

  private static void bind(SlotKind kind, int head, Bindings b) {
    switch (kind) {
      case SOURCE -> b.source = head;
      case TARGET -> b.target = head;
      case COMPOUND -> b.compound = head;
      default -> {}
    }
  }

  /**
   * The literal words a pattern cannot match without (those outside alternatives and synsets), for
   * a quick test before matching: see {@link #mayMatch}.
   */
  static List<Word> requiredWords(VerbPattern p) {
    List<Word> out = new ArrayList<>(4);
    required(p.before(), out);
    required(p.after(), out);
    return List.copyOf(out);
  }

  private static void required(List<PatternElement> els, List<Word> out) {
    for (PatternElement e : els) {
      if (e instanceof Word w) {
        out.add(w);
      } else if (e instanceof Joined j) {
        required(j.parts(), out);
      } else if (e instanceof NounPhrase np) {
        required(np.elements(), out);
      } else if (e instanceof PrepositionalPhrase pp) {
        required(List.of(pp.preposition()), out);
        required(pp.object(), out);
      }
    }
  }

  /** Whether every required word is somewhere in the sentence; false means no match is possible. */
  boolean mayMatch(List<Word> required) {
    for (Word w : required) {
      boolean found = false;
      for (int i = 0; i < s.size() && !found; i++) {
        found = word(w, i);
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a pattern spells a negation ({@code NOT}, {@code N'T}, {@code NEVER}, {@code NO}),
   * directly or through a synset such as {@code &NEGATVAUXVRB}: such a pattern codes a negated
   * verb.
   */
  boolean spellsNegation(List<PatternElement> els, int depth) {
    if (depth > 8) {
      return false;
    }
    for (PatternElement e : els) {
      if (e instanceof Word w && NEGATIONS.contains(w.text())) {
        return true;
      } else if (e instanceof Alternatives a
          && a.words().stream().anyMatch(w -> NEGATIONS.contains(w.text()))) {
        return true;
      } else if (e instanceof SynsetRef r && spellsNegation(members(r), depth + 1)) {
        return true;
      } else if (e instanceof Joined j && spellsNegation(j.parts(), depth + 1)) {
        return true;
      } else if (e instanceof NounPhrase np && spellsNegation(np.elements(), depth + 1)) {
        return true;
      }
    }
    return false;
  }

  private static final List<String> NEGATIONS = List.of("NOT", "N'T", "NEVER", "NO", "NEITHER");

  /** How many words a pattern asks for, slots not counted: how specific it is. */
  static int words(List<PatternElement> els) {
    int n = 0;
    for (PatternElement e : els) {
      if (e instanceof Joined j) {
        n += words(j.parts());
      } else if (e instanceof NounPhrase np) {
        n += words(np.elements());
      } else if (e instanceof PrepositionalPhrase pp) {
        n += 1 + words(pp.object());
      } else if (!(e instanceof Slot)) {
        n++;
      }
    }
    return n;
  }
}
