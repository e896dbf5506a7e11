package org.newsgraph.extract.place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.extract.actor.Countries;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Place;
import org.newsgraph.model.PlaceKind;

/**
 * The places of one document and, for each sentence, the place it names: what {@link
 * PlaceExtractor#locate} returns. The event coder asks {@link #inSentence} for each event's place.
 *
 * <p>Immutable and thread-safe.
 */
public final class DocumentPlaces {

  private final List<Place> places;
  private final Place[] bySentence;

  DocumentPlaces(List<Place> places, List<Sentence> sentences) {
    this.places = List.copyOf(places);
    this.bySentence = new Place[sentences.size()];
    int[] starts = new int[sentences.size()];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = sentences.get(i).start();
    }
    int[] mentionStart = new int[sentences.size()];
    for (Place place : this.places) {
      for (Mention m : place.mentions()) {
        int s = sentenceOf(starts, sentences, m.start());
        if (s < 0) {
          continue;
        }
        Place current = bySentence[s];
        int better =
            current == null
                ? 1
                : Integer.compare(specificity(place), specificity(current)) != 0
                    ? Integer.compare(specificity(place), specificity(current))
                    : Integer.compare(mentionStart[s], m.start());
        if (better > 0) {
          bySentence[s] = place;
          mentionStart[s] = m.start();
        }
      }
    }
  }

  /** The document's places, in order of first mention. */
  public List<Place> places() {
    return places;
  }

  /**
   * The place a sentence names: of the places mentioned in it, the most specific (a city before a
   * region within a country, before a country, before a region across countries or a sea); among
   * equally specific ones, the one mentioned first in the sentence. Null when the sentence names no
   * resolved place.
   *
   * @param sentence the sentence's index ({@link Sentence#index()})
   * @throws IllegalArgumentException if the document has no sentence of that index
   */
  public Place inSentence(int sentence) {
    if (sentence < 0 || sentence >= bySentence.length) {
      throw new IllegalArgumentException(
          "sentence index must be within 0.." + (bySentence.length - 1) + ": " + sentence);
    }
    return bySentence[sentence];
  }

  /**
   * The entities with a place's country where the entity stage coded a place of one country by the
   * actor dictionaries' record of another: "Georgia" in an American story is the US state,
   * "Waterloo" the London station, "Antioch, Illinois" no Turkish city. The dictionaries know a
   * name by one place only; this stage weighs the document's countries ({@link PlaceResolver}).
   * Changed only: an entity coded as a bare country (no role), every mention of which is a mention
   * of one resolved place that is no country itself (a city or a region) and lies in another
   * country of the table, within which the document names another place (not its capital:
   * "Georgia's president flew to Washington" keeps the country; "Senators from Ohio and Georgia" is
   * the state).
   */
  public List<Entity> placed(List<Entity> entities) {
    Map<Integer, Place> byStart = new HashMap<>();
    for (Place p : places) {
      for (Mention m : p.mentions()) {
        byStart.put(m.start(), p);
      }
    }
    Countries countries = Countries.standard();
    // the countries the document names places within: a region or a city other than a capital
    Map<String, List<Place>> inside = new HashMap<>();
    for (Place p : places) {
      boolean within = p.kind() == PlaceKind.CITY || p.kind() == PlaceKind.REGION;
      if (within && p.country() != null && countries.byCapital(p.name()).isEmpty()) {
        inside.computeIfAbsent(p.country(), k -> new ArrayList<>()).add(p);
      }
    }
    List<Entity> out = new ArrayList<>(entities.size());
    for (Entity e : entities) {
      String code = e.code();
      Place where = null;
      boolean one = code != null && code.length() == 3 && !e.mentions().isEmpty();
      for (Mention m : e.mentions()) {
        Place p = byStart.get(m.start());
        one &= p != null && (where == null || where == p);
        where = p;
      }
      Place at = where;
      if (one
          && where.country() != null
          && (where.kind() == PlaceKind.CITY || where.kind() == PlaceKind.REGION)
          && inside.getOrDefault(where.country(), List.of()).stream().anyMatch(p -> p != at)) {
        String cameo = countries.byIso3(where.country()).map(c -> c.cameo()).orElse(null);
        if (cameo != null && cameo.length() == 3 && !cameo.equals(code)) {
          out.add(
              new Entity(
                  e.id(), e.name(), e.type(), cameo, where.country(), e.titles(), e.mentions()));
          continue;
        }
      }
      out.add(e);
    }
    return out;
  }

  /** How many sentences the document has. */
  public int sentences() {
    return bySentence.length;
  }

  private static int specificity(Place p) {
    return p.kind().specificity(p.country() != null);
  }

  private static int sentenceOf(int[] starts, List<Sentence> sentences, int offset) {
    int lo = 0;
    int hi = starts.length - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (found < 0 || offset >= sentences.get(found).end()) {
      return -1;
    }
    return found;
  }
}
