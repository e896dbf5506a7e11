package org.newsgraph.extract.event;

import java.util.Objects;

/**
 * What a CAMEO event code stands for: its name, root, QuadClass, Goldstein value and PLOVER
 * category.
 *
 * <p>QuadClass follows the root: 1 verbal cooperation (roots 01-05), 2 material cooperation
 * (06-09), 3 verbal conflict (10-14), 4 material conflict (15-20). The Goldstein value is the
 * standard CAMEO table's (-10 most hostile to +10 most cooperative).
 *
 * @param code the code, two to four digits ({@code 03}, {@code 033}, {@code 0332})
 * @param name the CAMEO codebook's name ("Express intent to provide military aid")
 * @param root the first two digits ({@code 03})
 * @param quadClass 1 to 4, from the root
 * @param goldstein the Goldstein value
 * @param plover the PLOVER category, or null where the mapping has none (roots 01 and 02)
 */
public record CameoCode(
    String code, String name, String root, int quadClass, double goldstein, PloverCategory plover) {

  /**
   * @throws IllegalArgumentException when the code is not 2 to 4 digits with a root from 01 to 20,
   *     the root or QuadClass do not follow from it, or the Goldstein value is outside -10..10
   */
  public CameoCode {
    Objects.requireNonNull(name, "name");
    if (!CameoCodes.isCode(code)) {
      throw new IllegalArgumentException("a CAMEO code is 2-4 digits with a root 01-20: " + code);
    }
    if (!code.startsWith(root) || root.length() != 2) {
      throw new IllegalArgumentException("root " + root + " is not the root of " + code);
    }
    if (quadClass != CameoCodes.quadClass(root)) {
      throw new IllegalArgumentException("QuadClass " + quadClass + " is not that of " + code);
    }
    if (!(goldstein >= -10 && goldstein <= 10)) {
      throw new IllegalArgumentException("Goldstein values are within -10..10: " + goldstein);
    }
  }
}
