package org.newsgraph.extract.place;

import java.util.HashMap;
import java.util.Map;

/**
 * How much a document talks about each country: a weight per ISO alpha-3 code, summed from the
 * document's mentions of countries, nationalities and resolved places. Mutable while it is built;
 * used by one thread (each document builds its own).
 */
final class CountryContext {

  private final Map<String, Double> weights = new HashMap<>();

  /** Adds weight to a country; a null country or a weight of 0 changes nothing. */
  void add(String iso3, double weight) {
    if (iso3 != null && weight > 0) {
      weights.merge(iso3, weight, Double::sum);
    }
  }

  /** Adds every weight of another context. */
  void addAll(CountryContext other) {
    other.weights.forEach(this::add);
  }

  double weight(String iso3) {
    return iso3 == null ? 0 : weights.getOrDefault(iso3, 0.0);
  }

  /**
   * A country's share of the context once {@code own} (what the place being resolved contributed
   * itself) is taken out: its weight over the weight of the most-mentioned country, 0 to 1.
   */
  double share(String iso3, CountryContext own) {
    if (iso3 == null) {
      return 0;
    }
    double max = 0;
    for (Map.Entry<String, Double> e : weights.entrySet()) {
      max = Math.max(max, e.getValue() - own.weight(e.getKey()));
    }
    if (max <= 0) {
      return 0;
    }
    return Math.max(0, weight(iso3) - own.weight(iso3)) / max;
  }

  @Override
  public String toString() {
    return weights.toString();
  }
}
