package org.newsgraph.model;

/** What kind of place a {@link Place} is, from the most to the least specific. */
public enum PlaceKind {
  /** A populated place: a city, town or village (GeoNames feature class P). */
  CITY,
  /**
   * A region: a part of a country ("Darfur", "Georgia" the US state) or a region across countries
   * ("North Africa", "the Sahel", "Europe").
   */
  REGION,
  /** A country or territory of ISO 3166-1. */
  COUNTRY,
  /** A sea, ocean, gulf, strait, lake or canal ("the Mediterranean", "Strait of Hormuz"). */
  WATER;

  /**
   * How specific a place of this kind is, higher for smaller: a city 3, a region within one country
   * 2, a country 1, a region across countries or a body of water 0.
   *
   * @param hasCountry whether the place lies in one known country
   */
  public int specificity(boolean hasCountry) {
    return switch (this) {
      case CITY -> 3;
      case REGION -> hasCountry ? 2 : 0;
      case COUNTRY -> 1;
      case WATER -> 0;
    };
  }
}
