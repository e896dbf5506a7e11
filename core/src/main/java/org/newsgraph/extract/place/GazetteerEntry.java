package org.newsgraph.extract.place;

import java.util.Objects;
import org.newsgraph.model.PlaceKind;

/**
 * One place of the gazetteer. Immutable; two entries are equal only when they are the same entry.
 *
 * <p>A final class rather than a record, by measurement: a record would hold its coordinates and id
 * as boxed {@code Double} and {@code Long} (they may be absent), three more objects for each of
 * 135,000 places, which cost the load a sixth of its time in allocation and garbage collection.
 * Here they are primitives, boxed only when asked for.
 */
public final class GazetteerEntry {

  private final String name;
  private final PlaceKind kind;
  private final String country;
  private final double lat;
  private final double lon;
  private final long geonames;
  private final String feature;
  private final long population;

  /**
   * @param name its display name: GeoNames' name ("Sévaré", "Benghazi"), an English name given by
   *     the project's alias list where GeoNames writes a transliteration ("Misrata" for Mişrātah),
   *     a country's common name, or a region's name
   * @param kind what kind of place it is
   * @param country ISO 3166-1 alpha-3 of the country it is in (its own for a country), or null for
   *     a region or sea across countries
   * @param lat latitude in degrees (WGS84), or null for a place without a sensible point
   * @param lon longitude in degrees, null exactly when {@code lat} is
   * @param geonames its GeoNames id (positive), or null (countries, regions, towns added by hand)
   * @param feature the GeoNames feature code of a populated place ({@code PPLC} a capital, {@code
   *     PPLA} a first-order seat, {@code PPL} ...), or null for other kinds
   * @param population inhabitants as GeoNames gives them (0 when unknown or not a populated place)
   * @throws IllegalArgumentException if only one coordinate is given or one is out of range, the
   *     country is not three letters, the id is not positive or the population is negative
   */
  public GazetteerEntry(
      String name,
      PlaceKind kind,
      String country,
      Double lat,
      Double lon,
      Long geonames,
      String feature,
      long population) {
    this(
        name,
        kind,
        country,
        lat == null ? Double.NaN : lat,
        lon == null ? Double.NaN : lon,
        geonames == null ? 0 : geonames,
        feature,
        population);
    if ((lat == null) != (lon == null)) {
      throw new IllegalArgumentException("lat and lon come together: " + lat + ", " + lon);
    }
    if (geonames != null && geonames <= 0) {
      throw new IllegalArgumentException("a GeoNames id is positive: " + geonames);
    }
  }

  /** The loader's constructor: NaN coordinates and id 0 for none. */
  GazetteerEntry(
      String name,
      PlaceKind kind,
      String country,
      double lat,
      double lon,
      long geonames,
      String feature,
      long population) {
    this.name = Objects.requireNonNull(name, "name");
    this.kind = Objects.requireNonNull(kind, "kind");
    if (!Double.isNaN(lat) && !(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
      throw new IllegalArgumentException("coordinates out of range: " + lat + ", " + lon);
    }
    if (country != null && country.length() != 3) {
      throw new IllegalArgumentException("country must be ISO alpha-3: " + country);
    }
    if (population < 0) {
      throw new IllegalArgumentException("population cannot be negative: " + population);
    }
    this.country = country;
    this.lat = lat;
    this.lon = lon;
    this.geonames = geonames;
    this.feature = feature;
    this.population = population;
  }

  /** Its display name. */
  public String name() {
    return name;
  }

  /** What kind of place it is. */
  public PlaceKind kind() {
    return kind;
  }

  /** ISO 3166-1 alpha-3 of its country, or null for a place across countries. */
  public String country() {
    return country;
  }

  /** Latitude in degrees, or null for a place without a point. */
  public Double lat() {
    return Double.isNaN(lat) ? null : lat;
  }

  /** Longitude in degrees, or null for a place without a point. */
  public Double lon() {
    return Double.isNaN(lat) ? null : lon;
  }

  /** Its GeoNames id, or null. */
  public Long geonames() {
    return geonames == 0 ? null : geonames;
  }

  /** The GeoNames feature code of a populated place, or null. */
  public String feature() {
    return feature;
  }

  /** Inhabitants as GeoNames gives them, 0 when unknown. */
  public long population() {
    return population;
  }

  /** Whether this is a country's capital (GeoNames {@code PPLC}). */
  public boolean isCapital() {
    return "PPLC".equals(feature);
  }

  /** A copy under another display name (the alias list's English name). */
  GazetteerEntry renamed(String newName) {
    return new GazetteerEntry(newName, kind, country, lat, lon, geonames, feature, population);
  }

  @Override
  public String toString() {
    return name
        + " ("
        + kind
        + (country == null ? "" : ", " + country)
        + (geonames == 0 ? "" : ", geonames " + geonames)
        + (Double.isNaN(lat) ? "" : ", " + lat + " " + lon)
        + ")";
  }
}
