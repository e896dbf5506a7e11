package org.newsgraph.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.newsgraph.model.CleanDocument;
import org.newsgraph.model.DateMention;
import org.newsgraph.model.DateSource;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.EventPlace;
import org.newsgraph.model.Extraction;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Place;
import org.newsgraph.model.PlaceKind;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Removed;

/**
 * Reads document records written by {@link JsonlRecordWriter} back into {@link Extraction}s: its
 * exact inverse, so that a record written and read back equals the extraction it was written from.
 *
 * <p>Strict about the record: every field the writer always writes must be present with the right
 * JSON type, and a malformed record is rejected with an {@link IllegalArgumentException} that names
 * the field ("bad record field events[2].source.code: expected a string, got 12"). Fields the
 * reader does not know are ignored, as the record format may gain fields.
 *
 * <p>One exception to exactness comes from the writer: an event with a PLOVER mode but no PLOVER
 * type is written with {@code "plover": null}, so it reads back with neither.
 *
 * <p>Stateless and thread-safe.
 */
public final class JsonlRecordReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonlRecordReader() {}

  /**
   * Reads one record from one JSONL line.
   *
   * @throws IllegalArgumentException if the line is not a JSON object or a field of the record is
   *     missing or malformed
   */
  public static Extraction read(String line) {
    Objects.requireNonNull(line, "line");
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "not a JSON record: " + e.getOriginalMessage() + " at column " + column(e), e);
    }
    if (node == null || node.isMissingNode()) {
      throw new IllegalArgumentException("not a JSON record: empty line");
    }
    return read(node);
  }

  /**
   * Reads one record from its parsed JSON.
   *
   * @throws IllegalArgumentException if it is not an object or a field of the record is missing or
   *     malformed
   */
  public static Extraction read(JsonNode record) {
    Objects.requireNonNull(record, "record");
    JsonField root = new JsonField(record, "").requireObject();
    CleanDocument document =
        build(
            root,
            () ->
                new CleanDocument(
                    root.string("id"),
                    root.string("source"),
                    root.optionalString("url"),
                    root.optionalString("title"),
                    root.optionalDate("published"),
                    root.get("published_from").isNull()
                        ? null
                        : root.constant("published_from", DateSource.class),
                    root.optionalString("language"),
                    root.string("text"),
                    each(root.array("removed"), JsonlRecordReader::removed),
                    each(root.array("problems"), JsonField::text)));
    return new Extraction(
        document,
        each(root.array("entities"), JsonlRecordReader::entity),
        each(root.array("quotes"), JsonlRecordReader::quote),
        each(root.array("events"), f -> event(f, document.text())),
        each(root.array("places"), JsonlRecordReader::place),
        each(root.array("dates"), JsonlRecordReader::date));
  }

  private static Removed removed(JsonField f) {
    f.requireObject();
    return build(f, () -> new Removed(f.constant("kind", Removed.Kind.class), f.string("text")));
  }

  private static Entity entity(JsonField f) {
    f.requireObject();
    return build(
        f,
        () ->
            new Entity(
                f.string("id"),
                f.string("name"),
                f.constant("type", EntityType.class),
                f.optionalString("code"),
                f.optionalString("country"),
                each(f.array("titles"), JsonField::text),
                each(f.array("mentions"), JsonlRecordReader::mention)));
  }

  private static Quote quote(JsonField f) {
    f.requireObject();
    JsonField speakerMention = f.optionalObject("speaker_mention");
    return build(
        f,
        () ->
            new Quote(
                f.string("text"),
                f.integer("start"),
                f.integer("end"),
                f.bool("direct"),
                f.bool("partial"),
                f.optionalString("speaker"),
                f.optionalString("speaker_entity"),
                speakerMention == null ? null : mention(speakerMention),
                f.optionalString("cue"),
                f.number("confidence"),
                f.optionalDate("date"),
                placeRef(f)));
  }

  /** An event; the writer keeps only its sentence's span, whose text is the document's. */
  private static Event event(JsonField f, String text) {
    f.requireObject();
    JsonField plover = f.optionalObject("plover");
    JsonField sentence = f.get("sentence").requireObject();
    return build(
        f,
        () ->
            new Event(
                actor(f.get("source")),
                actor(f.get("target")),
                f.string("cameo"),
                f.string("root"),
                f.integer("quad_class"),
                f.number("goldstein"),
                plover == null ? null : plover.optionalString("type"),
                plover == null ? null : plover.optionalString("mode"),
                f.optionalDate("date"),
                placeRef(f),
                sentence(sentence, text),
                f.string("rule"),
                f.integer("count")));
  }

  private static Mention sentence(JsonField f, String text) {
    int start = f.integer("start");
    int end = f.integer("end");
    if (start < 0 || end < start || end > text.length()) {
      throw f.bad("a span within the text's " + text.length() + " characters");
    }
    return new Mention(start, end, text.substring(start, end));
  }

  private static EventActor actor(JsonField f) {
    f.requireObject();
    return build(
        f, () -> new EventActor(f.string("text"), f.string("code"), f.optionalString("entity")));
  }

  /** The {@code place} member of a quote or event. */
  private static EventPlace placeRef(JsonField owner) {
    JsonField f = owner.optionalObject("place");
    if (f == null) {
      return null;
    }
    return build(
        f,
        () ->
            new EventPlace(
                f.string("name"),
                f.optionalString("country"),
                f.optionalNumber("lat"),
                f.optionalNumber("lon")));
  }

  private static Place place(JsonField f) {
    f.requireObject();
    return build(
        f,
        () ->
            new Place(
                f.string("name"),
                f.optionalString("country"),
                f.optionalNumber("lat"),
                f.optionalNumber("lon"),
                f.optionalLong("geonames"),
                f.constant("kind", PlaceKind.class),
                each(f.array("mentions"), JsonlRecordReader::mention)));
  }

  private static DateMention date(JsonField f) {
    f.requireObject();
    return build(
        f,
        () ->
            new DateMention(
                f.string("text"),
                f.optionalString("value"),
                f.integer("start"),
                f.integer("end"),
                f.string("type")));
  }

  private static Mention mention(JsonField f) {
    f.requireObject();
    return build(f, () -> new Mention(f.integer("start"), f.integer("end"), f.string("text")));
  }

  private static <T> List<T> each(List<JsonField> fields, Function<JsonField, T> read) {
    List<T> values = new ArrayList<>(fields.size());
    for (JsonField field : fields) {
      values.add(read.apply(field));
    }
    return values;
  }

  /**
   * Runs a model constructor, naming the field when the model rejects the values: the model's own
   * checks (a mention's span, a quote's confidence) are the record's rules too.
   */
  private static <T> T build(JsonField at, Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (IllegalArgumentException e) {
      if (e.getMessage() != null && e.getMessage().startsWith("bad record field ")) {
        throw e;
      }
      throw new IllegalArgumentException(
          "bad record field "
              + (at.path().isEmpty() ? "(root)" : at.path())
              + ": "
              + e.getMessage(),
          e);
    }
  }

  private static String column(JsonProcessingException e) {
    return e.getLocation() == null ? "?" : String.valueOf(e.getLocation().getColumnNr());
  }
}
