package org.newsgraph.extract.event;

import java.util.Objects;

/**
 * A transformation of the verb dictionary's last section: how an event reported by another verb
 * becomes a different event, e.g. {@code ~ a (a b ATTACK) SAY = a b 015} ("A said it attacked B" is
 * A claiming responsibility towards B) or {@code ~ a (_ b ATTACK) WANT = a b 138}.
 *
 * <p>The line reads: the outer event's source, then in parentheses the inner event's source, target
 * and verb, then the outer verb; after {@code =}, the resulting source, target and code. Sources
 * and targets are variables: a lower-case letter names an actor (the same letter is the same
 * actor), {@code _} stands for any actor and {@code .} for none. The result's code is a CAMEO code,
 * or {@code Q} to keep the inner event's code. Verbs are verb lemmas of the dictionary.
 *
 * @param source the outer event's source variable
 * @param innerSource the inner event's source variable
 * @param innerTarget the inner event's target variable
 * @param innerVerb the inner event's verb lemma, or an upper-case code variable such as {@code Q}
 * @param verb the outer verb lemma
 * @param resultSource the resulting event's source variable
 * @param resultTarget the resulting event's target variable
 * @param resultCode the resulting code, or the variable {@code Q}
 * @param rule the line as written, its comment removed and runs of blanks made one
 * @param line the line of the dictionary, from 1
 */
public record Transformation(
    String source,
    String innerSource,
    String innerTarget,
    String innerVerb,
    String verb,
    String resultSource,
    String resultTarget,
    String resultCode,
    String rule,
    int line) {

  /**
   * @throws NullPointerException when a part is missing
   */
  public Transformation {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(innerSource, "innerSource");
    Objects.requireNonNull(innerTarget, "innerTarget");
    Objects.requireNonNull(innerVerb, "innerVerb");
    Objects.requireNonNull(verb, "verb");
    Objects.requireNonNull(resultSource, "resultSource");
    Objects.requireNonNull(resultTarget, "resultTarget");
    Objects.requireNonNull(resultCode, "resultCode");
    Objects.requireNonNull(rule, "rule");
  }

  /** True when the result keeps the inner event's code ({@code Q}). */
  public boolean keepsInnerCode() {
    return resultCode.equals(innerVerb) && !resultCode.isEmpty() && isCodeVariable(resultCode);
  }

  private static boolean isCodeVariable(String s) {
    return s.chars().allMatch(Character::isLetter) && s.length() == 1;
  }
}
