package org.newsgraph.extract.actor;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the longest phrase of a {@link PhraseTrie} that starts at a token, walking the trie one
 * word at a time, so the cost is bounded by the longest phrase, not by the dictionary.
 *
 * <p>Token rules (the caller's tokens are split into words by {@link Words}): a match starts and
 * ends on token boundaries; a token of punctuation alone (a comma, a bracket, a quote, a lone
 * hyphen) is passed over inside a phrase but cannot start one, and a sentence terminator ({@code .
 * ! ? ; :}) ends the search; a possessive token ("Turkey's") may end a match before its {@code 's}
 * or continue through it ("Syria's government"). With {@code requireCapital}, a match is only taken
 * if one of its tokens has an upper-case letter, so that running text in lower case ("us",
 * "turkey", "chad") is not read as a name.
 *
 * <p>Thread-safe: stateless.
 */
final class PhraseMatcher {

  /** No dictionary phrase is longer than this many tokens; a bound on the work per call. */
  static final int MAX_TOKENS = 32;

  private PhraseMatcher() {}

  /**
   * The longest match at {@code from} as {@code (tokens << 32) | value}, or -1 when none.
   *
   * @throws IllegalArgumentException when {@code from} is outside {@code [0, tokens.size()]}
   */
  static long longest(PhraseTrie trie, List<String> tokens, int from, boolean requireCapital) {
    if (tokens == null) {
      throw new IllegalArgumentException("tokens must not be null");
    }
    if (from < 0 || from > tokens.size()) {
      throw new IllegalArgumentException("from must be within [0, " + tokens.size() + "]: " + from);
    }
    int limit = Math.min(tokens.size(), from + MAX_TOKENS);
    List<String> words = new ArrayList<>(4);
    int node = PhraseTrie.ROOT;
    boolean capital = false;
    boolean noLowerCase = true;
    long best = -1;
    for (int t = from; t < limit; t++) {
      String token = tokens.get(t);
      if (token == null) {
        break;
      }
      words.clear();
      int n = Words.split(token, words);
      if (n == 0) {
        if (t == from || isTerminator(token)) {
          break;
        }
        continue;
      }
      capital |= hasUpperCase(token);
      noLowerCase &= !hasLowerCase(token);
      boolean possessive = n >= 2 && Words.endsWithPossessive(token);
      for (int i = 0; i < n; i++) {
        int id = trie.wordId(words.get(i));
        node = id == PhraseTrie.NONE ? PhraseTrie.NONE : trie.child(node, id);
        if (node == PhraseTrie.NONE) {
          return best;
        }
        boolean tokenEnd = i == n - 1 || (possessive && i == n - 2);
        int value = trie.value(node);
        if (tokenEnd
            && value != PhraseTrie.NONE
            && (capital || !requireCapital)
            && (noLowerCase || !trie.capitalsOnly(node))) {
          best = ((long) (t - from + 1) << 32) | value;
        }
      }
    }
    return best;
  }

  private static boolean isTerminator(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (".!?;:\u2026".indexOf(token.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasLowerCase(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (Character.isLowerCase(token.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasUpperCase(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (Character.isUpperCase(token.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
