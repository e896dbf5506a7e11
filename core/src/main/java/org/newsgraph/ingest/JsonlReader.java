package org.newsgraph.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.model.RawDocument;
import org.newsgraph.model.RawDocument.Format;

/**
 * Reads JSON Lines: one JSON object per line, one document per object, streamed a line at a time.
 *
 * <p>Fields (names matched case-insensitively; aliases in {@link ArticleFields}): {@code text}
 * (format TEXT) or, failing that, {@code html} (format HTML); optional {@code url}, {@code title},
 * {@code published} or {@code date} (see {@link DateValues}; a number is read as epoch seconds or
 * milliseconds) and {@code source}. {@code id} and other fields are ignored.
 *
 * <p>The document's source is the {@code source} field when it is a non-blank string (the
 * producer's own provenance: an original path or URL), else {@code path:LINE}. Every problem on a
 * line's document starts with {@code "line N: "}, so the position survives either way.
 *
 * <p>A line that is not a JSON object, lacks a text, or is longer than the limit becomes a document
 * with empty content and a problem; blank lines are skipped; reading goes on after any of these.
 * Not thread-safe (one instance per reading thread).
 */
final class JsonlReader {

  private final int limit;
  private final ObjectMapper mapper;

  JsonlReader(int limit) {
    this.limit = limit;
    int defaultMax = StreamReadConstraints.defaults().getMaxStringLength();
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxStringLength(Math.max(limit, defaultMax))
                    .build())
            .build();
    this.mapper = new ObjectMapper(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  /**
   * Reads every line of {@code in} (not closed).
   *
   * @param source the path, or "-" for stdin
   */
  void read(String source, InputStream in, DocumentSink sink) {
    LineReader lines = new LineReader(in, limit);
    long documents = 0;
    try {
      while (lines.next()) {
        if (lines.tooLong()) {
          sink.accept(
              problemDocument(
                  source,
                  lines.number(),
                  "line longer than " + BoundedBytes.size(limit) + ": not read"));
          documents++;
          continue;
        }
        if (lines.isBlank()) {
          continue;
        }
        sink.accept(parse(source, lines));
        documents++;
      }
    } catch (IOException e) {
      sink.failed(
          source,
          "truncated or corrupt input after " + lines.number() + " lines: " + Reasons.of(e));
      return;
    }
    if (documents == 0) {
      sink.accept(
          new RawDocument(source, null, null, null, Format.TEXT, "", List.of("empty document")));
    }
  }

  private RawDocument parse(String source, LineReader lines) {
    long n = lines.number();
    String prefix = "line " + n + ": ";
    CharsetDetector.Decoded decoded = CharsetDetector.decodeText(lines.bytes(), lines.length());
    JsonNode node;
    try {
      node = mapper.readTree(decoded.text());
    } catch (JsonProcessingException e) {
      return problemDocument(source, n, "invalid JSON: " + Reasons.phrase(e.getOriginalMessage()));
    }
    if (node == null || !node.isObject()) {
      return problemDocument(source, n, "not a JSON object");
    }
    List<String> problems = new ArrayList<>();
    if (decoded.problem() != null) {
      problems.add(prefix + decoded.problem());
    }
    Map<ArticleFields, JsonNode> fields = fields(node);

    Format format = Format.TEXT;
    String content = "";
    JsonNode text = fields.get(ArticleFields.TEXT);
    JsonNode html = fields.get(ArticleFields.HTML);
    boolean textUsable = text != null && text.isTextual() && !text.asText().isBlank();
    if (!textUsable && html != null && html.isTextual() && !html.asText().isBlank()) {
      format = Format.HTML;
      content = html.asText();
    } else if (text == null && html == null) {
      problems.add(prefix + "no text field");
    } else if (text != null && !text.isTextual()) {
      problems.add(prefix + "text field is not a string");
    } else if (textUsable) {
      content = text.asText();
    } else {
      problems.add(prefix + "empty document");
    }

    String url = scalar(fields.get(ArticleFields.URL), "url", prefix, problems);
    String title = scalar(fields.get(ArticleFields.TITLE), "title", prefix, problems);
    LocalDate published = date(fields.get(ArticleFields.PUBLISHED), prefix, problems);
    String declaredSource = scalar(fields.get(ArticleFields.SOURCE), "source", prefix, problems);
    String docSource = declaredSource != null ? declaredSource : source + ":" + n;
    return new RawDocument(docSource, url, title, published, format, content, problems);
  }

  /** The first value present (not JSON null) under each field's names, ignoring case. */
  private static Map<ArticleFields, JsonNode> fields(JsonNode object) {
    Map<ArticleFields, JsonNode> found = new EnumMap<>(ArticleFields.class);
    Map<ArticleFields, Integer> rank = new EnumMap<>(ArticleFields.class);
    for (Map.Entry<String, JsonNode> e : object.properties()) {
      if (e.getValue().isNull()) {
        continue;
      }
      String key = e.getKey().toLowerCase(Locale.ROOT);
      for (ArticleFields f : ArticleFields.values()) {
        int r = f.names().indexOf(key);
        // The documented name beats an alias whatever their order in the object.
        if (r >= 0 && (!rank.containsKey(f) || r < rank.get(f))) {
          found.put(f, e.getValue());
          rank.put(f, r);
        }
      }
    }
    return found;
  }

  private static String scalar(JsonNode node, String name, String prefix, List<String> problems) {
    if (node == null) {
      return null;
    }
    if (!node.isValueNode()) {
      problems.add(prefix + name + " field is not a string");
      return null;
    }
    String v = node.asText().strip();
    return v.isEmpty() ? null : v;
  }

  private static LocalDate date(JsonNode node, String prefix, List<String> problems) {
    if (node == null) {
      return null;
    }
    if (node.isIntegralNumber() && node.canConvertToLong()) {
      try {
        return DateValues.fromEpoch(node.asLong());
      } catch (DateTimeException e) {
        problems.add(prefix + "unreadable published date " + node.asText());
        return null;
      }
    }
    if (node.isTextual()) {
      if (node.asText().isBlank()) {
        return null;
      }
      LocalDate d = DateValues.parse(node.asText());
      if (d == null) {
        problems.add(prefix + "unreadable published date " + Reasons.quote(node.asText()));
      }
      return d;
    }
    problems.add(prefix + "unreadable published date " + Reasons.quote(node.toString()));
    return null;
  }

  private static RawDocument problemDocument(String source, long line, String problem) {
    return new RawDocument(
        source + ":" + line,
        null,
        null,
        null,
        Format.TEXT,
        "",
        List.of("line " + line + ": " + problem));
  }
}
