package org.newsgraph.pipeline;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.annotate.CoreNlpAnnotator;
import org.newsgraph.extract.entity.EntityExtractor;
import org.newsgraph.extract.place.DocumentPlaces;
import org.newsgraph.extract.place.PlaceExtractor;
import org.newsgraph.extract.quote.QuoteExtractor;
import org.newsgraph.model.CleanDocument;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Extraction;
import org.newsgraph.model.Place;
import org.newsgraph.model.Quote;

/**
 * The stages after cleaning, for one document: annotate (CoreNLP), then entities, then places and
 * quotes.
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
   * The extract stages on an annotated document: entities, then the places and quotes that use
   * them.
   */
  public Extraction extract(AnnotatedDocument annotated) {
    CleanDocument doc = annotated.document();
    List<Entity> found;
    try {
      found = entities.extract(annotated);
    } catch (RuntimeException e) {
      return Extraction.of(doc.withProblem("entity extraction failed: " + e));
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
    List<Quote> said;
    try {
      said = quotes.extract(annotated, found);
    } catch (RuntimeException e) {
      return new Extraction(doc.withProblem("quote extraction failed: " + e), found, List.of())
          .withPlaces(where);
    }
    return new Extraction(doc, found, said).withPlaces(where);
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
