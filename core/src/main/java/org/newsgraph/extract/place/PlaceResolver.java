package org.newsgraph.extract.place;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.newsgraph.model.PlaceKind;

/**
 * Picks, among the gazetteer's places of one name, the one a document means.
 *
 * <p>Each candidate scores its {@linkplain Gazetteer#prior prior} (a country or a region across
 * countries 10, a region within a country 8, a city 1 + log10(population + 1), plus 2 for a capital
 * and 0.5 for a first-order seat) plus {@value #CONTEXT} times its country's share of the
 * document's {@link CountryContext} (1 for the country the document talks about most). The highest
 * score wins; ties go to the gazetteer's order. So Tripoli in a story about Libya is the Libyan
 * capital (9.1 + 3.5 against 6.9), in a story about Lebanon the Lebanese city (6.9 + 3.5 against
 * 9.1); Paris is Paris, France even in an American story (9.3 against 5.4 + 3.5); Georgia is the
 * country (10) unless the story is American and says nothing of the country (the US state, 8 +
 * 3.5); England is England, not the Arkansas town, in an American story (8 against 4.5 + 3.5).
 *
 * <p>Not taken:
 *
 * <ul>
 *   <li>a city of a country the document never mentions, unless it is large (prior at least {@value
 *       #SMALL}: about 100,000 inhabitants, or a capital): a name that only a small town abroad
 *       bears is more often a misspelling or no place of the story at all ("Goa" for Gao in a story
 *       about Mali is not the Philippine town of Goa);
 *   <li>a name without a capital letter ("buffalo"), and a common word that the recognizer
 *       sometimes tags as a place on its own ("West", "Republic", "Earth"), though towns bear them.
 * </ul>
 *
 * <p>Thread-safe: holds only the immutable gazetteer.
 */
final class PlaceResolver {

  /** The weight of the country context against the prior. */
  static final double CONTEXT = 3.5;

  /** Below this prior, a city needs its country in the context. */
  static final double SMALL = 6;

  /** Words that are towns somewhere but, written alone, are almost never meant as one. */
  private static final Set<String> NOT_ALONE =
      Set.of(
          "west",
          "east",
          "north",
          "south",
          "earth",
          "world",
          "republic",
          "union",
          "centre",
          "center",
          "rock",
          "hill",
          "valley",
          "mission",
          "liberty",
          "independence",
          "unity",
          "victory",
          "progress",
          "hope",
          "enterprise",
          "commerce",
          "industry",
          "opportunity",
          "paradise",
          "globe",
          "universe",
          "nation",
          "state",
          "city",
          "capital",
          "province",
          "county",
          "district",
          "region",
          "island",
          "bay",
          "harbor",
          "harbour",
          "port",
          "lake");

  private final Gazetteer gazetteer;

  PlaceResolver(Gazetteer gazetteer) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
  }

  Gazetteer gazetteer() {
    return gazetteer;
  }

  /**
   * The place meant by {@code name}, or null when the gazetteer has none that fits.
   *
   * @param name the name as the document writes it
   * @param country a country entry the name is already known to stand for (the entity stage's
   *     country of a name it typed COUNTRY), taken as a candidate too; null when none
   * @param context the document's country context
   * @param own what this name's own mentions contributed to {@code context}, taken out of it
   */
  GazetteerEntry resolve(
      String name, GazetteerEntry country, CountryContext context, CountryContext own) {
    List<GazetteerEntry> candidates =
        hasUpperCase(name) && !NOT_ALONE.contains(PlaceKey.of(name))
            ? gazetteer.lookup(name)
            : List.of();
    GazetteerEntry best = country;
    double bestScore = country == null ? Double.NEGATIVE_INFINITY : score(country, context, own);
    for (GazetteerEntry e : candidates) {
      double s = score(e, context, own);
      if (s > bestScore) {
        best = e;
        bestScore = s;
      }
    }
    if (best != null
        && best.kind() == PlaceKind.CITY
        && Gazetteer.prior(best) < SMALL
        && context.share(best.country(), own) == 0) {
      return null;
    }
    return best;
  }

  private static boolean hasUpperCase(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isUpperCase(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The candidate's score: its prior plus its country's share of the context. */
  static double score(GazetteerEntry e, CountryContext context, CountryContext own) {
    return Gazetteer.prior(e) + CONTEXT * context.share(e.country(), own);
  }
}
