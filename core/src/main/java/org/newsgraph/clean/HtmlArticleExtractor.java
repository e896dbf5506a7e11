package org.newsgraph.clean;

/**
 * Finds the article in an HTML page: title, body paragraphs, publication date and URL, without
 * navigation, comments, related links, share bars, cookie notices and captions.
 *
 * <p>Thread-safe: holds no state.
 */
public final class HtmlArticleExtractor {

  /**
   * Extracts the article from a page. Never throws on bad markup: an empty text means nothing
   * article-like was found.
   *
   * @param html the page, decoded
   * @param baseUrl the page's URL if known (to resolve relative links), or null
   */
  public HtmlArticle extract(String html, String baseUrl) {
    throw new UnsupportedOperationException("not yet written");
  }
}
