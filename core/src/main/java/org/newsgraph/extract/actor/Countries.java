package org.newsgraph.extract.actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The country table: ISO 3166-1 codes, names and alternative spellings, demonyms ("French",
 * "Libyan"), capitals ("Moscow" is Russia, so "Moscow sent" can be read as Russia's government),
 * the CAMEO code and a representative point of each of the 250 countries and territories of the
 * {@code world-countries} data set (ODbL 1.0), converted once by {@code tools/countries/} into
 * {@code countries.tsv} beside this class.
 *
 * <p>Lookups by name, demonym and capital ignore case, accents and punctuation variants ("Côte
 * d'Ivoire", "Cote dIvoire"; "Sana'a", "Sanaa"), except that a short alias written in capitals in
 * the data ("UK", "US", "UAE", "DRC") matches only a query without lower-case letters, so that the
 * word "us" is not the United States. When two countries share a key ("Dutch", "Indian",
 * "Congolese"), independent states come first, then larger ones. Demonyms also match their plural
 * ("Libyans").
 *
 * <p>Load once: {@link #standard()} reads the table on first use and keeps one instance per
 * process. Immutable and thread-safe.
 */
public final class Countries {

  /** Loaded on first use; a failed load is retried on the next call. */
  private static volatile Countries standard;

  private static final String RESOURCE = "countries.tsv";
  private static final int COLUMNS = 10;

  private final List<Country> all;
  private final Map<String, Country> byIso3 = new HashMap<>();
  private final Map<String, Country> byIso2 = new HashMap<>();
  private final Map<String, Country> byCameo = new HashMap<>();
  private final Map<String, Country> names = new HashMap<>();
  private final Map<String, Country> acronyms = new HashMap<>();
  private final Map<String, Country> demonyms = new HashMap<>();
  private final Map<String, Country> capitals = new HashMap<>();

  private Countries(BufferedReader reader) throws IOException {
    List<Country> rows = new ArrayList<>();
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != COLUMNS) {
        throw new IllegalStateException(
            RESOURCE + ":" + number + ": expected " + COLUMNS + " columns: " + line);
      }
      String[] capitalList = list(f[7]);
      String[] demonymList = list(f[8]);
      Country c =
          new Country(
              f[0],
              f[3],
              f[2],
              Double.parseDouble(f[5]),
              Double.parseDouble(f[6]),
              capitalList.length == 0 ? null : capitalList[0],
              f[1],
              demonymList.length == 0 ? null : demonymList[0]);
      rows.add(c);
      byIso3.putIfAbsent(c.iso3(), c);
      byIso2.putIfAbsent(c.iso2(), c);
      byCameo.putIfAbsent(c.cameo(), c);
      putName(f[3], c);
      putName(f[4], c);
      for (String alias : list(f[9])) {
        putName(alias, c);
      }
      for (String d : demonymList) {
        demonyms.putIfAbsent(key(d), c);
      }
      for (String capital : capitalList) {
        capitals.putIfAbsent(key(capital), c);
      }
    }
    this.all = List.copyOf(rows);
  }

  /**
   * The bundled table, loaded on first call and shared afterwards.
   *
   * @throws IllegalStateException when the table is missing or malformed (a broken build)
   */
  public static Countries standard() {
    Countries loaded = standard;
    if (loaded == null) {
      synchronized (Countries.class) {
        loaded = standard;
        if (loaded == null) {
          loaded = load();
          standard = loaded;
        }
      }
    }
    return loaded;
  }

  private static Countries load() {
    InputStream in = Countries.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("bundled country table missing: " + RESOURCE);
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return new Countries(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** All countries and territories, independent states first. */
  public List<Country> all() {
    return all;
  }

  /** By ISO 3166-1 alpha-3 code, any case ("fra", "FRA"). */
  public Optional<Country> byIso3(String code) {
    return code == null ? Optional.empty() : get(byIso3, code.strip().toUpperCase(Locale.ROOT));
  }

  /** By ISO 3166-1 alpha-2 code, any case ("fr", "FR"). */
  public Optional<Country> byIso2(String code) {
    return code == null ? Optional.empty() : get(byIso2, code.strip().toUpperCase(Locale.ROOT));
  }

  /**
   * By CAMEO actor code: the country whose own code it is ({@code KSV}, {@code USAPRI}), else the
   * country of its first three letters ({@code FRAGOV} is France). Regional and organisational
   * codes ({@code IGOUNO}, {@code AFR}) give empty.
   */
  public Optional<Country> byCameo(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String c = code.strip().toUpperCase(Locale.ROOT);
    Country exact = byCameo.get(c);
    if (exact != null || c.length() <= 3) {
      return Optional.ofNullable(exact);
    }
    return get(byCameo, c.substring(0, 3));
  }

  /** By name: common or official name or an alternative spelling ("France", "UK", "Burma"). */
  public Optional<Country> byName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String k = key(name);
    if (!hasLowerCase(name)) {
      Country c = acronyms.get(k);
      if (c != null) {
        return Optional.of(c);
      }
    }
    return get(names, k);
  }

  /** By demonym or adjective, singular or plural: "French", "Libyan", "Libyans", "Malian". */
  public Optional<Country> byDemonym(String demonym) {
    if (demonym == null) {
      return Optional.empty();
    }
    String k = key(demonym);
    Country c = demonyms.get(k);
    if (c == null && k.length() > 3 && k.endsWith("S")) {
      c = demonyms.get(k.substring(0, k.length() - 1));
    }
    return Optional.ofNullable(c);
  }

  /** By capital: "Moscow" is Russia, "Ankara" Turkey, "Tripoli" Libya. */
  public Optional<Country> byCapital(String capital) {
    return capital == null ? Optional.empty() : get(capitals, key(capital));
  }

  private void putName(String name, Country c) {
    String k = key(name);
    if (k.isEmpty()) {
      return;
    }
    boolean acronym = k.replace(" ", "").length() <= 3 && !hasLowerCase(name);
    (acronym ? acronyms : names).putIfAbsent(k, c);
  }

  private static Optional<Country> get(Map<String, Country> map, String key) {
    return Optional.ofNullable(map.get(key));
  }

  /** The lookup key of a name: its {@link Words} joined by blanks. */
  static String key(String s) {
    List<String> words = new ArrayList<>(4);
    Words.split(s, words);
    return String.join(" ", words);
  }

  private static String[] list(String field) {
    return field.isEmpty() ? new String[0] : field.split("\\|");
  }

  private static boolean hasLowerCase(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLowerCase(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
