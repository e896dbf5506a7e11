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
 * @param events who did what to whom, in order of first report
 * @param places the places it names, resolved to the gazetteer, in order of first mention
 * @param dates the dates and times written in it, normalized, in text order
 */
public record Extraction(
    CleanDocument document,
    List<Entity> entities,
    List<Quote> quotes,
    List<Event> events,
    List<Place> places,
    List<DateMention> dates) {
  public Extraction {
    Objects.requireNonNull(document, "document");
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
    events = List.copyOf(events);
    places = List.copyOf(places);
    dates = List.copyOf(dates);
  }

  /** A record with entities and quotes only (the later stages did not run). */
  public Extraction(CleanDocument document, List<Entity> entities, List<Quote> quotes) {
    this(document, entities, quotes, List.of(), List.of(), List.of());
  }

  /** A record with entities and no quotes (the quote stage did not run). */
  public Extraction(CleanDocument document, List<Entity> entities) {
    this(document, entities, List.of());
  }

  /** This record with the given places (the place stage's result) instead of its own. */
  public Extraction withPlaces(List<Place> places) {
    return new Extraction(document, entities, quotes, events, places, dates);
  }

  /** A document that went through cleaning only: all extraction lists empty. */
  public static Extraction of(CleanDocument document) {
    return new Extraction(document, List.of());
  }
}
