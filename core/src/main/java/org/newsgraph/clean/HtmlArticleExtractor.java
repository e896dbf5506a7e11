package org.newsgraph.clean;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

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
    Document doc = Jsoup.parse(html == null ? "" : html, baseUrl == null ? "" : baseUrl);
    HtmlMetadata meta = HtmlMetadata.read(doc);
    Element body = doc.body();
    HtmlContentFinder finder = new HtmlContentFinder(meta.jsonLdBodies);
    String text = body == null ? "" : finder.find(body);
    return new HtmlArticle(
        meta.title, text, meta.published, meta.url, meta.language, List.copyOf(finder.removed()));
  }
}
