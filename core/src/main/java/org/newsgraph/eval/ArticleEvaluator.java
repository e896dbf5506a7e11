package org.newsgraph.eval;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Scores the HTML cleaner on the article-extraction benchmark (a folder with {@code html/*.html.gz}
 * and {@code ground-truth.json}) with the benchmark's own metric: 4-word shingles per document,
 * precision and recall averaged over documents, F1 from the two means.
 */
public final class ArticleEvaluator {

  /**
   * Runs the benchmark.
   *
   * @throws IOException if the folder cannot be read
   * @throws IllegalArgumentException if the folder is not a benchmark folder
   */
  public Score evaluate(Path benchmarkDir) throws IOException {
    throw new UnsupportedOperationException("not yet written");
  }
}
