package org.newsgraph.eval;

import java.io.InputStream;
import java.util.List;
import org.newsgraph.clean.CleanedText;
import org.newsgraph.clean.TextCleaner;
import org.newsgraph.ingest.DocumentSink;
import org.newsgraph.ingest.Ingestor;
import org.newsgraph.model.RawDocument;

/**
 * Scores the publication-date finder of the raw-text cleaner: for every text document whose
 * container (a CSV or JSONL field) gives the publication date, the cleaner is run on the text alone
 * and the date it finds in the text (or infers) is compared with the container's.
 *
 * <p>Precision is the share of dates found that are right; recall the share of documents whose date
 * was found and right. Documents without a container date are not counted.
 *
 * <p>Not thread-safe; use one instance per thread.
 */
public final class DateEvaluator {

  private final TextCleaner cleaner = new TextCleaner();
  private int labelled;
  private int found;
  private int right;

  /**
   * Reads the given paths (anything {@code extract} reads) and scores them.
   *
   * @throws IllegalArgumentException when no document in them has a container date
   */
  public Score evaluate(List<String> paths) {
    labelled = 0;
    found = 0;
    right = 0;
    new Ingestor()
        .read(
            paths,
            InputStream.nullInputStream(),
            new DocumentSink() {
              @Override
              public void accept(RawDocument document) {
                score(document);
              }

              @Override
              public void failed(String source, String message) {
                // Unreadable inputs hold no labels; extract reports them.
              }
            });
    if (labelled == 0) {
      throw new IllegalArgumentException(
          "no text document with a publication date field in " + paths);
    }
    double precision = found == 0 ? 0 : (double) right / found;
    return Score.of("dates", labelled, precision, (double) right / labelled);
  }

  private void score(RawDocument document) {
    if (document.published() == null || document.format() != RawDocument.Format.TEXT) {
      return;
    }
    labelled++;
    CleanedText cleaned = cleaner.clean(document.content(), document.title());
    if (cleaned.published() != null) {
      found++;
      if (cleaned.published().equals(document.published())) {
        right++;
      }
    }
  }
}
