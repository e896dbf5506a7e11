package org.newsgraph.spark;

import org.newsgraph.ingest.Ingestor;
import org.newsgraph.pipeline.ArticleAnalyzer;
import org.newsgraph.pipeline.DocumentPipeline;

/**
 * The pipeline of this JVM, built on first use: the CoreNLP models, dictionaries and gazetteer
 * (about 2.7 GB at peak with two threads; about 10 s to load on the development machine) are loaded
 * once per executor, whatever the number of tasks and partitions it runs. Thread-safe: the tasks of
 * an executor share it.
 */
final class Models {

  private static DocumentPipeline pipeline;
  private static ArticleAnalyzer analyzer;

  private Models() {}

  /** The analyzer (annotate and extract stages) of this JVM. */
  static synchronized ArticleAnalyzer analyzer() {
    if (analyzer == null) {
      analyzer = new ArticleAnalyzer();
    }
    return analyzer;
  }

  /** The pipeline whose {@link DocumentPipeline#extract} cleans and extracts one document. */
  static synchronized DocumentPipeline pipeline() {
    if (pipeline == null) {
      // The thread count is unused by extract(): Spark's tasks are the parallelism.
      pipeline = new DocumentPipeline(1, new Ingestor(), analyzer());
    }
    return pipeline;
  }
}
