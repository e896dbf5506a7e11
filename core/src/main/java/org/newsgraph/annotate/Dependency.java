package org.newsgraph.annotate;

import java.util.Objects;

/**
 * One edge of a sentence's dependency parse, in Universal Dependencies (v2, as CoreNLP 4.5 writes
 * them).
 *
 * @param governor the index of the head token within the sentence (from 0), or {@link #ROOT} for
 *     the edge that marks the sentence's root
 * @param dependent the index of the dependent token within the sentence (from 0)
 * @param relation the relation, lower case, with its subtype after a colon where there is one:
 *     {@code nsubj}, {@code obj}, {@code nsubj:pass}, {@code obl:agent}, and in the enhanced++
 *     graph the preposition or conjunction folded in: {@code obl:against}, {@code nmod:of}, {@code
 *     conj:and}; {@code root} for the root edge
 */
public record Dependency(int governor, int dependent, String relation) {

  /** The governor of the root edge: the sentence's root has no head token. */
  public static final int ROOT = -1;

  /**
   * @throws IllegalArgumentException if an index is out of range, or the root convention is broken
   *     (governor {@link #ROOT} exactly when the relation is {@code root})
   */
  public Dependency {
    Objects.requireNonNull(relation, "relation");
    if (dependent < 0 || governor < ROOT) {
      throw new IllegalArgumentException(
          "bad dependency indices: " + governor + " -> " + dependent + " " + relation);
    }
    if ((governor == ROOT) != relation.equals("root")) {
      throw new IllegalArgumentException(
          "the root edge has governor -1 and relation root: " + governor + " " + relation);
    }
  }

  /** Whether this is the edge that marks the sentence's root. */
  public boolean isRoot() {
    return governor == ROOT;
  }

  /** The relation without its subtype: {@code obl} for {@code obl:against}. */
  public String baseRelation() {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }

  /**
   * The relation's subtype, or "" when it has none: {@code against} for {@code obl:against}, {@code
   * pass} for {@code nsubj:pass}.
   */
  public String subtype() {
    int colon = relation.indexOf(':');
    return colon < 0 ? "" : relation.substring(colon + 1);
  }

  @Override
  public String toString() {
    return relation + "(" + governor + ", " + dependent + ")";
  }
}
