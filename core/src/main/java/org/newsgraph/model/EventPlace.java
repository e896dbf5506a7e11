package org.newsgraph.model;

import java.util.Objects;

/**
 * Where an event happened or a quote was said, as the record writes it: the place stage's place in
 * short.
 *
 * @param name the place's name
 * @param country ISO 3166-1 alpha-3 of its country, or null
 * @param lat latitude, or null when unknown
 * @param lon longitude, or null when unknown
 */
public record EventPlace(String name, String country, Double lat, Double lon) {
  public EventPlace {
    Objects.requireNonNull(name, "name");
  }

  /** A place of the place stage in short, or null for none. */
  public static EventPlace of(Place place) {
    return place == null
        ? null
        : new EventPlace(place.name(), place.country(), place.lat(), place.lon());
  }
}
