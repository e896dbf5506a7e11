package org.newsgraph.clean;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.newsgraph.model.CleanDocument;
import org.newsgraph.model.DateSource;
import org.newsgraph.model.RawDocument;
import org.newsgraph.model.Removed;

/**
 * The clean stage's front door: turns a {@link RawDocument} into a {@link CleanDocument}, choosing
 * the HTML or the text cleaner by format, merging container metadata with what the page or text
 * says, and telling the language.
 *
 * <p>Which metadata wins: a title or date given by the container (a JSONL or CSV field) is the
 * user's own and wins over anything found in the text. For HTML, the page's own date wins over the
 * container's, because the only container that dates HTML is a WARC, and its date is the capture
 * date, not the publication date.
 *
 * <p>A text that is nothing but its headline (a wire flash: "QANTAS TO BUY FOUR BOEING 747-400S")
 * keeps the headline as its text too, rather than losing the item as a document without text.
 *
 * <p>Lenient: a document that cannot be cleaned is returned with a problem, never thrown.
 * Thread-safe: holds no mutable state.
 */
public final class DocumentCleaner {

  private final HtmlArticleExtractor html = new HtmlArticleExtractor();
  private final TextCleaner text = new TextCleaner();
  private final PublicationDateFinder dates = new PublicationDateFinder();
  private final LanguageDetector languages = new LanguageDetector();

  /** Cleans one document. */
  public CleanDocument clean(RawDocument raw) {
    List<String> problems = new ArrayList<>(raw.problems());
    String title = raw.title();
    String url = raw.url();
    LocalDate published = raw.published();
    DateSource publishedFrom = published == null ? null : DateSource.METADATA;
    String language = null;
    String body;
    List<Removed> removed = List.of();
    try {
      if (raw.format() == RawDocument.Format.HTML) {
        HtmlArticle article = html.extract(raw.content(), raw.url());
        body = article.text();
        removed = article.removed();
        title = title != null ? title : article.title();
        url = url != null ? url : article.url();
        language = article.language();
        if (article.published() != null) {
          published = article.published();
          publishedFrom = DateSource.METADATA;
        } else if (published == null) {
          var found = dates.find(body);
          if (found.isPresent()) {
            published = found.get().date();
            publishedFrom = found.get().from();
          }
        }
      } else {
        CleanedText cleaned = text.clean(raw.content(), raw.title());
        body = cleaned.text();
        removed = cleaned.removed();
        title = title != null ? title : cleaned.title();
        if (published == null && cleaned.published() != null) {
          published = cleaned.published();
          publishedFrom = cleaned.publishedFrom();
        }
        if (body.isBlank() && isHeadlineOnly(raw.content(), title)) {
          // A wire flash is its headline alone: the headline is then its text as well.
          body = normalize(raw.content());
          removed = List.of();
        }
      }
    } catch (RuntimeException e) {
      // A cleaner bug must not lose the document: keep the content as it came, and say so.
      body = raw.content().strip();
      removed = List.of();
      problems.add("cleaning failed, text kept as read: " + e);
    }
    if (body.isBlank() && !raw.content().isBlank()) {
      problems.add("no article text found");
    }
    if (published == null && !body.isBlank()) {
      problems.add("no publication date found");
    }
    String detected = languages.detect(body);
    language = detected != null ? detected : language;
    return new CleanDocument(
        idOf(body),
        raw.source(),
        url,
        title,
        published,
        publishedFrom,
        language,
        body,
        removed,
        problems);
  }

  /** Whether a text is nothing but its title (white space aside). */
  private static boolean isHeadlineOnly(String content, String title) {
    return title != null && !title.isBlank() && normalize(content).equals(normalize(title));
  }

  private static String normalize(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  /** The document id: the first 16 hex chars of the SHA-256 of the clean text (UTF-8). */
  public static String idOf(String cleanText) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(cleanText.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
