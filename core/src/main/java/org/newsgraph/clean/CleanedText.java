package org.newsgraph.clean;

import java.time.LocalDate;
import java.util.List;
import org.newsgraph.model.DateSource;
import org.newsgraph.model.Removed;

/**
 * What {@link TextCleaner} makes of one raw article text.
 *
 * @param title the known title passed to {@link TextCleaner#clean(String, String)} if any, else the
 *     title line found in the text, else null
 * @param text the article body: paragraphs separated by a blank line ("\n\n"), never null
 * @param published the publication date found in the text, or null
 * @param publishedFrom TEXT or INFERRED; null exactly when {@code published} is null
 * @param removed the removed pieces, in text order (the title line is not among them)
 */
public record CleanedText(
    String title,
    String text,
    LocalDate published,
    DateSource publishedFrom,
    List<Removed> removed) {
  public CleanedText {
    java.util.Objects.requireNonNull(text, "text");
    removed = List.copyOf(removed);
  }
}
