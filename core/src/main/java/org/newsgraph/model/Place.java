package org.newsgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * A place a document names, resolved to a gazetteer entry, with all its mentions in the document.
 *
 * @param name the gazetteer's name of the place ("Tripoli", "Misrata", "North Africa"), which may
 *     differ from how the text writes it ("Misurata")
 * @param country ISO 3166-1 alpha-3 code of the country the place is in (its own code for a
 *     country), or null for a place across countries ("North Africa", "the Mediterranean")
 * @param lat latitude in degrees (WGS84), or null when the place has no sensible point (a large
 *     region or sea)
 * @param lon longitude in degrees, null exactly when {@code lat} is
 * @param geonames the GeoNames id of the place, or null when it has none in the gazetteer
 *     (countries, regions and the few towns added by hand)
 * @param kind what kind of place it is
 * @param mentions where the document names it, in text order, never empty
 */
public record Place(
    String name,
    String country,
    Double lat,
    Double lon,
    Long geonames,
    PlaceKind kind,
    List<Mention> mentions) {

  /**
   * @throws IllegalArgumentException if only one of lat and lon is given, a coordinate is out of
   *     range, the country is not three letters, or there are no mentions
   */
  public Place {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    mentions = List.copyOf(mentions);
    if ((lat == null) != (lon == null)) {
      throw new IllegalArgumentException("lat and lon come together: " + lat + ", " + lon);
    }
    if (lat != null && !(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
      throw new IllegalArgumentException("coordinates out of range: " + lat + ", " + lon);
    }
    if (country != null && country.length() != 3) {
      throw new IllegalArgumentException("country must be ISO alpha-3: " + country);
    }
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("a place has at least one mention: " + name);
    }
  }

  /** Whether the place has coordinates. */
  public boolean hasPoint() {
    return lat != null;
  }
}
