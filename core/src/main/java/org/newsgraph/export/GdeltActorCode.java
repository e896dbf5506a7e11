package org.newsgraph.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.extract.actor.Countries;

/**
 * A CAMEO actor code ("FRAGOV", "IGOUNO", "---REB") taken apart into the actor columns of the GDELT
 * event table.
 *
 * <p>The code is read in three-letter parts, each put in the first free column that it fits:
 *
 * <ul>
 *   <li>a role or type ({@code GOV}, {@code MIL}, {@code REB}, {@code IGO}, {@code NGO}, ...) in
 *       Type1, Type2, Type3, in order;
 *   <li>a religion ({@code CHR}, {@code MOS}, ...) or denomination ({@code CTH}, {@code SUN}, ...)
 *       in Religion1 then Religion2;
 *   <li>a country (a CAMEO country code of the country table, which is the ISO 3166-1 alpha-3 code
 *       for most states) or a CAMEO region ({@code AFR}, {@code EUR}, {@code WST}, ...) in
 *       CountryCode;
 *   <li>anything else, such as {@code UNO} in {@code IGOUNO} or {@code NAT} in {@code IGOWSTNAT},
 *       in KnownGroupCode; a further unknown part is left out of the columns.
 * </ul>
 *
 * <p>{@code ---}, PETRARCH's mark for an actor with no country, is dropped from the code itself, so
 * that {@code ---GOV} is written as {@code GOV}. The ethnic column stays empty: our dictionaries
 * code no ethnic groups apart from the types and groups above. A code whose length is not a
 * multiple of three is written as it is, with every part column empty.
 *
 * @param code the code without {@code ---} marks
 * @param country the country or region part, or null
 * @param knownGroup the known group part, or null
 * @param religions up to two religion parts
 * @param types up to three type parts
 */
record GdeltActorCode(
    String code, String country, String knownGroup, List<String> religions, List<String> types) {

  private static final Set<String> TYPES =
      Set.of(
          "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "IGO", "NGO", "IMG", "INS", "MNC",
          "MED", "EDU", "BUS", "CRM", "CVL", "REF", "AGR", "ELI", "LAB", "LEG", "HLH", "MOD", "RAD",
          "UAF", "SEP", "ENV", "DEV", "HRI", "NGM", "SET", "REL", "PPL");

  /** Religions and denominations; not SHN (Saint Helena) nor MUS (Mauritius), which are places. */
  private static final Set<String> RELIGIONS =
      Set.of(
          "CHR", "JEW", "MOS", "BUD", "HIN", "SIK", "JAN", "ZRO", "TAO", "CON", "BAH", "ATH", "ITH",
          "NRM", "CTH", "PRO", "ORT", "SUN", "SHI", "SFI", "ALE", "DRZ", "MRM", "ANG");

  private static final Set<String> REGIONS =
      Set.of(
          "AFR", "ASA", "BLK", "CRB", "CAU", "CFR", "CAS", "CEU", "EIN", "EAF", "EEU", "EUR", "LAM",
          "MEA", "MDT", "NAF", "NMR", "PGS", "SCN", "SAM", "SAS", "SEA", "SAF", "WAF", "WST");

  GdeltActorCode {
    religions = List.copyOf(religions);
    types = List.copyOf(types);
  }

  /** The parts of {@code raw}, a CAMEO actor code as the event coder writes it. */
  static GdeltActorCode parse(String raw) {
    String code = raw.strip().replace("---", "");
    if (code.length() % 3 != 0) {
      return new GdeltActorCode(code, null, null, List.of(), List.of());
    }
    String country = null;
    String knownGroup = null;
    List<String> religions = new ArrayList<>();
    List<String> types = new ArrayList<>();
    for (int i = 0; i < code.length(); i += 3) {
      String part = code.substring(i, i + 3);
      if (TYPES.contains(part)) {
        addUpTo(types, part, 3);
      } else if (RELIGIONS.contains(part)) {
        addUpTo(religions, part, 2);
      } else if (country == null && isCountry(part)) {
        country = part;
      } else if (knownGroup == null) {
        knownGroup = part;
      }
    }
    return new GdeltActorCode(code, country, knownGroup, religions, types);
  }

  private static void addUpTo(List<String> list, String part, int max) {
    if (list.size() < max) {
      list.add(part);
    }
  }

  private static boolean isCountry(String part) {
    Countries countries = Countries.standard();
    return REGIONS.contains(part)
        || countries.byCameo(part).isPresent()
        || countries.byIso3(part).isPresent();
  }

  /** The {@code n}th (from 0) religion part, or null. */
  String religion(int n) {
    return n < religions.size() ? religions.get(n) : null;
  }

  /** The {@code n}th (from 0) type part, or null. */
  String type(int n) {
    return n < types.size() ? types.get(n) : null;
  }
}
