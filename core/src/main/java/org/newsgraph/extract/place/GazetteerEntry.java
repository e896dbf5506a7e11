package org.newsgraph.extract.place;

import java.util.Objects;
import org.newsgraph.model.PlaceKind;

/**
 * One place of the gazetteer.
 *
 * @param name its display name: GeoNames' name ("Sévaré", "Benghazi"), an English name given by the
 *     project's alias list where GeoNames writes a transliteration ("Misrata" for Mişrātah), a
 *     country's common name, or a region's name
 * @param kind what kind of place it is
 * @param country ISO 3166-1 alpha-3 of the country it is in (its own for a country), or null for a
 *     region or sea across countries
 * @param lat latitude in degrees (WGS84), or null for a place without a sensible point
 * @param lon longitude in degrees, null exactly when {@code lat} is
 * @param geonames its GeoNames id, or null (countries, regions, towns added by hand)
 * @param feature the GeoNames feature code of a populated place ({@code PPLC} a capital, {@code
 *     PPLA} a first-order seat, {@code PPL} ...), or null for other kinds
 * @param population inhabitants as GeoNames gives them (0 when unknown or not a populated place)
 */
public record GazetteerEntry(
    String name,
    PlaceKind kind,
    String country,
    Double lat,
    Double lon,
    Long geonames,
    String feature,
    long population) {

  /**
   * @throws IllegalArgumentException if only one coordinate is given or one is out of range, the
   *     country is not three letters, or the population is negative
   */
  public GazetteerEntry {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    if ((lat == null) != (lon == null)) {
      throw new IllegalArgumentException("lat and lon come together: " + lat + ", " + lon);
    }
    if (lat != null && !(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
      throw new IllegalArgumentException("coordinates out of range: " + lat + ", " + lon);
    }
    if (country != null && country.length() != 3) {
      throw new IllegalArgumentException("country must be ISO alpha-3: " + country);
    }
    if (population < 0) {
      throw new IllegalArgumentException("population cannot be negative: " + population);
    }
  }

  /** Whether this is a country's capital (GeoNames {@code PPLC}). */
  public boolean isCapital() {
    return "PPLC".equals(feature);
  }
}
