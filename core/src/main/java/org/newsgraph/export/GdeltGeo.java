package org.newsgraph.export;

import java.util.List;
import java.util.Objects;
import org.newsgraph.extract.actor.Countries;
import org.newsgraph.extract.actor.Country;
import org.newsgraph.model.EventPlace;
import org.newsgraph.model.Place;
import org.newsgraph.model.PlaceKind;

/**
 * A place as the GDELT tables write it: the geography columns of the event table and the location
 * blocks of the GKG.
 *
 * <p>Two departures from GDELT, for want of the data: the country code is our ISO 3166-1 alpha-3
 * code, not GDELT's FIPS 10-4 code, and there are no ADM1 or ADM2 codes. The feature id is the
 * GeoNames id where the gazetteer has one (GDELT uses GNS and GNIS ids), and the country code for a
 * country, as GDELT does.
 *
 * @param type the GDELT geographic type: 1 country, 2 US state, 3 US city, 4 world city, 5 world
 *     state (a region within a country); null for a place GDELT has no type for (a region across
 *     countries, a sea)
 * @param fullName the name, followed by its country's name unless it is the country
 * @param country ISO 3166-1 alpha-3, or null
 * @param lat latitude, or null
 * @param lon longitude, or null
 * @param featureId the GeoNames id or the country code, or null
 */
record GdeltGeo(
    Integer type, String fullName, String country, Double lat, Double lon, String featureId) {

  private static final String USA = "USA";

  GdeltGeo {
    Objects.requireNonNull(fullName, "fullName");
  }

  /** A place of the place stage. */
  static GdeltGeo of(Place place) {
    Integer type =
        switch (place.kind()) {
          case COUNTRY -> 1;
          case CITY -> USA.equals(place.country()) ? 3 : 4;
          case REGION -> place.country() == null ? null : USA.equals(place.country()) ? 2 : 5;
          case WATER -> null;
        };
    String featureId =
        place.geonames() != null
            ? place.geonames().toString()
            : place.kind() == PlaceKind.COUNTRY ? place.country() : null;
    return new GdeltGeo(
        type,
        fullName(place.name(), place.country(), type),
        place.country(),
        place.lat(),
        place.lon(),
        featureId);
  }

  /**
   * The place of an event, told by the record's place of the same name and country when there is
   * one, else by its own fields: a country when it bears its country's name, else a city when it
   * has coordinates.
   */
  static GdeltGeo of(EventPlace place, List<Place> places) {
    for (Place candidate : places) {
      if (candidate.name().equals(place.name())
          && Objects.equals(candidate.country(), place.country())) {
        return of(candidate);
      }
    }
    String countryName = countryName(place.country());
    Integer type;
    if (countryName != null && countryName.equalsIgnoreCase(place.name())) {
      type = 1;
    } else if (place.lat() != null && place.country() != null) {
      type = USA.equals(place.country()) ? 3 : 4;
    } else {
      type = null;
    }
    return new GdeltGeo(
        type,
        fullName(place.name(), place.country(), type),
        place.country(),
        place.lat(),
        place.lon(),
        type != null && type == 1 ? place.country() : null);
  }

  private static String fullName(String name, String country, Integer type) {
    String countryName = countryName(country);
    if (countryName == null || (type != null && type == 1) || countryName.equals(name)) {
      return name;
    }
    return name + ", " + countryName;
  }

  private static String countryName(String iso3) {
    return Countries.standard().byIso3(iso3).map(Country::name).orElse(null);
  }

  /** Whether GDELT has a type for this place, which a GKG location block needs. */
  boolean typed() {
    return type != null;
  }
}
