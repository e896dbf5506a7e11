package org.newsgraph.eval;

import java.util.regex.Pattern;

/**
 * One event reduced to what the event set labels: the country of its source actor, the country of
 * its target actor and its CAMEO root code.
 *
 * <p>Countries are CAMEO country codes as the Phoenix dictionaries write them, which equal ISO
 * 3166-1 alpha-3 for nearly all countries ({@code FRA}, {@code LBY}); the root is the two-digit
 * CAMEO root code, {@code 01} (make public statement) to {@code 20} (use unconventional mass
 * violence). Source and target may be the same country (a domestic event); the bundled Wikinews set
 * labels only events between two countries (see {@link EventEvaluator#betweenCountries()}).
 *
 * @param source country code of the actor that acts, three upper-case letters
 * @param target country code of the actor acted upon, three upper-case letters
 * @param root CAMEO root code, two digits from 01 to 20
 */
public record CountryTriple(String source, String target, String root) {
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
  private static final Pattern ROOT = Pattern.compile("0[1-9]|1[0-9]|20");

  /**
   * @throws IllegalArgumentException if a code is null or malformed
   */
  public CountryTriple {
    checkCountry("source", source);
    checkCountry("target", target);
    if (root == null || !ROOT.matcher(root).matches()) {
      throw new IllegalArgumentException(
          "root must be a two-digit CAMEO root code from 01 to 20: " + root);
    }
  }

  /**
   * The root code of a full CAMEO event code: its first two digits ({@code "0332"} → {@code "03"}).
   *
   * @throws IllegalArgumentException if {@code cameo} is not three or four digits starting with a
   *     root code from 01 to 20
   */
  public static String rootOf(String cameo) {
    if (cameo == null
        || !cameo.matches("\\d{3,4}")
        || !ROOT.matcher(cameo.substring(0, 2)).matches()) {
      throw new IllegalArgumentException(
          "not a CAMEO event code (3 or 4 digits, root 01-20): " + cameo);
    }
    return cameo.substring(0, 2);
  }

  /** The same event without its root: who acted on whom. */
  public String dyad() {
    return source + "->" + target;
  }

  /** True if source and target are the same country. */
  public boolean domestic() {
    return source.equals(target);
  }

  @Override
  public String toString() {
    return source + " " + target + " " + root;
  }

  private static void checkCountry(String role, String code) {
    if (code == null || !COUNTRY.matcher(code).matches()) {
      throw new IllegalArgumentException(
          role + " must be a country code of three upper-case letters: " + code);
    }
  }
}
