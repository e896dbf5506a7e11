package org.newsgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything extracted from one document: the document record. Later stages add their results here
 * (quotes, events, places, dates).
 *
 * @param document the clean document, with every problem met on the way
 * @param entities the entities it mentions, in order of first mention
 * @param quotes who said what, in text order
 * @param places the places it names, resolved to the gazetteer, in order of first mention
 */
public record Extraction(
    CleanDocument document, List<Entity> entities, List<Quote> quotes, List<Place> places) {
  public Extraction {
    Objects.requireNonNull(document, "document");
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
    places = List.copyOf(places);
  }

  /** A record with entities and quotes and no places (the place stage did not run). */
  public Extraction(CleanDocument document, List<Entity> entities, List<Quote> quotes) {
    this(document, entities, quotes, List.of());
  }

  /** A record with entities and no quotes (the quote stage did not run). */
  public Extraction(CleanDocument document, List<Entity> entities) {
    this(document, entities, List.of());
  }

  /** This record with the given places (the place stage's result) instead of its own. */
  public Extraction withPlaces(List<Place> places) {
    return new Extraction(document, entities, quotes, places);
  }

  /** A document that went through cleaning only: all extraction lists empty. */
  public static Extraction of(CleanDocument document) {
    return new Extraction(document, List.of());
  }
}
