package org.newsgraph.annotate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The dependency parse of one sentence, in two forms, both Universal Dependencies v2 as CoreNLP 4.5
 * writes them, with token indices within the sentence.
 *
 * <p><b>Why enhanced++ for matching, and basic as well.</b> An event coder fills a verb pattern's
 * slots (who acted, on whom, through which preposition) from the parse. The enhanced++ graph
 * (Schuster and Manning 2016) states those slots directly where the basic tree hides them:
 *
 * <ul>
 *   <li>the preposition is folded into the relation: "restore ties <i>with</i> Gondor" is {@code
 *       obl:with(restore, Gondor)}, "the leader <i>of</i> Mali" {@code nmod:of}, so a pattern's
 *       preposition slot is one edge, not an edge plus a {@code case} child;
 *   <li>the passive agent is marked: "Libya was attacked by France" is {@code obl:agent(attacked,
 *       France)} with {@code nsubj:pass(attacked, Libya)};
 *   <li>conjuncts share their head's relations: "France and Britain accused Turkey" gives {@code
 *       nsubj(accused, France)} and {@code nsubj(accused, Britain)} (and {@code conj:and(France,
 *       Britain)}), and "accused and attacked Turkey" gives both verbs the object;
 *   <li>controlled and raised subjects are made explicit: "Arnor is about to restore ties" gives
 *       {@code nsubj:xsubj(restore, Arnor)}, and relative clauses point back at the noun they
 *       modify ({@code ref}, and the noun as the clause verb's subject or object).
 * </ul>
 *
 * The enhanced++ graph is not a tree (a token may have several governors), so the basic tree is
 * kept beside it for what needs a tree: the extent of a phrase (a head's subtree), the one head of
 * each token. Enhanced++ can also add "copy" nodes for elided predicates ("Paris went to Rome and
 * Berlin to Bonn"); a copy is mapped onto the token it copies, so its edges appear on that token.
 *
 * @param basic the basic UD tree: exactly one root edge ({@link Dependency#ROOT}) and at most one
 *     governor per token; empty when the sentence was not parsed
 * @param enhanced the enhanced++ UD graph over the same tokens; empty when the sentence was not
 *     parsed
 */
public record DependencyParse(List<Dependency> basic, List<Dependency> enhanced) {

  /** No parse: what a sentence carries when the dependency parser did not run on it. */
  public static final DependencyParse NONE = new DependencyParse(List.of(), List.of());

  /**
   * @throws IllegalArgumentException if one of the lists is empty and the other not, or a token has
   *     two governors in the basic tree
   */
  public DependencyParse {
    basic = List.copyOf(basic);
    enhanced = List.copyOf(enhanced);
    if (basic.isEmpty() != enhanced.isEmpty()) {
      throw new IllegalArgumentException(
          "basic and enhanced are both empty or both not: " + basic + " " + enhanced);
    }
    Set<Integer> seen = new HashSet<>();
    for (Dependency d : basic) {
      if (!seen.add(d.dependent())) {
        throw new IllegalArgumentException(
            "a token has one governor in the basic tree: " + d.dependent() + " in " + basic);
      }
    }
  }

  /** Whether there is no parse. */
  public boolean isEmpty() {
    return basic.isEmpty();
  }

  /** The largest token index the parse mentions, or -1 if it is empty. */
  int maxIndex() {
    int max = -1;
    for (List<Dependency> edges : List.of(basic, enhanced)) {
      for (Dependency d : edges) {
        max = Math.max(max, Math.max(d.governor(), d.dependent()));
      }
    }
    return max;
  }

  /** The enhanced++ edges whose governor is the given token, in order. */
  public List<Dependency> dependents(int token) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : enhanced) {
      if (d.governor() == token) {
        out.add(d);
      }
    }
    return out;
  }

  /** The enhanced++ edges whose dependent is the given token, in order. */
  public List<Dependency> governors(int token) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : enhanced) {
      if (d.dependent() == token) {
        out.add(d);
      }
    }
    return out;
  }

  /**
   * The token's head in the basic tree: a token index, {@link Dependency#ROOT} for the root, or -2
   * when the token is not in the tree (no parse).
   */
  public int head(int token) {
    for (Dependency d : basic) {
      if (d.dependent() == token) {
        return d.governor();
      }
    }
    return -2;
  }

  /** The token indices of the token's subtree in the basic tree (the token included), in order. */
  public List<Integer> subtree(int token) {
    boolean[] in = new boolean[Math.max(maxIndex(), token) + 1];
    in[token] = true;
    // Parents may come after children in the list: repeat until nothing changes (trees are
    // shallow).
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Dependency d : basic) {
        if (!d.isRoot() && in[d.governor()] && !in[d.dependent()]) {
          in[d.dependent()] = true;
          changed = true;
        }
      }
    }
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < in.length; i++) {
      if (in[i]) {
        out.add(i);
      }
    }
    return out;
  }
}
