package org.newsgraph.query;

import java.util.List;

/**
 * The answers of the store's queries: plain records, the same for the terminal, the JSON output and
 * the HTTP API. Dates are ISO strings ({@code 2013-06-02}) or null.
 */
public final class Results {
  private Results() {}

  /** An actor named in a result. */
  public record ActorRef(long id, String name, String type) {}

  /** A search result: a document, why it matched, and its main actors. */
  public record DocumentHit(
      String id,
      String title,
      String published,
      String source,
      String url,
      float score,
      String snippet,
      List<ActorRef> actors) {}

  /** A quote with its speaker and where it was said. */
  public record QuoteRow(
      String document,
      String title,
      String date,
      String speaker,
      Long speakerActor,
      String text,
      boolean direct,
      String cue,
      int start,
      int end,
      double confidence,
      String place) {}

  /** One side of an event. */
  public record Participant(String text, String code, Long actor, String name) {}

  /**
   * An event with the sentence that reports it, and the story it belongs to (README, "Stories"):
   * its cluster (the GDELT event id of the cluster's first event; null when the event was stored
   * without stories), how many mentions, sources (outlets) and articles report the cluster, and the
   * tone of the sentence (null without stories).
   */
  public record EventRow(
      String document,
      String date,
      Participant source,
      Participant target,
      String cameo,
      String root,
      int quadClass,
      double goldstein,
      String ploverType,
      String place,
      Double lat,
      Double lon,
      String sentence,
      int sentenceStart,
      int sentenceEnd,
      String rule,
      int count,
      Long cluster,
      int mentions,
      int sources,
      int articles,
      Double tone) {}

  /**
   * An actor with how much the corpus speaks of it: the documents that mention it and its mentions
   * there, republished copies left out (README, "Stories").
   */
  public record ActorRow(
      long id,
      String name,
      String type,
      String country,
      String code,
      long documents,
      long mentions) {}

  /** A title an actor carried, and when. */
  public record TitleSpan(String title, String first, String last, long documents) {}

  /** An actor met in the same documents, and in how many. */
  public record CoActor(ActorRef actor, long documents) {}

  /** What happened around an actor in one month. */
  public record Activity(String month, long documents, long quotes, long events) {}

  /**
   * Everything the corpus says about one actor, from the documents that are no republished copies
   * (README, "Stories").
   */
  public record Dossier(
      ActorRow actor,
      List<String> names,
      List<TitleSpan> titles,
      List<QuoteRow> quotes,
      List<EventRow> asSource,
      List<EventRow> asTarget,
      List<CoActor> coActors,
      List<Activity> activity) {}

  /** An actor–actor edge: events from source to target, in total and per QuadClass (1..4). */
  public record Edge(long source, long target, long events, long[] byQuadClass) {}

  /** The actor network: the actors on the edges and the edges. */
  public record Network(List<ActorRef> nodes, List<Edge> edges) {}

  /** An entity of a document (e1, e2, …) and the corpus-wide actor it is linked to. */
  public record EntityLink(String entity, ActorRef actor) {}

  /** A place where events happened: how many, in total and per QuadClass (1..4). */
  public record PlaceCount(
      String name, String country, double lat, double lon, long events, long[] byQuadClass) {}

  /** Events in one period, in total and per QuadClass (1..4). */
  public record Period(String period, long events, long[] byQuadClass) {}

  /**
   * How much the store holds: rows of each table, and the span of publication dates (null when no
   * document is dated); documents that copy an earlier one are counted as duplicates only.
   */
  public record Stats(
      long documents,
      long actors,
      long quotes,
      long events,
      long places,
      String firstPublished,
      String lastPublished,
      long duplicates) {}

  /** A story: articles grouped as they were added (README, "Stories"). */
  public record StoryRow(String id, String label, String first, String last, long documents) {}

  /** A document of a story; {@code copy} when it joined as a near-duplicate of another. */
  public record StoryDocument(
      String id, String title, String published, String source, boolean copy) {}

  /** An event of a story: a merged event (cluster) with its counts. */
  public record StoryEvent(
      long cluster,
      String date,
      String cameo,
      String source,
      String target,
      long mentions,
      long articles) {}

  /** A quote of a story. */
  public record StoryQuote(String document, String date, String speaker, String text) {}

  /** A story's timeline entry: a day, what happened ("event" or "quote") and its text. */
  public record TimelineEntry(String date, String kind, String text, String document) {}

  /** A story with its documents, events, quotes and timeline (by date, undated last). */
  public record StoryDetail(
      StoryRow story,
      List<StoryDocument> documents,
      List<StoryEvent> events,
      List<StoryQuote> quotes,
      List<TimelineEntry> timeline) {}
}
