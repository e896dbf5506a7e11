package org.newsgraph.clean;

import java.time.LocalDate;
import java.util.List;
import org.newsgraph.model.Removed;

/**
 * What {@link HtmlArticleExtractor} finds in one HTML page.
 *
 * @param title the article title, or null
 * @param text the main article text: paragraphs separated by a blank line ("\n\n"), never null
 * @param published the publication date from page metadata, or null
 * @param url the canonical article URL from page metadata, or null
 * @param language ISO 639-1 code from {@code <html lang>} or meta tags, or null
 * @param removed pieces of visible text that were left out, with their kind, in page order
 */
public record HtmlArticle(
    String title,
    String text,
    LocalDate published,
    String url,
    String language,
    List<Removed> removed) {
  public HtmlArticle {
    java.util.Objects.requireNonNull(text, "text");
    removed = List.copyOf(removed);
  }
}
