package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.newsgraph.annotate.Dependency;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.Token;

/**
 * A sentence with its dependency parse laid out in arrays for the coder: words and lemmas in upper
 * case, the basic tree as head and relation per token, the enhanced++ edges per governor, and noun
 * phrases as token ranges.
 *
 * <p>A <em>noun phrase</em> here is a nominal head (noun, proper noun, pronoun, number) with the
 * tokens of its basic subtree, less what is a phrase of its own: conjuncts and their coordinators,
 * relative and adverbial clauses, appositions and parentheticals. Its extent is the range from its
 * first to its last such token.
 *
 * <p>Not thread-safe; built per sentence and thrown away.
 */
final class ParsedSentence {

  /** Basic-tree relations whose dependents are not part of their head's noun phrase. */
  private static final List<String> OWN_PHRASE =
      List.of("conj", "cc", "acl", "advcl", "appos", "parataxis", "punct", "dep", "case");

  final Sentence sentence;
  final String[] words;
  final String[] lemmas;
  final String[] tags;
  final int[] head;
  final String[] relation;

  /** Each token's basic-tree relation without its subtype ({@code obl} for {@code obl:against}). */
  final String[] baseRelation;

  private final List<List<Integer>> children;
  private final List<List<Dependency>> enhancedOut;
  private final List<List<Dependency>> enhancedIn;

  ParsedSentence(Sentence sentence) {
    this.sentence = sentence;
    int n = sentence.tokens().size();
    words = new String[n];
    lemmas = new String[n];
    tags = new String[n];
    head = new int[n];
    relation = new String[n];
    baseRelation = new String[n];
    Arrays.fill(head, -2);
    Arrays.fill(relation, "");
    Arrays.fill(baseRelation, "");
    children = new ArrayList<>(n);
    enhancedOut = new ArrayList<>(n);
    enhancedIn = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Token t = sentence.tokens().get(i);
      words[i] = t.text().toUpperCase(Locale.ROOT);
      lemmas[i] = t.lemma().toUpperCase(Locale.ROOT);
      tags[i] = t.pos();
      children.add(new ArrayList<>(2));
      enhancedOut.add(new ArrayList<>(2));
      enhancedIn.add(new ArrayList<>(1));
    }
    for (Dependency d : sentence.parse().basic()) {
      head[d.dependent()] = d.governor();
      relation[d.dependent()] = d.relation();
      baseRelation[d.dependent()] = d.baseRelation();
      if (!d.isRoot()) {
        children.get(d.governor()).add(d.dependent());
      }
    }
    for (Dependency d : sentence.parse().enhanced()) {
      if (!d.isRoot()) {
        enhancedOut.get(d.governor()).add(d);
      }
      enhancedIn.get(d.dependent()).add(d);
    }
  }

  int size() {
    return words.length;
  }

  boolean isVerb(int i) {
    return tags[i].startsWith("VB");
  }

  /** A token that can head a noun phrase. */
  boolean isNominal(int i) {
    String t = tags[i];
    return t.startsWith("NN") || t.equals("PRP") || t.equals("CD") || t.equals("FW");
  }

  /** The enhanced++ edges from a token to its dependents. */
  List<Dependency> dependents(int i) {
    return enhancedOut.get(i);
  }

  /** The enhanced++ edges into a token from its governors. */
  List<Dependency> governors(int i) {
    return enhancedIn.get(i);
  }

  /** The basic-tree dependents of a token, in order. */
  List<Integer> children(int i) {
    return children.get(i);
  }

  /**
   * The head of the noun phrase a nominal token belongs to: up the basic tree while the token is a
   * modifier inside a noun phrase (compound, flat name, possessive, adjective, determiner, number).
   */
  int phraseHead(int i) {
    int h = i;
    for (int steps = 0; steps < 8; steps++) {
      String r = relation[h];
      int g = head[h];
      if (g < 0 || !isNominal(g)) {
        return h;
      }
      if (r.equals("compound")
          || r.equals("flat")
          || r.startsWith("flat:")
          || r.equals("nmod:poss")
          || r.equals("amod")
          || r.equals("nummod")
          || r.equals("det")) {
        h = g;
      } else {
        return h;
      }
    }
    return h;
  }

  /** The noun phrase headed by {@code h} as {@code [start, end)}: see the class comment. */
  int[] phrase(int h) {
    int[] range = {h, h + 1};
    extend(h, range, 0);
    return range;
  }

  private void extend(int t, int[] range, int depth) {
    if (depth > 40) {
      return;
    }
    for (int c : children.get(t)) {
      if (OWN_PHRASE.contains(baseRelation[c])) {
        continue;
      }
      range[0] = Math.min(range[0], c);
      range[1] = Math.max(range[1], c + 1);
      extend(c, range, depth + 1);
    }
  }

  /**
   * The tokens of {@code h}'s basic subtree, as a mask, less the subtrees under the given
   * relations.
   */
  boolean[] subtree(int h, List<String> excluded) {
    boolean[] in = new boolean[words.length];
    mark(h, in, excluded, 0);
    return in;
  }

  private void mark(int t, boolean[] in, List<String> excluded, int depth) {
    in[t] = true;
    if (depth > 60) {
      return;
    }
    for (int c : children.get(t)) {
      if (!excluded.contains(baseRelation[c]) && !in[c]) {
        mark(c, in, excluded, depth + 1);
      }
    }
  }

  /** The tokens as written, for the actor dictionaries. */
  List<String> texts() {
    List<String> out = new ArrayList<>(words.length);
    for (Token t : sentence.tokens()) {
      out.add(t.text());
    }
    return out;
  }
}
