package org.newsgraph.clean;

/**
 * Cleans raw scraped article text (as in a {@code .txt} file): removes teaser lists, navigation
 * lines, captions, credits, bylines, author bios, footer marks and a repeated lead paragraph; finds
 * the title and the publication date.
 *
 * <p>Thread-safe: holds no state.
 */
public final class TextCleaner {

  /** Cleans one raw article text. Never throws on odd content. */
  public CleanedText clean(String raw, String knownTitle) {
    throw new UnsupportedOperationException("not yet written");
  }
}
