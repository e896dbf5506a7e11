package org.newsgraph.extract.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Place;

/**
 * The place stage's front door: resolves the document's place entities to gazetteer entries, with
 * country, coordinates and GeoNames id, and tells which place each sentence names.
 *
 * <p>What it needs from the stages before: the entity stage's entities ({@link
 * org.newsgraph.extract.entity.EntityExtractor}); those of type COUNTRY, CITY and LOCATION are the
 * place candidates, NATIONALITY entities count as context. From the annotate stage only the
 * sentences' offsets (to map mentions to sentences).
 *
 * <p>How it decides, in order:
 *
 * <ol>
 *   <li>Context: each COUNTRY entity adds its number of mentions to its country, each NATIONALITY
 *       entity half of its number. A mention that is also a city's ("Moscow sent" is a mention of
 *       both Moscow and Russia) counts for the city only.
 *   <li>First pass: every candidate is resolved by {@link PlaceResolver} against that context (its
 *       own mentions taken out of it): by name, with the entity stage's country of a COUNTRY entity
 *       as a candidate too.
 *   <li>Second pass: the context is rebuilt from the first pass's places (each adds its mentions to
 *       its country; nationalities as before), so that the towns of a story lend their country to
 *       each other ("Tripoli" beside "Benghazi" and "Sirte" is the Libyan one even where Libya is
 *       never named), and every candidate is resolved again.
 *   <li>Entities resolved to the same place are one place with all their mentions ("Misrata" and
 *       "Misurata"). A candidate the gazetteer does not know ("White House") is left out.
 * </ol>
 *
 * <p>A CITY or LOCATION entity whose CAMEO code names an institution ("White House" is USAGOV) is
 * that institution, not a place, even where a town bears its name.
 *
 * <p>A mention of a COUNTRY entity that names another place is resolved on its own ("Leipzig",
 * which the entity stage may merge into Germany's entity, is the city), and a mention with a
 * currency sign ("US$") is no place.
 *
 * <p>A COUNTRY entity whose every mention is also a city's is the city speaking for its government
 * (the entity stage's choice): it gives no place of its own.
 *
 * <p>Cost: a few hash lookups per entity, linear in the entities and their mentions. Thread-safe:
 * an instance holds only the immutable gazetteer; each call works on its own state. Lenient about
 * content: an entity with odd offsets is simply not mapped to a sentence.
 */
public final class PlaceExtractor {

  private static final double NATIONALITY_WEIGHT = 0.5;

  private final PlaceResolver resolver;

  /**
   * An extractor over the bundled gazetteer.
   *
   * @throws IllegalStateException when a bundled resource is missing (a broken build)
   */
  public PlaceExtractor() {
    this(Gazetteer.standard());
  }

  /** An extractor over the given gazetteer. */
  PlaceExtractor(Gazetteer gazetteer) {
    this.resolver = new PlaceResolver(gazetteer);
  }

  /**
   * The places of a document, in order of first mention.
   *
   * @throws NullPointerException if an argument is null
   */
  public List<Place> extract(AnnotatedDocument document, List<Entity> entities) {
    return locate(document, entities).places();
  }

  /**
   * The places of a document and the place each sentence names.
   *
   * @throws NullPointerException if an argument is null
   */
  public DocumentPlaces locate(AnnotatedDocument document, List<Entity> entities) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(entities, "entities");
    List<Candidate> candidates = candidates(entities);

    CountryContext nationalities = new CountryContext();
    for (Entity e : entities) {
      if (e.type() == EntityType.NATIONALITY) {
        nationalities.add(e.country(), NATIONALITY_WEIGHT * e.mentions().size());
      }
    }
    CountryContext first = new CountryContext();
    first.addAll(nationalities);
    for (Candidate c : candidates) {
      if (c.type == EntityType.COUNTRY) {
        c.own = contribution(c.country, c.mentions.size());
        first.addAll(c.own);
      }
    }
    for (Candidate c : candidates) {
      c.place = resolve(c, first);
    }

    CountryContext second = new CountryContext();
    second.addAll(nationalities);
    for (Candidate c : candidates) {
      c.own = contribution(c.place == null ? null : c.place.country(), c.mentions.size());
      second.addAll(c.own);
    }
    for (Candidate c : candidates) {
      c.place = resolve(c, second);
    }

    return new DocumentPlaces(merge(candidates), document.sentences());
  }

  private GazetteerEntry resolve(Candidate c, CountryContext context) {
    GazetteerEntry country =
        c.type == EntityType.COUNTRY ? resolver.gazetteer().country(c.country).orElse(null) : null;
    GazetteerEntry found = resolver.resolve(c.name, country, context, c.own);
    if (found == null && country == null) {
      for (Mention m : c.mentions) {
        if (!m.text().equals(c.name)) {
          found = resolver.resolve(m.text(), null, context, c.own);
          if (found != null) {
            break;
          }
        }
      }
    }
    return found;
  }

  private static CountryContext contribution(String iso3, int mentions) {
    CountryContext own = new CountryContext();
    own.add(iso3, mentions);
    return own;
  }

  /**
   * The place entities, with their mentions: a country's mentions that a city also has are left to
   * the city, and a mention of a country's entity that names another place ("Leipzig" merged into
   * Germany's entity) is a candidate of its own. Mentions with a currency sign ("US$") are no
   * places.
   */
  private List<Candidate> candidates(List<Entity> entities) {
    Set<Long> citySpans = new HashSet<>();
    for (Entity e : entities) {
      if (e.type() == EntityType.CITY || e.type() == EntityType.LOCATION) {
        for (Mention m : e.mentions()) {
          citySpans.add(span(m));
        }
      }
    }
    Gazetteer gazetteer = resolver.gazetteer();
    List<Candidate> out = new ArrayList<>();
    for (Entity e : entities) {
      switch (e.type()) {
        case CITY, LOCATION -> {
          List<Mention> own = withoutMoney(e.mentions());
          if ((e.code() == null || e.code().length() <= 3) && !own.isEmpty()) {
            out.add(new Candidate(e.name(), e.type(), e.country(), own));
          }
        }
        case COUNTRY -> {
          GazetteerEntry self = gazetteer.country(e.country()).orElse(null);
          List<Mention> own = new ArrayList<>();
          Map<String, List<Mention>> others = new LinkedHashMap<>();
          for (Mention m : withoutMoney(e.mentions())) {
            if (citySpans.contains(span(m))) {
              continue;
            }
            List<GazetteerEntry> named = gazetteer.lookup(m.text());
            if (self == null || named.isEmpty() || named.contains(self)) {
              own.add(m);
            } else {
              others.computeIfAbsent(m.text(), k -> new ArrayList<>()).add(m);
            }
          }
          if (!own.isEmpty()) {
            out.add(new Candidate(e.name(), EntityType.COUNTRY, e.country(), own));
          }
          others.forEach(
              (text, mentions) ->
                  out.add(new Candidate(text, EntityType.LOCATION, null, mentions)));
        }
        default -> {}
      }
    }
    return out;
  }

  private static List<Mention> withoutMoney(List<Mention> mentions) {
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      if (!hasCurrencySign(m.text())) {
        out.add(m);
      }
    }
    return out;
  }

  private static boolean hasCurrencySign(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.getType(s.charAt(i)) == Character.CURRENCY_SYMBOL) {
        return true;
      }
    }
    return false;
  }

  private static long span(Mention m) {
    return ((long) m.start() << 32) | m.end();
  }

  /** One place per gazetteer entry, mentions merged, in order of first mention. */
  private static List<Place> merge(List<Candidate> candidates) {
    Map<GazetteerEntry, List<Mention>> byEntry = new IdentityHashMap<>();
    for (Candidate c : candidates) {
      if (c.place != null) {
        byEntry.computeIfAbsent(c.place, k -> new ArrayList<>()).addAll(c.mentions);
      }
    }
    Map<Long, Mention> unique = new LinkedHashMap<>();
    List<Place> places = new ArrayList<>(byEntry.size());
    for (Map.Entry<GazetteerEntry, List<Mention>> entry : byEntry.entrySet()) {
      unique.clear();
      for (Mention m : entry.getValue()) {
        unique.putIfAbsent(span(m), m);
      }
      List<Mention> mentions = new ArrayList<>(unique.values());
      mentions.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
      GazetteerEntry g = entry.getKey();
      places.add(
          new Place(g.name(), g.country(), g.lat(), g.lon(), g.geonames(), g.kind(), mentions));
    }
    places.sort(Comparator.comparingInt(p -> p.mentions().get(0).start()));
    return places;
  }

  /** A place name being resolved, with the mentions it stands for. */
  private static final class Candidate {
    final String name;
    final EntityType type;
    final String country;
    final List<Mention> mentions;
    CountryContext own = new CountryContext();
    GazetteerEntry place;

    Candidate(String name, EntityType type, String country, List<Mention> mentions) {
      this.name = name;
      this.type = type;
      this.country = country;
      this.mentions = mentions;
    }
  }
}
