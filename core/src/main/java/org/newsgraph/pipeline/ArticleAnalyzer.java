package org.newsgraph.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.annotate.CoreNlpAnnotator;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.extract.entity.EntityExtractor;
import org.newsgraph.extract.event.EventExtractor;
import org.newsgraph.extract.place.DocumentPlaces;
import org.newsgraph.extract.place.PlaceExtractor;
import org.newsgraph.extract.quote.QuoteExtractor;
import org.newsgraph.extract.time.DateExtractor;
import org.newsgraph.extract.time.DocumentDates;
import org.newsgraph.model.CleanDocument;
import org.newsgraph.model.DateMention;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventPlace;
import org.newsgraph.model.Extraction;
import org.newsgraph.model.Place;
import org.newsgraph.model.Quote;

/**
 * The stages after cleaning, for one document: annotate (CoreNLP), then entities, then dates (a
 * publication date inferred there reaches the record as {@code published_from: inferred}) and
 * places, then quotes, then events (dated and placed by their sentence).
 *
 * <p>The models are English, so a document whose detected language is another one is not annotated:
 * it comes back with its clean text, no entities or quotes, and a problem saying why. A document
 * whose language could not be told (too short, say) is annotated.
 *
 * <p>Never throws on a document's content: a stage that fails on one document leaves a problem on
 * it ("entity extraction failed: ...") and the stages before it stand.
 *
 * <p><b>Thread safety:</b> safe to use from many threads at once; the models are loaded once per
 * process, by the first instance.
 */
public final class ArticleAnalyzer implements Function<CleanDocument, Extraction> {

  private final CoreNlpAnnotator annotator;
  private final EntityExtractor entities;
  private final QuoteExtractor quotes;
  private final EventExtractor events;
  private final DateExtractor dates;
  private final PlaceExtractor places;

  /**
   * An analyzer with the default annotator options and the bundled dictionaries.
   *
   * @throws IllegalStateException if a bundled model or dictionary is missing (a broken build)
   */
  public ArticleAnalyzer() {
    this(new CoreNlpAnnotator());
  }

  /** An analyzer around the given annotator. */
  public ArticleAnalyzer(CoreNlpAnnotator annotator) {
    this.annotator = Objects.requireNonNull(annotator, "annotator");
    this.entities = new EntityExtractor();
    this.quotes = new QuoteExtractor();
    this.events = new EventExtractor();
    this.dates = new DateExtractor();
    this.places = new PlaceExtractor();
  }

  /** Whether the English models apply to a document of this language (unknown counts as yes). */
  public static boolean annotates(CleanDocument doc) {
    return doc.language() == null || doc.language().equals("en");
  }

  /** Annotates, then extracts; see the class comment for non-English and failing documents. */
  @Override
  public Extraction apply(CleanDocument doc) {
    if (doc.text().isBlank()) {
      return Extraction.of(doc);
    }
    if (!annotates(doc)) {
      return Extraction.of(
          doc.withProblem(
              "language " + doc.language() + ": not annotated (the models are English only)"));
    }
    return extract(annotate(doc));
  }

  /** The annotate stage alone: never throws, see {@link CoreNlpAnnotator#annotate}. */
  public AnnotatedDocument annotate(CleanDocument doc) {
    return annotator.annotate(doc);
  }

  /**
   * The extract stages on an annotated document: entities, then the dates, places, quotes and
   * events that use them.
   */
  public Extraction extract(AnnotatedDocument annotated) {
    CleanDocument doc = annotated.document();
    List<Entity> found;
    try {
      found = entities.extract(annotated);
    } catch (RuntimeException e) {
      return Extraction.of(doc.withProblem("entity extraction failed: " + e));
    }
    List<DateMention> dated = List.of();
    DocumentDates timeline = null;
    try {
      timeline = dates.extract(annotated, found);
      dated = timeline.dates();
      doc = withPublished(doc, timeline);
    } catch (RuntimeException e) {
      doc = doc.withProblem("date extraction failed: " + e);
    }
    // the places of each sentence (located.inSentence) are there for a later stage to use
    DocumentPlaces located;
    try {
      located = places.locate(annotated, found);
    } catch (RuntimeException e) {
      doc = doc.withProblem("place extraction failed: " + e);
      located = null;
    }
    List<Place> where = located == null ? List.of() : located.places();
    if (located != null) {
      // "Georgia" in an American story: the place resolved, not the dictionaries' country
      found = located.placed(found);
    }
    List<Quote> said;
    try {
      said = quotes.extract(annotated, found);
    } catch (RuntimeException e) {
      return new Extraction(
          doc.withProblem("quote extraction failed: " + e),
          found,
          List.of(),
          List.of(),
          where,
          dated);
    }
    LocalDate published = doc.published();
    IntFunction<LocalDate> sentenceDate =
        timeline == null ? i -> published : timeline::sentenceDate;
    DocumentPlaces at = located;
    IntFunction<EventPlace> sentencePlace =
        at == null ? i -> null : i -> EventPlace.of(at.inSentence(i));
    said = dated(annotated, said, sentenceDate, sentencePlace);
    List<Event> coded;
    try {
      coded = events(annotated, found, sentenceDate, sentencePlace);
    } catch (RuntimeException e) {
      return new Extraction(
          doc.withProblem("event extraction failed: " + e), found, said, List.of(), where, dated);
    }
    return new Extraction(doc, found, said, coded, where, dated);
  }

  /**
   * The event stage alone, given the document's entities: parses the sentences that may hold an
   * event (see {@link EventExtractor#worthParsing}), then codes them.
   */
  public List<Event> events(
      AnnotatedDocument annotated,
      List<Entity> found,
      IntFunction<LocalDate> sentenceDate,
      IntFunction<EventPlace> sentencePlace) {
    EventExtractor.DocumentActors named = events.actors(annotated, found);
    boolean[][] coded = events.codedTokens(annotated, named);
    AnnotatedDocument parsed =
        annotator.parse(annotated, s -> events.worthParsing(s, coded[s.index()]));
    return events.extract(parsed, named, sentenceDate, sentencePlace);
  }

  /**
   * The quotes with the date and place of the sentence each was said in: the sentence of its
   * speaker mention when it has one, else the sentence it starts in.
   */
  private static List<Quote> dated(
      AnnotatedDocument annotated,
      List<Quote> said,
      IntFunction<LocalDate> sentenceDate,
      IntFunction<EventPlace> sentencePlace) {
    List<Quote> out = new ArrayList<>(said.size());
    for (Quote q : said) {
      int at = q.speakerMention() == null ? q.start() : q.speakerMention().start();
      int sentence = sentenceAt(annotated, at);
      out.add(
          sentence < 0
              ? q
              : q.withDateAndPlace(sentenceDate.apply(sentence), sentencePlace.apply(sentence)));
    }
    return out;
  }

  /** The index of the sentence that holds a character, or -1. */
  private static int sentenceAt(AnnotatedDocument annotated, int offset) {
    List<Sentence> sentences = annotated.sentences();
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Sentence s = sentences.get(mid);
      if (offset < s.start()) {
        hi = mid - 1;
      } else if (offset >= s.end()) {
        lo = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /** The place stage alone, given the document's entities (for benchmarks and evaluation). */
  public DocumentPlaces places(AnnotatedDocument annotated, List<Entity> found) {
    return places.locate(annotated, found);
  }

  /** The time stage alone, given the document's entities (for benchmarks and evaluation). */
  public DocumentDates dates(AnnotatedDocument annotated, List<Entity> found) {
    return dates.extract(annotated, found);
  }

  /** The document with the publication date the time stage inferred, when it had none. */
  private static CleanDocument withPublished(CleanDocument doc, DocumentDates result) {
    if (doc.published() != null || result.published() == null) {
      return doc;
    }
    List<String> problems = new java.util.ArrayList<>(doc.problems());
    // The cleaner's "no publication date found" no longer holds.
    problems.removeIf(p -> p.startsWith("no publication date"));
    return new CleanDocument(
        doc.id(),
        doc.source(),
        doc.url(),
        doc.title(),
        result.published(),
        result.publishedFrom(),
        doc.language(),
        doc.text(),
        doc.removed(),
        problems);
  }

  /** The entity stage alone (for benchmarks and evaluation). */
  public List<Entity> entities(AnnotatedDocument annotated) {
    return entities.extract(annotated);
  }

  /** The quote stage alone, given the document's entities (for benchmarks and evaluation). */
  public List<Quote> quotes(AnnotatedDocument annotated, List<Entity> found) {
    return quotes.extract(annotated, found);
  }
}
