package org.newsgraph.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A document after the clean stage: the article body alone, with its title, publication date and
 * language, and everything that was removed.
 *
 * @param id 16 hex chars, the SHA-256 prefix of {@code text}
 * @param source where it came from
 * @param url the article URL if known, else null
 * @param title the title if known, else null
 * @param published the publication date if known, else null
 * @param publishedFrom where {@code published} came from; null exactly when it is null
 * @param language ISO 639-1 code, or null when it could not be told
 * @param text the clean article body: paragraphs separated by a blank line
 * @param removed the pieces removed from the page, in page order
 * @param problems what went wrong with this document, in order
 */
public record CleanDocument(
    String id,
    String source,
    String url,
    String title,
    LocalDate published,
    DateSource publishedFrom,
    String language,
    String text,
    List<Removed> removed,
    List<String> problems) {

  public CleanDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    if ((published == null) != (publishedFrom == null)) {
      throw new IllegalArgumentException(
          "published and publishedFrom must both be set or both be null: "
              + published
              + " "
              + publishedFrom);
    }
    removed = List.copyOf(removed);
    problems = List.copyOf(problems);
  }

  /** This document with one more problem. */
  public CleanDocument withProblem(String problem) {
    Objects.requireNonNull(problem, "problem");
    List<String> all = new java.util.ArrayList<>(problems);
    all.add(problem);
    return new CleanDocument(
        id, source, url, title, published, publishedFrom, language, text, removed, all);
  }
}
