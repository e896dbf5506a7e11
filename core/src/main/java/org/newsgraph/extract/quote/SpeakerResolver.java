package org.newsgraph.extract.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.actor.Countries;
import org.newsgraph.extract.actor.Country;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;

/**
 * Turns the phrase that attributes a quote into a speaker: a named entity, or the entity a pronoun
 * or a description refers back to, or an unnamed source kept as its description.
 *
 * <p>The rules, in order:
 *
 * <ol>
 *   <li>An entity mention covering the phrase's head (or its appositive's head) names the speaker
 *       ("Defense Minister Jean-Yves Le Drian", "the White House").
 *   <li>A pronoun refers to the most recent compatible antecedent outside quotation marks: for
 *       he/she a person whose gender (from a given name or a gendered title) does not contradict
 *       it, or an unnamed person source that spoke before ("a Turkish official"); for it an
 *       organisation, group or country; for they an organisation or group, or an unnamed plural
 *       source.
 *   <li>A definite description headed by a person role ("the minister", "the Secretary General")
 *       refers to the most recent person given that role word (in its titles, the words before a
 *       mention, or an apposition) or to the most recent unnamed source with the same head; a
 *       generic head ("the official", "the top French official") fits any person holding a role. A
 *       nationality in the description must match the person's country when both are known. A
 *       source described as anonymous ("on condition of anonymity") is never resolved to a name. A
 *       description headed by an organisation word ("the rights group") refers to the organisation
 *       that spoke last, if one spoke within a few paragraphs.
 *   <li>A proper name with no entity mention is matched to an entity by its last word ("Fabius").
 *   <li>Anything else is an unnamed source: kept as its words, with no entity.
 * </ol>
 *
 * <p>Antecedents are looked for at most {@link #REACH} characters and {@link #STEPS} candidates
 * back, so each call costs bounded time. Calls must come in text order: each resolved speaker
 * becomes a candidate for later pronouns and descriptions. One instance per document; not
 * thread-safe.
 */
final class SpeakerResolver {

  /** How far back, in characters, an antecedent may be. */
  static final int REACH = 4000;

  /** How many candidate mentions are looked at, at most, for one antecedent. */
  static final int STEPS = 80;

  /** How a speaker was named. */
  enum Kind {
    NAME,
    PRONOUN,
    DESCRIPTION,
    UNNAMED
  }

  /**
   * A resolved speaker.
   *
   * @param name the entity's name, the antecedent's words, or the phrase's own words
   * @param entity the entity, or null
   * @param mention the span that attributes the quote
   * @param kind how the phrase named the speaker
   * @param resolved false for a pronoun or description whose antecedent was not found
   * @param plural whether the phrase is plural ("officials")
   * @param head the phrase's head word, lower case
   */
  record Speaker(
      String name,
      Entity entity,
      Mention mention,
      Kind kind,
      boolean resolved,
      boolean plural,
      String head) {
    String entityId() {
      return entity == null ? null : entity.id();
    }
  }

  private record Spot(int start, int end, Entity entity) {}

  private final TextTokens t;
  private final CueLexicon lexicon;
  private final Spot[] spots;
  private final Map<String, Entity> byLastWord = new HashMap<>();
  private final Map<Entity, Set<String>> roles = new IdentityHashMap<>();
  private final Map<Entity, CueLexicon.Gender> genders = new IdentityHashMap<>();
  private final List<Speaker> history = new ArrayList<>();

  SpeakerResolver(TextTokens t, List<Entity> entities, CueLexicon lexicon) {
    this.t = t;
    this.lexicon = lexicon;
    List<Spot> all = new ArrayList<>();
    int length = t.text.length();
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        if (m.end() <= length && m.end() > m.start()) {
          all.add(new Spot(m.start(), m.end(), e));
          String[] words = m.text().trim().split("\\s+");
          String last = words[words.length - 1].toLowerCase(Locale.ROOT);
          // A person's last word is their surname; prefer persons over other kinds of entity.
          Entity before = byLastWord.get(last);
          if (before == null
              || (before.type() != EntityType.PERSON && e.type() == EntityType.PERSON)) {
            byLastWord.put(last, e);
          }
        }
      }
    }
    all.sort(Comparator.comparingInt(Spot::start));
    spots = all.toArray(new Spot[0]);
  }

  /** The speaker the phrase names; {@code anonymous} when its sentence says it is unnamed. */
  Speaker resolve(Phrase np, boolean anonymous) {
    Speaker s = resolveOnly(np, anonymous);
    history.add(s);
    return s;
  }

  private Speaker resolveOnly(Phrase np, boolean anonymous) {
    int head = np.head();
    String headWord = t.lower(head);
    boolean plural = t.pos(head).equals("NNS") || t.pos(head).equals("NNPS");
    Mention span = mention(np.first(), np.end());
    if (np.first() + 1 == np.end() && t.pos(head).startsWith("PRP")) {
      return pronoun(head, headWord);
    }
    Spot named = covering(t.start(head), t.end(head));
    if (np.appositive() != null && (named == null || named.entity().type() != EntityType.PERSON)) {
      // "The Senate Minority Leader, Chuck Schumer, said": the person named beside a role.
      Spot beside = covering(t.start(np.appositive().head()), t.end(np.appositive().head()));
      if (beside != null && (named == null || beside.entity().type() == EntityType.PERSON)) {
        named = beside;
      }
    }
    if ((named == null || named.entity().type() != EntityType.PERSON)
        && Character.isUpperCase(t.get(head).text().charAt(0))
        && lexicon.personRole(headWord)) {
      // "Mayor of Koszalin Piotr Jedlinski said", "US Secretary of State Mike Pompeo said": a
      // capitalised title, the person's name last.
      Spot last = covering(t.start(np.end() - 1), t.end(np.end() - 1));
      if (last != null && last.entity().type() == EntityType.PERSON) {
        named = last;
      }
    }
    if (named != null) {
      return new Speaker(
          named.entity().name(),
          named.entity(),
          new Mention(named.start(), named.end(), t.text.substring(named.start(), named.end())),
          Kind.NAME,
          true,
          plural,
          headWord);
    }
    String first = t.lower(np.first());
    boolean definite = first.equals("the") || first.equals("this") || first.equals("that");
    if (definite
        && !plural
        && (lexicon.personRole(headWord) || lexicon.organizationRole(headWord))) {
      return description(np, headWord, span, anonymous);
    }
    if (t.pos(head).startsWith("NNP") && !definite && !anonymous) {
      int from = head;
      while (from > np.first() && t.pos(from - 1).startsWith("NNP")) {
        from--;
      }
      Mention name = mention(from, head + 1);
      Entity e = byLastWord.get(headWord);
      if (e != null) {
        return new Speaker(e.name(), e, name, Kind.NAME, true, plural, headWord);
      }
      return new Speaker(name.text(), null, name, Kind.NAME, true, plural, headWord);
    }
    return new Speaker(span.text(), null, span, Kind.UNNAMED, true, plural, headWord);
  }

  private Speaker pronoun(int i, String word) {
    Mention span = mention(i, i + 1);
    boolean person = word.equals("he") || word.equals("she");
    boolean plural = word.equals("they");
    if (!person && !plural && !word.equals("it")) {
      return new Speaker(span.text(), null, span, Kind.PRONOUN, false, false, word);
    }
    CueLexicon.Gender gender =
        word.equals("he")
            ? CueLexicon.Gender.MALE
            : word.equals("she") ? CueLexicon.Gender.FEMALE : CueLexicon.Gender.UNKNOWN;
    Object found =
        backwards(
            span.start(),
            spot -> {
              EntityType type = spot.entity().type();
              if (person) {
                return type == EntityType.PERSON && compatible(gender(spot.entity()), gender);
              }
              return type == EntityType.ORGANIZATION
                  || type == EntityType.GROUP
                  || (!plural && type == EntityType.COUNTRY);
            },
            earlier -> {
              if (earlier.entity() != null || earlier.kind() == Kind.PRONOUN) {
                return false; // named speakers are found through their mentions
              }
              if (plural) {
                return earlier.plural();
              }
              if (earlier.plural()) {
                return false;
              }
              boolean org = lexicon.organizationRole(earlier.head());
              return person
                  ? !org && compatible(lexicon.genderOfWord(earlier.head()), gender)
                  : org;
            });
    return antecedent(found, span, Kind.PRONOUN, span.text(), plural, word);
  }

  private Speaker description(Phrase np, String head, Mention span, boolean anonymous) {
    Object found;
    if (lexicon.personRole(head)) {
      Set<String> countries = nationalities(np);
      boolean generic = lexicon.genericRole(head);
      found =
          backwards(
              span.start(),
              spot -> {
                Entity e = spot.entity();
                if (anonymous || e.type() != EntityType.PERSON) {
                  return false;
                }
                if (!countries.isEmpty()
                    && e.country() != null
                    && !countries.contains(e.country())) {
                  return false;
                }
                Set<String> r = roles(e);
                return r.contains(head) || (generic && !r.isEmpty());
              },
              earlier ->
                  earlier.entity() == null
                      && earlier.resolved()
                      && !earlier.plural()
                      && earlier.head().equals(head));
    } else {
      // An unnamed source with the same head word ("the army" after "the army said"), else the
      // organisation that spoke last, if it spoke just before.
      found = null;
      for (int i = history.size() - 1; i >= 0; i--) {
        Speaker earlier = history.get(i);
        int distance = span.start() - earlier.mention().start();
        if (distance > REACH) {
          break;
        }
        if (earlier.entity() == null && earlier.head().equals(head) && !earlier.plural()) {
          found = earlier.resolved() ? earlier : null;
          break;
        }
        if (earlier.entity() != null && sameOrPreviousSentence(earlier.mention(), span)) {
          EntityType type = earlier.entity().type();
          if (type == EntityType.ORGANIZATION || type == EntityType.GROUP) {
            found = earlier;
            break;
          }
        }
      }
    }
    return antecedent(found, span, Kind.DESCRIPTION, span.text(), false, head);
  }

  /** Whether the earlier mention is in the sentence of the later one or in the sentence before. */
  private boolean sameOrPreviousSentence(Mention earlier, Mention later) {
    int e = t.firstAtOrAfter(earlier.start());
    int l = t.firstAtOrAfter(later.start());
    if (e >= t.size() || l >= t.size()) {
      return false;
    }
    int sentence = t.sentenceFirst(l);
    int previous = sentence > 0 ? t.sentenceFirst(sentence - 1) : sentence;
    return t.sentenceFirst(e) == sentence || t.sentenceFirst(e) == previous;
  }

  private Speaker antecedent(
      Object found, Mention span, Kind kind, String words, boolean plural, String head) {
    if (found instanceof Spot spot) {
      return new Speaker(spot.entity().name(), spot.entity(), span, kind, true, plural, head);
    }
    if (found instanceof Speaker earlier) {
      return new Speaker(earlier.name(), earlier.entity(), span, kind, true, plural, head);
    }
    return new Speaker(words, null, span, kind, false, plural, head);
  }

  /**
   * Walks back from a position over entity mentions (outside quotes) and earlier speakers together,
   * most recent first; returns the first accepted Spot or Speaker, or null.
   */
  private Object backwards(
      int position,
      java.util.function.Predicate<Spot> spotOk,
      java.util.function.Predicate<Speaker> speakerOk) {
    int s = lastSpotBefore(position);
    int h = history.size() - 1;
    while (h >= 0 && history.get(h).mention().start() >= position) {
      h--;
    }
    for (int steps = 0; steps < STEPS && (s >= 0 || h >= 0); steps++) {
      int spotAt = s >= 0 ? spots[s].start() : -1;
      int speakerAt = h >= 0 ? history.get(h).mention().start() : -1;
      if (Math.max(spotAt, speakerAt) < position - REACH) {
        return null;
      }
      if (spotAt >= speakerAt) {
        Spot spot = spots[s--];
        if (!insideQuote(spot) && spotOk.test(spot)) {
          return spot;
        }
      } else {
        Speaker earlier = history.get(h--);
        if (speakerOk.test(earlier)) {
          return earlier;
        }
      }
    }
    return null;
  }

  /** The last spot starting before the position and ending at or before it; -1 when none. */
  private int lastSpotBefore(int position) {
    int i = lastStartingBefore(position);
    while (i >= 0 && spots[i].end() > position) {
      i--;
    }
    return i;
  }

  /** The last spot starting before the position; -1 when none. */
  private int lastStartingBefore(int position) {
    int lo = 0;
    int hi = spots.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (spots[mid].start() < position) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo - 1;
  }

  /** A mention covering the span, or null. */
  private Spot covering(int start, int end) {
    for (int i = lastStartingBefore(start + 1), steps = 0; i >= 0 && steps < 8; i--, steps++) {
      if (spots[i].end() >= end) {
        return spots[i];
      }
    }
    return null;
  }

  private boolean insideQuote(Spot spot) {
    int i = t.firstAtOrAfter(spot.start());
    return i < t.size() && t.quoted(i) && t.start(i) < spot.end();
  }

  private Mention mention(int first, int end) {
    int s = t.start(first);
    int e = t.end(end - 1);
    return new Mention(s, e, t.text.substring(s, e));
  }

  private static boolean compatible(CueLexicon.Gender a, CueLexicon.Gender b) {
    return a == CueLexicon.Gender.UNKNOWN || b == CueLexicon.Gender.UNKNOWN || a == b;
  }

  /** The countries named by demonyms in the phrase before its head ("the top French official"). */
  private Set<String> nationalities(Phrase np) {
    Set<String> out = new HashSet<>();
    for (int i = np.first(); i < np.head(); i++) {
      String w = t.get(i).text();
      if (Character.isUpperCase(w.charAt(0))) {
        Countries.standard().byDemonym(w).map(Country::iso3).ifPresent(out::add);
      }
    }
    return out;
  }

  private CueLexicon.Gender gender(Entity e) {
    return genders.computeIfAbsent(
        e,
        entity -> {
          String[] words = entity.name().trim().toLowerCase(Locale.ROOT).split("[\\s]+");
          CueLexicon.Gender g = lexicon.genderOfName(words[0]);
          if (g != CueLexicon.Gender.UNKNOWN) {
            return g;
          }
          for (String role : roles(entity)) {
            CueLexicon.Gender r = lexicon.genderOfWord(role);
            if (r != CueLexicon.Gender.UNKNOWN) {
              return r;
            }
          }
          return CueLexicon.Gender.UNKNOWN;
        });
  }

  /**
   * The role words of an entity: the words of its titles, up to four title-like words before each
   * of its mentions (across one comma: "his Russian counterpart, Sergei Lavrov"), and the words of
   * an apposition after one (", a leader of ...").
   */
  private Set<String> roles(Entity e) {
    Set<String> known = roles.get(e);
    if (known != null) {
      return known;
    }
    Set<String> words = new HashSet<>();
    for (String title : e.titles()) {
      words.addAll(Arrays.asList(title.toLowerCase(Locale.ROOT).split("[\\s-]+")));
    }
    for (Mention m : e.mentions()) {
      int i = t.firstAtOrAfter(m.start());
      if (i >= t.size() || t.start(i) != m.start()) {
        continue;
      }
      int lo = t.sentenceFirst(i);
      int k = i - 1;
      if (k >= lo && t.lower(k).equals(",")) {
        k--;
      }
      for (int n = 0; n < 4 && k >= lo && titleLike(k); n++, k--) {
        words.add(t.lower(k));
      }
      int after = t.firstAtOrAfter(m.end());
      int hi = after < t.size() ? t.sentenceEnd(after) : after;
      if (after + 1 < hi && t.lower(after).equals(",") && t.pos(after + 1).equals("DT")) {
        for (int j = after + 2; j < hi && j < after + 8 && titleLike(j); j++) {
          words.add(t.lower(j));
        }
      }
    }
    roles.put(e, words);
    return words;
  }

  private boolean titleLike(int i) {
    String p = t.pos(i);
    return (p.startsWith("NN") || p.startsWith("JJ")) && !t.quoted(i);
  }
}
