package org.newsgraph.extract.place;

import java.util.List;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Place;

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
