package org.newsgraph.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One document as a reader found it, before cleaning: decoded content plus whatever metadata the
 * container carried (a JSONL field, a CSV column, a WARC header).
 *
 * <p>Problems met while reading (bad charset, truncated input, a bad date value) travel with the
 * document so that the record can report them; a document is never dropped silently.
 *
 * @param source where it came from: a path, {@code path:line} or a URL, never null
 * @param url the article URL when the container knew it, else null
 * @param title the title when the container knew it, else null
 * @param published the publication date when the container knew it, else null
 * @param format how {@code content} is to be read
 * @param content the decoded content, never null (may be empty)
 * @param problems what went wrong while reading, in order
 */
public record RawDocument(
    String source,
    String url,
    String title,
    LocalDate published,
    Format format,
    String content,
    List<String> problems) {

  /** How the content of a raw document is encoded. */
  public enum Format {
    /** Plain article text, as scraped: title first, then paragraphs and page leftovers. */
    TEXT,
    /** An HTML page. */
    HTML
  }

  public RawDocument {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(content, "content");
    problems = List.copyOf(problems);
  }

  /** A text document with no metadata and no problems. */
  public static RawDocument text(String source, String content) {
    return new RawDocument(source, null, null, null, Format.TEXT, content, List.of());
  }

  /** A copy with one more problem. */
  public RawDocument withProblem(String problem) {
    var all = new java.util.ArrayList<>(problems);
    all.add(problem);
    return new RawDocument(source, url, title, published, format, content, all);
  }
}
