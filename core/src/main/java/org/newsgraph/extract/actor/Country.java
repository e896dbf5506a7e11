package org.newsgraph.extract.actor;

import java.util.Objects;

/**
 * A country or territory of the ISO 3166-1 list, from the {@code world-countries} data set.
 *
 * @param iso3 ISO 3166-1 alpha-3 code, e.g. {@code FRA} (Kosovo, which has none, is {@code UNK}, as
 *     in world-countries)
 * @param name the common English name, e.g. "France"
 * @param cameo the CAMEO code the Phoenix dictionaries give it: the alpha-3 code for most states,
 *     but {@code KSV} for Kosovo, {@code TMP} for Timor-Leste, and parent plus territory for
 *     dependencies ({@code USAPRI} for Puerto Rico, {@code FRAGUF} for French Guiana)
 * @param lat latitude of a representative point (world-countries {@code latlng}), for maps
 * @param lon longitude of that point
 * @param capital the (first) capital, or null for a territory without one
 * @param iso2 ISO 3166-1 alpha-2 code, e.g. {@code FR} (as gazetteers such as GeoNames use)
 * @param demonym the English adjective or demonym, e.g. "French", or null
 */
public record Country(
    String iso3,
    String name,
    String cameo,
    double lat,
    double lon,
    String capital,
    String iso2,
    String demonym) {

  public Country {
    Objects.requireNonNull(iso3, "iso3");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(cameo, "cameo");
    Objects.requireNonNull(iso2, "iso2");
    if (iso3.length() != 3) {
      throw new IllegalArgumentException("iso3 must have 3 letters: " + iso3);
    }
  }
}
