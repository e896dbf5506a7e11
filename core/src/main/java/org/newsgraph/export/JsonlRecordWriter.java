package org.newsgraph.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.newsgraph.extract.tone.Tone;
import org.newsgraph.extract.tone.ToneScorer;
import org.newsgraph.model.CleanDocument;
import org.newsgraph.model.DateMention;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.EventPlace;
import org.newsgraph.model.Extraction;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Place;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Removed;

/**
 * Writes document records as JSON Lines, one record per line, fields in the order of the record
 * format in DESIGN.md.
 *
 * <p>The extraction arrays (entities, quotes, events, places, dates) are always written, empty when
 * there is nothing or their stage did not run, so that consumers can rely on their presence. A
 * field with no value is written as null, never left out.
 *
 * <p>Not thread-safe: one writer per output stream, fed from one thread.
 */
public final class JsonlRecordWriter implements Closeable {

  private static final JsonFactory JSON = new JsonFactory();

  private final JsonGenerator json;

  /** A writer on the given stream; closing the writer closes the stream. */
  public JsonlRecordWriter(OutputStream out) {
    try {
      this.json = JSON.createGenerator(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // One record per line: each record ends with its own newline, none between or elsewhere.
    json.setRootValueSeparator(null);
  }

  /**
   * Writes one record.
   *
   * @throws UncheckedIOException if the output cannot be written
   */
  public void write(Extraction extraction) {
    CleanDocument doc = extraction.document();
    try {
      json.writeStartObject();
      json.writeStringField("id", doc.id());
      json.writeStringField("source", doc.source());
      json.writeStringField("url", doc.url());
      json.writeStringField("title", doc.title());
      json.writeStringField(
          "published", doc.published() == null ? null : doc.published().toString());
      json.writeStringField(
          "published_from", doc.publishedFrom() == null ? null : doc.publishedFrom().label());
      json.writeStringField("language", doc.language());
      json.writeStringField("text", doc.text());
      json.writeArrayFieldStart("removed");
      for (Removed piece : doc.removed()) {
        json.writeStartObject();
        json.writeStringField("kind", piece.kind().label());
        json.writeStringField("text", piece.text());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("entities");
      for (Entity entity : extraction.entities()) {
        writeEntity(entity);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("quotes");
      for (Quote quote : extraction.quotes()) {
        writeQuote(quote);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("events");
      for (Event event : extraction.events()) {
        writeEvent(event, doc.text());
      }
      json.writeEndArray();
      json.writeArrayFieldStart("places");
      for (Place place : extraction.places()) {
        writePlace(place);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("dates");
      for (DateMention date : extraction.dates()) {
        writeDate(date);
      }
      json.writeEndArray();
      writeTone(ToneScorer.score(doc.text()));
      json.writeArrayFieldStart("problems");
      for (String problem : doc.problems()) {
        json.writeString(problem);
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void writeDate(DateMention date) throws IOException {
    json.writeStartObject();
    json.writeStringField("text", date.text());
    json.writeStringField("value", date.value());
    json.writeNumberField("start", date.start());
    json.writeNumberField("end", date.end());
    json.writeStringField("type", date.type());
    json.writeEndObject();
  }

  private void writeEntity(Entity entity) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", entity.id());
    json.writeStringField("name", entity.name());
    json.writeStringField("type", entity.type().name());
    json.writeStringField("code", entity.code());
    json.writeStringField("country", entity.country());
    json.writeArrayFieldStart("titles");
    for (String title : entity.titles()) {
      json.writeString(title);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("mentions");
    for (Mention mention : entity.mentions()) {
      writeMention(mention);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private void writeQuote(Quote quote) throws IOException {
    json.writeStartObject();
    json.writeStringField("text", quote.text());
    json.writeNumberField("start", quote.start());
    json.writeNumberField("end", quote.end());
    json.writeBooleanField("direct", quote.direct());
    json.writeBooleanField("partial", quote.partial());
    json.writeStringField("speaker", quote.speaker());
    json.writeStringField("speaker_entity", quote.speakerEntity());
    json.writeFieldName("speaker_mention");
    if (quote.speakerMention() == null) {
      json.writeNull();
    } else {
      writeMention(quote.speakerMention());
    }
    json.writeStringField("cue", quote.cue());
    json.writeNumberField("confidence", quote.confidence());
    json.writeStringField("date", quote.date() == null ? null : quote.date().toString());
    writePlaceRef(quote.place());
    json.writeEndObject();
  }

  /** The document's tone (README, "Stories"): derived from its text, written for convenience. */
  private void writeTone(Tone tone) throws IOException {
    json.writeObjectFieldStart("tone");
    json.writeNumberField("tone", round(tone.tone()));
    json.writeNumberField("positive", round(tone.positive()));
    json.writeNumberField("negative", round(tone.negative()));
    json.writeNumberField("polarity", round(tone.polarity()));
    json.writeNumberField("self_reference", round(tone.selfReference()));
    json.writeNumberField("words", tone.words());
    json.writeEndObject();
  }

  private static double round(double percent) {
    return Math.round(percent * 10_000) / 10_000.0;
  }

  private void writeEvent(Event e, String text) throws IOException {
    json.writeStartObject();
    writeActor("source", e.source());
    writeActor("target", e.target());
    json.writeStringField("cameo", e.cameo());
    json.writeStringField("root", e.root());
    json.writeNumberField("quad_class", e.quadClass());
    json.writeNumberField("goldstein", e.goldstein());
    json.writeFieldName("plover");
    if (e.ploverType() == null) {
      json.writeNull();
    } else {
      json.writeStartObject();
      json.writeStringField("type", e.ploverType());
      json.writeStringField("mode", e.ploverMode());
      json.writeEndObject();
    }
    json.writeStringField("date", e.date() == null ? null : e.date().toString());
    writePlaceRef(e.place());
    json.writeObjectFieldStart("sentence");
    json.writeNumberField("start", e.sentence().start());
    json.writeNumberField("end", e.sentence().end());
    json.writeEndObject();
    json.writeStringField("rule", e.rule());
    json.writeNumberField("count", e.count());
    json.writeNumberField(
        "tone", round(ToneScorer.scoreSpan(text, e.sentence().start(), e.sentence().end()).tone()));
    json.writeEndObject();
  }

  private void writePlaceRef(EventPlace place) throws IOException {
    json.writeFieldName("place");
    if (place == null) {
      json.writeNull();
      return;
    }
    json.writeStartObject();
    json.writeStringField("name", place.name());
    json.writeStringField("country", place.country());
    writeNumberOrNull("lat", place.lat());
    writeNumberOrNull("lon", place.lon());
    json.writeEndObject();
  }

  private void writeActor(String field, EventActor actor) throws IOException {
    json.writeObjectFieldStart(field);
    json.writeStringField("text", actor.text());
    json.writeStringField("code", actor.code());
    json.writeStringField("entity", actor.entity());
    json.writeEndObject();
  }

  private void writeNumberOrNull(String field, Double value) throws IOException {
    if (value == null) {
      json.writeNullField(field);
    } else {
      json.writeNumberField(field, value);
    }
  }

  private void writePlace(Place place) throws IOException {
    json.writeStartObject();
    json.writeStringField("name", place.name());
    json.writeStringField("country", place.country());
    writeNumberOrNull("lat", place.lat());
    writeNumberOrNull("lon", place.lon());
    json.writeFieldName("geonames");
    if (place.geonames() == null) {
      json.writeNull();
    } else {
      json.writeNumber(place.geonames());
    }
    json.writeStringField("kind", place.kind().name());
    json.writeArrayFieldStart("mentions");
    for (Mention mention : place.mentions()) {
      writeMention(mention);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private void writeMention(Mention mention) throws IOException {
    json.writeStartObject();
    json.writeNumberField("start", mention.start());
    json.writeNumberField("end", mention.end());
    json.writeStringField("text", mention.text());
    json.writeEndObject();
  }

  /** Flushes buffered records to the stream. */
  public void flush() {
    try {
      json.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    json.close();
  }
}
