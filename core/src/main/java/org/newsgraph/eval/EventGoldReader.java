package org.newsgraph.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the hand-labelled event set: JSON Lines, one sentence per line, UTF-8.
 *
 * <pre>{@code
 * {"id": "Some_article#3", "published": "2019-10-08", "text": "France offered Libya help ...",
 *  "events": [{"source": "FRA", "target": "LBY", "root": "03", "note": "offer to help"}]}
 * }</pre>
 *
 * <p>{@code id}, {@code text} and {@code events} are required; {@code published} is an ISO date or
 * null or absent; each event needs {@code source}, {@code target} (country codes, three upper-case
 * letters) and {@code root} (a CAMEO root code, {@code "01"} to {@code "20"}). Other fields, such
 * as an event's {@code note}, are ignored.
 *
 * <p>Lenient about content: a line that is not such an object (bad JSON, a missing or mistyped
 * field, a malformed code or date, an id seen before) is left out whole and recorded as a problem
 * naming its line number; blank lines are skipped; a byte-order mark is skipped. Strict about
 * arguments. Memory grows with the number of sentences.
 *
 * <p>Thread-safe: holds no state besides an immutable JSON mapper.
 */
public final class EventGoldReader {
  private static final int MAX_PROBLEMS = 100;

  private final ObjectMapper mapper =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /**
   * Reads a file.
   *
   * @throws IllegalArgumentException if {@code file} is not a regular file
   * @throws IOException if it cannot be read or is not UTF-8
   */
  public EventGold read(Path file) throws IOException {
    if (file == null || !Files.isRegularFile(file)) {
      throw new IllegalArgumentException("not a JSONL file of labelled sentences: " + file);
    }
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (Reader in = new InputStreamReader(Files.newInputStream(file), decoder)) {
      return read(in);
    } catch (CharacterCodingException e) {
      throw new IOException("not UTF-8 text: " + file, e);
    }
  }

  /**
   * Reads from a reader (not closed).
   *
   * @throws IllegalArgumentException if {@code reader} is null
   * @throws IOException if reading fails
   */
  public EventGold read(Reader reader) throws IOException {
    if (reader == null) {
      throw new IllegalArgumentException("reader cannot be null");
    }
    BufferedReader in =
        reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16);
    return readLines(in, this::parse, "line");
  }

  /** Makes one line of a labelled set a sentence, or says why it cannot. */
  interface LineParser {
    EventSentence parse(String line) throws Malformed;
  }

  /**
   * Reads a labelled set's JSON Lines: a byte-order mark and blank lines skipped; a line that
   * cannot be parsed, or repeats an earlier id, is left out with a problem naming it ({@code unit}
   * says what is left out: "line", "sentence"), the first 100 listed and the rest counted.
   */
  static EventGold readLines(BufferedReader in, LineParser parser, String unit) throws IOException {
    List<EventSentence> sentences = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    int lineNo = 0;
    int dropped = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      lineNo++;
      if (lineNo == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank()) {
        continue;
      }
      try {
        EventSentence sentence = parser.parse(line);
        if (!ids.add(sentence.id())) {
          throw new Malformed("id seen on an earlier line: " + sentence.id());
        }
        sentences.add(sentence);
      } catch (Malformed e) {
        dropped++;
        if (problems.size() < MAX_PROBLEMS) {
          problems.add("line " + lineNo + ": " + e.getMessage() + " (" + unit + " left out)");
        }
      }
    }
    if (dropped > problems.size()) {
      problems.add("... " + dropped + " " + unit + "s left out in all");
    }
    return new EventGold(sentences, problems);
  }

  private EventSentence parse(String line) throws Malformed {
    JsonNode node = object(mapper, line);
    String id = string(node, "id", true);
    String text = string(node, "text", true);
    String date = string(node, "published", false);
    LocalDate published = null;
    if (date != null) {
      try {
        published = LocalDate.parse(date);
      } catch (DateTimeException e) {
        throw new Malformed("published is not an ISO date (YYYY-MM-DD): '" + shorten(date) + "'");
      }
    }
    List<CountryTriple> triples = events(node);
    try {
      return new EventSentence(id, published, text, triples);
    } catch (IllegalArgumentException e) {
      throw new Malformed(e.getMessage());
    }
  }

  /** The {@code events} array of a labelled sentence as triples. */
  static List<CountryTriple> events(JsonNode node) throws Malformed {
    JsonNode events = node.get("events");
    if (events == null || !events.isArray()) {
      throw new Malformed("events must be an array of {source, target, root} objects");
    }
    List<CountryTriple> triples = new ArrayList<>(events.size());
    for (int i = 0; i < events.size(); i++) {
      JsonNode event = events.get(i);
      if (!event.isObject()) {
        throw new Malformed("event " + (i + 1) + " is not an object");
      }
      try {
        triples.add(
            new CountryTriple(
                string(event, "source", true),
                string(event, "target", true),
                string(event, "root", true)));
      } catch (IllegalArgumentException e) {
        throw new Malformed("event " + (i + 1) + ": " + e.getMessage());
      } catch (Malformed e) {
        throw new Malformed("event " + (i + 1) + ": " + e.getMessage());
      }
    }
    return triples;
  }

  /** A line of JSON Lines that must hold one JSON object. */
  static JsonNode object(ObjectMapper mapper, String line) throws Malformed {
    JsonNode node;
    try {
      node = mapper.readTree(line);
    } catch (JsonProcessingException e) {
      throw new Malformed("invalid JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new Malformed("not a JSON object");
    }
    return node;
  }

  /** A string field; null when optional and absent or JSON null. */
  static String string(JsonNode object, String field, boolean required) throws Malformed {
    JsonNode value = object.get(field);
    if (value == null || value.isNull()) {
      if (required) {
        throw new Malformed("no " + field + " field");
      }
      return null;
    }
    if (!value.isTextual()) {
      throw new Malformed(field + " is not a string");
    }
    return value.asText();
  }

  private static String shorten(String s) {
    return s.length() <= 60 ? s : s.substring(0, 60) + "...";
  }

  /** Why one line was left out; never escapes the readers of this package. */
  static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;

    Malformed(String message) {
      super(message, null, false, false);
    }
  }
}
