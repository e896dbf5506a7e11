package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.annotate.Token;
import org.newsgraph.extract.actor.Countries;
import org.newsgraph.extract.actor.Country;

/**
 * Definite descriptions of countries: "the country", "the nation", "the kingdom", "the republic",
 * "the island nation", "the European nation", "the Gulf state", and the plural "the two countries"
 * / "both nations". {@link EventExtractor#descriptions} resolves each to the countries named most
 * recently before it in the document, as it resolves "the Alliance" to an organisation.
 *
 * <p>What qualifies: a singular head (country, nation, kingdom, republic, emirate; "state" only
 * with a region adjective, since "the state" is as often a US state or the state as an institution)
 * right after "the" and up to three modifiers; or a plural head (countries, nations) after "the
 * two", "both" or "both the". Not when a capitalised head is followed by "of" or any head by a
 * capitalised word (part of a name: "the Republic of Korea", "the Kingdom Tower"), nor when a
 * modifier says another country is meant ("the other country", "the neighbouring nation", "the host
 * nation") or names one itself ("the Iranian nation": the actor dictionaries code that phrase
 * already).
 *
 * <p>Region adjectives ("European", "Middle Eastern", "Gulf", "Balkan", ...) narrow the candidates
 * to the countries whose representative point ({@link Country#lat()}, {@link Country#lon()}) lies
 * in the region's boxes. The country table has no region column; the boxes are drawn round those
 * points and are approximate at the edges (Cyprus is Middle Eastern and European, Egypt African and
 * Middle Eastern). Other modifiers ("island", "small", "Arab") leave any country.
 *
 * <p>Thread-safe: immutable.
 */
final class CountryDescriptions {

  /** What a description asks for: how many countries, and the region they must lie in. */
  record Wanted(int count, Region region) {}

  /** A region adjective and the latitude/longitude boxes of its countries' points. */
  record Region(String name, double[][] boxes) {
    boolean contains(Country c) {
      for (double[] b : boxes) {
        if (c.lat() >= b[0] && c.lat() <= b[1] && c.lon() >= b[2] && c.lon() <= b[3]) {
          return true;
        }
      }
      return false;
    }
  }

  private static Region region(String name, double[]... boxes) {
    return new Region(name, boxes);
  }

  // Boxes are {latMin, latMax, lonMin, lonMax} round the world-countries points; longest names
  // first, so that "Southeast Asian" is not read as "Asian".
  private static final List<Region> REGIONS =
      List.of(
          region("southeast asian", new double[] {-11, 24, 92, 141}),
          region("east asian", new double[] {20, 50, 100, 150}),
          region("south asian", new double[] {0, 38, 60, 92}),
          region("central asian", new double[] {35, 56, 52, 88}),
          region("middle eastern", new double[] {12, 42, 32, 59.9}, new double[] {22, 32, 25, 32}),
          region("mideast", new double[] {12, 42, 32, 59.9}, new double[] {22, 32, 25, 32}),
          region("north african", new double[] {19, 34.5, -18, 34}),
          region("west african", new double[] {4, 25, -26, 16}),
          region("east african", new double[] {-12, 16, 28, 44}, new double[] {-12, 12, 44, 52}),
          region("southern african", new double[] {-35, -15, 10, 41}),
          region(
              "african",
              new double[] {-35, 34.5, -26, 34},
              new double[] {-35, 16, 34, 44},
              new double[] {-35, 12, 44, 60}),
          region("latin american", new double[] {-56, 33, -118, -34}),
          region("south american", new double[] {-56, 13, -82, -34}),
          region("central american", new double[] {7, 19, -93, -77}),
          region("north american", new double[] {14, 85, -170, -50}),
          region("caribbean", new double[] {10, 27, -86, -59}),
          region(
              "scandinavian",
              new double[] {60, 72, 4, 32},
              new double[] {54, 58, 8, 13},
              new double[] {63, 67, -25, -13}),
          region(
              "nordic",
              new double[] {60, 72, 4, 32},
              new double[] {54, 58, 8, 13},
              new double[] {63, 67, -25, -13}),
          region("baltic", new double[] {53.5, 60, 20, 29}),
          region("balkan", new double[] {39, 46.9, 13, 29}),
          region("european", new double[] {35, 72, -25, 45}, new double[] {50, 72, 45, 100}),
          region("gulf", new double[] {20, 33.5, 43, 60}),
          region("asian", new double[] {-11, 55, 60, 150}),
          region("pacific", new double[] {-25, 20, 130, 180}, new double[] {-25, 20, -180, -140}));

  private static final Set<String> HEADS =
      Set.of("country", "nation", "kingdom", "republic", "emirate");
  private static final Set<String> REGION_ONLY_HEADS = Set.of("state");
  private static final Set<String> PLURAL_HEADS = Set.of("countries", "nations");

  /** Modifiers that point away from the country named last. */
  private static final Set<String> ANOTHER =
      Set.of(
          "other",
          "another",
          "neighbouring",
          "neighboring",
          "neighbour",
          "neighbor",
          "host",
          "foreign",
          "rival",
          "third",
          "home",
          "first",
          "second",
          "last",
          "next",
          "former",
          "new",
          "same",
          "enemy",
          "member",
          "partner",
          "each",
          "every",
          "which",
          "what");

  private final Countries countries;

  CountryDescriptions(Countries countries) {
    this.countries = countries;
  }

  /**
   * What the description headed by token {@code i} asks for, or null when it is none.
   *
   * @param isActor whether a token starts a phrase of the actor dictionaries
   */
  Wanted at(List<Token> tokens, int i, java.util.function.IntPredicate isActor) {
    Token head = tokens.get(i);
    String h = head.text().toLowerCase(Locale.ROOT);
    boolean singular = HEADS.contains(h) || REGION_ONLY_HEADS.contains(h);
    boolean plural = PLURAL_HEADS.contains(h);
    if ((!singular && !plural) || !head.pos().startsWith("NN")) {
      return null;
    }
    if (i + 1 < tokens.size()) {
      String next = tokens.get(i + 1).text();
      boolean name = Character.isUpperCase(head.text().charAt(0));
      if ((name && next.equalsIgnoreCase("of")) || Character.isUpperCase(next.charAt(0))) {
        return null;
      }
    }
    // the modifiers, back to the determiner
    int d = i - 1;
    List<String> modifiers = new ArrayList<>(3);
    while (d >= 0 && modifiers.size() <= 3) {
      Token t = tokens.get(d);
      String w = t.text().toLowerCase(Locale.ROOT);
      if (w.equals("the") || w.equals("both") || w.equals("two")) {
        break;
      }
      if (!(t.pos().startsWith("JJ") || t.pos().startsWith("NN") || t.pos().equals("VBN"))
          || ANOTHER.contains(w)
          || isActor.test(d)
          || countries.byDemonym(t.text()).isPresent()
          || countries.byName(t.text()).isPresent()) {
        return null;
      }
      modifiers.add(0, w);
      d--;
    }
    if (d < 0 || modifiers.size() > 3) {
      return null;
    }
    String det = tokens.get(d).text().toLowerCase(Locale.ROOT);
    if (singular) {
      if (!det.equals("the")) {
        return null;
      }
    } else {
      boolean twoAfterThe = det.equals("two") && d > 0 && isThe(tokens.get(d - 1));
      boolean both =
          det.equals("both") || (det.equals("the") && d > 0 && isBoth(tokens.get(d - 1)));
      if (!twoAfterThe && !both) {
        return null;
      }
    }
    Region region = regionOf(String.join(" ", modifiers));
    if (REGION_ONLY_HEADS.contains(h) && region == null) {
      return null;
    }
    return new Wanted(plural ? 2 : 1, region);
  }

  private static boolean isThe(Token t) {
    return t.text().equalsIgnoreCase("the");
  }

  private static boolean isBoth(Token t) {
    return t.text().equalsIgnoreCase("both");
  }

  /** The region a run of modifiers names, or null. */
  static Region regionOf(String modifiers) {
    String m = " " + modifiers + " ";
    for (Region r : REGIONS) {
      if (m.contains(" " + r.name() + " ")) {
        return r;
      }
    }
    return null;
  }

  /**
   * The countries a description may stand for: from the actors named before it (most recent last),
   * the different countries that lie in its region, most recent first, at most five.
   *
   * @return their CAMEO codes
   */
  List<String> candidates(Wanted w, List<String> recent) {
    List<String> out = new ArrayList<>(w.count() + 2);
    for (int r = recent.size() - 1; r >= 0 && out.size() < 5; r--) {
      Country c = countries.byCameo(recent.get(r)).orElse(null);
      if (c == null || out.contains(c.cameo()) || (w.region() != null && !w.region().contains(c))) {
        continue;
      }
      out.add(c.cameo());
    }
    return out;
  }

  /** The CAMEO code of the country an actor code belongs to ({@code FRAGOV}: FRA), or null. */
  String countryOf(String code) {
    return countries.byCameo(code).map(Country::cameo).orElse(null);
  }
}
