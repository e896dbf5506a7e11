package org.newsgraph.store;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.extract.actor.Countries;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;

/**
 * Decides which corpus-wide actor a document's entity is: the same person, organisation or country
 * across documents becomes one actor, while different people who share a surname stay apart.
 *
 * <p>The rules, in order:
 *
 * <ul>
 *   <li>Countries and nationalities are their country: "US", "America", "United States" and
 *       "American" are one actor per ISO code.
 *   <li>Organisations with an institutional actor code (IGO…, NGO…, MNC…, e.g. NATO's) are one
 *       actor per code, whatever their name ("NATO", "North Atlantic Treaty Organization").
 *   <li>Otherwise a name already linked to an actor of the same kind links again, unless the
 *       countries differ ("John Smith" of the UK and of the US are two people).
 *   <li>A person named by a shorter form ("Le Drian") links to the one known person whose names end
 *       with it ("Jean-Yves Le Drian"), and a full name links to a person known so far only by its
 *       surname, when the names agree. Several candidates are told apart by country, then by shared
 *       titles, then by the nearest date of activity; if still tied, the mention becomes an actor
 *       of its own rather than a guess.
 * </ul>
 *
 * <p>Results depend only on the order in which documents are resolved, never on how they are
 * batched, so an interrupted and resumed ingest resolves exactly like an uninterrupted one.
 *
 * <p>Not thread-safe: one resolver per store, used by its writer.
 */
final class ActorResolver {

  /** An actor as the resolver knows it. */
  static final class Actor {
    final long id;
    String name;
    final EntityType type;
    final String country;
    final String code;
    final Set<String> aliases = new LinkedHashSet<>();
    final Set<String> titles = new LinkedHashSet<>();
    LocalDate lastSeen;

    Actor(long id, String name, EntityType type, String country, String code) {
      this.id = id;
      this.name = name;
      this.type = type;
      this.country = country;
      this.code = code;
    }
  }

  /** What resolving one document changed: actors to insert and actors renamed. */
  record Changes(List<Actor> created, List<Actor> renamed) {}

  private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private final Map<Long, Actor> actors = new HashMap<>();
  private final Map<String, Actor> byKey = new HashMap<>();
  private final Map<String, List<Actor>> byAlias = new HashMap<>();
  private final Map<String, List<Actor>> bySurname = new HashMap<>();
  private final List<Actor> created = new ArrayList<>();
  private final Set<Actor> renamed = new LinkedHashSet<>();
  private long nextId = 1;

  /** Restores an actor read from the store. */
  void restore(long id, String name, EntityType type, String country, String code) {
    Actor actor = new Actor(id, name, type, country, code);
    actors.put(id, actor);
    String key = key(type, country, code);
    if (key != null) {
      byKey.put(key, actor);
    }
    nextId = Math.max(nextId, id + 1);
  }

  /** Restores one name, title and date of activity of a restored actor. */
  void restoreMention(long id, String name, List<String> titles, LocalDate date) {
    Actor actor = actors.get(id);
    if (actor != null) {
      alias(actor, name);
      actor.titles.addAll(titles);
      seen(actor, date);
    }
  }

  /** The number of actors known. */
  int size() {
    return actors.size();
  }

  /**
   * The actor of an entity of a document published on the given date (may be null), created if none
   * matches.
   */
  long resolve(Entity entity, LocalDate date) {
    Actor actor = find(entity, date);
    if (actor == null) {
      EntityType type = kind(entity.type());
      String name = entity.name();
      if (type == EntityType.COUNTRY && entity.country() != null) {
        name = Countries.standard().byIso3(entity.country()).map(c -> c.name()).orElse(name);
      }
      actor = create(name, type, entity.country(), entity.code());
    } else if (actor.type == EntityType.PERSON && longer(entity.name(), actor.name)) {
      actor.name = entity.name();
      if (!created.contains(actor)) {
        renamed.add(actor);
      }
    }
    alias(actor, entity.name());
    actor.titles.addAll(entity.titles());
    seen(actor, date);
    return actor.id;
  }

  /**
   * The actor of an event participant that no entity names, from its actor code: the country of a
   * country-based code (FRAGOV is France), or null.
   */
  Long countryOf(String code) {
    if (code == null || code.length() < 3) {
      return null;
    }
    String iso = code.substring(0, 3);
    return Countries.standard()
        .byIso3(iso)
        .map(
            country -> {
              Actor actor = byKey.get(key(EntityType.COUNTRY, iso, null));
              return actor != null
                  ? actor
                  : create(country.name(), EntityType.COUNTRY, iso, country.cameo());
            })
        .map(actor -> actor.id)
        .orElse(null);
  }

  /** The actors created and renamed since the last call, which then starts afresh. */
  Changes drainChanges() {
    Changes changes = new Changes(List.copyOf(created), List.copyOf(renamed));
    created.clear();
    renamed.clear();
    return changes;
  }

  private Actor find(Entity entity, LocalDate date) {
    EntityType type = kind(entity.type());
    String key = key(type, entity.country(), entity.code());
    if (key != null) {
      return byKey.get(key);
    }
    String name = normalize(entity.name());
    if (name.isEmpty()) {
      return null;
    }
    List<Actor> named =
        compatible(byAlias.getOrDefault(type + ":" + name, List.of()), type, entity);
    if (!named.isEmpty()) {
      return choose(named, entity, date);
    }
    if (type != EntityType.PERSON) {
      return null;
    }
    String[] tokens = name.split(" ");
    List<Actor> related = new ArrayList<>();
    for (Actor candidate :
        compatible(bySurname.getOrDefault(tokens[tokens.length - 1], List.of()), type, entity)) {
      if (agrees(candidate, tokens)) {
        related.add(candidate);
      }
    }
    return related.isEmpty() ? null : choose(related, entity, date);
  }

  /** Whether every multi-word name of the actor and the new name are one a suffix of the other. */
  private static boolean agrees(Actor actor, String[] tokens) {
    for (String alias : actor.aliases) {
      String[] known = alias.split(" ");
      if (!suffix(known, tokens) && !suffix(tokens, known)) {
        return false;
      }
    }
    return true;
  }

  private static boolean suffix(String[] shorter, String[] longer) {
    if (shorter.length > longer.length) {
      return false;
    }
    for (int i = 1; i <= shorter.length; i++) {
      if (!shorter[shorter.length - i].equals(longer[longer.length - i])) {
        return false;
      }
    }
    return true;
  }

  private static List<Actor> compatible(List<Actor> candidates, EntityType type, Entity entity) {
    List<Actor> result = new ArrayList<>();
    for (Actor candidate : candidates) {
      if (candidate.type == type
          && (candidate.country == null
              || entity.country() == null
              || candidate.country.equals(entity.country()))) {
        result.add(candidate);
      }
    }
    return result;
  }

  /** The one candidate that fits best, or null if the evidence cannot tell them apart. */
  private static Actor choose(List<Actor> candidates, Entity entity, LocalDate date) {
    if (candidates.size() == 1) {
      return candidates.get(0);
    }
    List<Actor> best = candidates;
    if (entity.country() != null) {
      best = narrow(best, a -> entity.country().equals(a.country) ? 1 : 0);
    }
    best = narrow(best, a -> (int) entity.titles().stream().filter(a.titles::contains).count());
    if (date != null) {
      best = narrow(best, a -> a.lastSeen == null ? Integer.MIN_VALUE : -distance(a, date));
    }
    return best.size() == 1 ? best.get(0) : null;
  }

  private static int distance(Actor actor, LocalDate date) {
    return (int)
        Math.min(Integer.MAX_VALUE, Math.abs(actor.lastSeen.toEpochDay() - date.toEpochDay()));
  }

  private static List<Actor> narrow(
      List<Actor> candidates, java.util.function.ToIntFunction<Actor> score) {
    int top = Integer.MIN_VALUE;
    List<Actor> best = new ArrayList<>();
    for (Actor candidate : candidates) {
      int s = score.applyAsInt(candidate);
      if (s > top) {
        top = s;
        best.clear();
      }
      if (s == top) {
        best.add(candidate);
      }
    }
    return best;
  }

  private Actor create(String name, EntityType type, String country, String code) {
    Actor actor = new Actor(nextId++, name, type, country, code);
    actors.put(actor.id, actor);
    String key = key(type, country, code);
    if (key != null) {
      byKey.put(key, actor);
    }
    created.add(actor);
    return actor;
  }

  private void alias(Actor actor, String name) {
    String normal = normalize(name);
    if (normal.isEmpty() || !actor.aliases.add(normal)) {
      return;
    }
    byAlias.computeIfAbsent(actor.type + ":" + normal, k -> new ArrayList<>(1)).add(actor);
    if (actor.type == EntityType.PERSON) {
      String surname = normal.substring(normal.lastIndexOf(' ') + 1);
      List<Actor> list = bySurname.computeIfAbsent(surname, k -> new ArrayList<>(1));
      if (!list.contains(actor)) {
        list.add(actor);
      }
    }
  }

  private static void seen(Actor actor, LocalDate date) {
    if (date != null && (actor.lastSeen == null || date.isAfter(actor.lastSeen))) {
      actor.lastSeen = date;
    }
  }

  /** Countries and nationalities are one kind of actor: the country. */
  private static EntityType kind(EntityType type) {
    return type == EntityType.NATIONALITY ? EntityType.COUNTRY : type;
  }

  /** The identity key of actors identified by a code rather than a name, or null. */
  private static String key(EntityType type, String country, String code) {
    if (type == EntityType.COUNTRY || type == EntityType.NATIONALITY) {
      return country == null ? null : "country:" + country;
    }
    if ((type == EntityType.ORGANIZATION || type == EntityType.GROUP) && institutional(code)) {
      return "code:" + code;
    }
    return null;
  }

  /** Whether an actor code names one institution rather than a country's sector (FRAGOV). */
  private static boolean institutional(String code) {
    return code != null
        && code.length() >= 6
        && (code.startsWith("IGO") || code.startsWith("NGO") || code.startsWith("MNC"));
  }

  private static boolean longer(String candidate, String current) {
    return normalize(candidate).split(" ").length > normalize(current).split(" ").length;
  }

  /**
   * Lower case, accents and punctuation away, single spaces: "Jean-Yves Le Drian" → "jean yves le
   * drian".
   */
  static String normalize(String name) {
    String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
    return NOT_LETTERS.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  /** The actor with the given id, for the store's writer. */
  Actor actor(long id) {
    return Objects.requireNonNull(actors.get(id), "no actor " + id);
  }
}
