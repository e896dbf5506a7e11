package org.newsgraph.extract.event;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One element of a verb pattern or of a synset member, as the dictionary writes it. The verb
 * position {@code *} is not an element: a {@link VerbPattern} keeps the elements before it and
 * after it apart.
 *
 * <p>Immutable; the kinds are records, so they compare by value.
 */
public sealed interface PatternElement {

  /**
   * A literal word, upper case. {@code exact} is TABARI's trailing {@code _} ({@code WAS_}, {@code
   * CASH_}): the word must match whole; without it TABARI matched the word as a stem ({@code
   * CONTRIBUT} for "contributions", {@code DOLLAR} for "dollars"). Whether and how a matcher uses
   * stems is the matcher's choice; the flag records what the dictionary says.
   */
  record Word(String text, boolean exact) implements PatternElement {
    /**
     * @throws IllegalArgumentException when the text is null, blank or has a blank or {@code _}
     */
    public Word {
      if (text == null || text.isEmpty() || !isToken(text)) {
        throw new IllegalArgumentException("a word is one non-blank token without '_': " + text);
      }
      text = text.toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
      return exact ? text + "_" : text;
    }

    static boolean isToken(String text) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c <= ' ' || c == '_' || Character.isWhitespace(c)) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * Alternative words written with slashes in a pattern ({@code (BY/WITH &WEAPON)}, {@code (IN
   * FAVOUR/FAVOR)}): any one of them matches. In synset members a slash is part of the word ({@code
   * +F/A-18}).
   */
  record Alternatives(List<Word> words) implements PatternElement {
    /**
     * @throws IllegalArgumentException when there are fewer than two words
     */
    public Alternatives {
      words = List.copyOf(words);
      if (words.size() < 2) {
        throw new IllegalArgumentException("alternatives are two or more words: " + words);
      }
    }

    @Override
    public String toString() {
      StringBuilder b = new StringBuilder();
      for (Word w : words) {
        if (b.length() > 0) {
          b.append('/');
        }
        b.append(w);
      }
      return b.toString();
    }
  }

  /**
   * A reference to a synset ({@code &CURRENCY}): any member of the set matches. The name is kept
   * without its {@code &} and without a trailing {@code _} ({@code &PREPOSIT1_} is defined, {@code
   * &PREPOSIT1} is referred to); {@link VerbDictionary#synset} resolves it.
   */
  record SynsetRef(String name) implements PatternElement {
    /**
     * @throws IllegalArgumentException when the name is null or blank
     */
    public SynsetRef {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("a synset name must not be blank: " + name);
      }
    }

    @Override
    public String toString() {
      return "&" + name;
    }
  }

  /** The kinds of slot a pattern marks with a sign. */
  enum SlotKind {
    /** {@code $}: the source actor (who acts). */
    SOURCE("$"),
    /** {@code +}: the target actor (to whom). */
    TARGET("+"),
    /** {@code %}: a compound actor, both source and target ("A and B agreed"). */
    COMPOUND("%"),
    /** {@code ^}: skip a phrase (TABARI: the next noun phrase, of any length). */
    SKIP("^");

    private final String sign;

    SlotKind(String sign) {
      this.sign = sign;
    }

    /** The sign that marks the slot in a pattern. */
    public String sign() {
      return sign;
    }

    /** The kind a sign marks, or null. */
    static SlotKind of(String sign) {
      for (SlotKind k : values()) {
        if (k.sign.equals(sign)) {
          return k;
        }
      }
      return null;
    }
  }

  /** A slot: where the source or target actor, a compound actor, or a skipped phrase goes. */
  record Slot(SlotKind kind) implements PatternElement {
    /**
     * @throws NullPointerException when kind is null
     */
    public Slot {
      Objects.requireNonNull(kind, "kind");
    }

    @Override
    public String toString() {
      return kind.sign();
    }
  }

  /**
   * Elements joined by {@code _} ({@code FAILED_TO}, {@code DEMAND_&GENINT_CONVENTIONS}): they must
   * follow one another with no word between, unlike elements separated by blanks, between which
   * other words may stand. Also a multi-word synset member ({@code +AUSTRIAN FLORIN}).
   */
  record Joined(List<PatternElement> parts) implements PatternElement {
    /**
     * @throws IllegalArgumentException when there are fewer than two parts
     */
    public Joined {
      parts = List.copyOf(parts);
      if (parts.size() < 2) {
        throw new IllegalArgumentException("a joined element has two or more parts: " + parts);
      }
    }

    @Override
    public String toString() {
      StringBuilder b = new StringBuilder();
      for (PatternElement p : parts) {
        if (b.length() > 0) {
          b.append('_');
        }
        b.append(p);
      }
      return b.toString();
    }
  }

  /**
   * A noun phrase in braces ({@code {HUMANITARIAN AID}}, PETRARCH 2 style): the words belong to one
   * noun phrase of the parse (its head last).
   */
  record NounPhrase(List<PatternElement> elements) implements PatternElement {
    /**
     * @throws IllegalArgumentException when empty
     */
    public NounPhrase {
      elements = List.copyOf(elements);
      if (elements.isEmpty()) {
        throw new IllegalArgumentException("a noun phrase must not be empty");
      }
    }

    @Override
    public String toString() {
      return "{" + spaced(elements) + "}";
    }
  }

  /**
   * A prepositional phrase in parentheses ({@code (TO BORDER)}, {@code (FOR {FINANCIAL AID})},
   * {@code (AGAINST)}, PETRARCH 2 style): the preposition and, when given, what its object must
   * hold.
   */
  record PrepositionalPhrase(PatternElement preposition, List<PatternElement> object)
      implements PatternElement {
    /**
     * @throws IllegalArgumentException when the preposition is null
     */
    public PrepositionalPhrase {
      if (preposition == null) {
        throw new IllegalArgumentException("a prepositional phrase needs its preposition");
      }
      object = List.copyOf(object);
    }

    @Override
    public String toString() {
      return "(" + preposition + (object.isEmpty() ? "" : " " + spaced(object)) + ")";
    }
  }

  private static String spaced(List<PatternElement> elements) {
    StringBuilder b = new StringBuilder();
    for (PatternElement e : elements) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(e);
    }
    return b.toString();
  }
}
