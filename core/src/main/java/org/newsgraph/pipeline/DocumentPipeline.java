package org.newsgraph.pipeline;

import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.newsgraph.clean.DocumentCleaner;
import org.newsgraph.ingest.DocumentSink;
import org.newsgraph.ingest.Ingestor;
import org.newsgraph.model.CleanDocument;
import org.newsgraph.model.Extraction;
import org.newsgraph.model.RawDocument;

/**
 * Runs the stages over a stream of input: one thread reads, a pool cleans and extracts, and the
 * calling thread receives the results in input order, with exact duplicates (same clean text)
 * dropped and counted.
 *
 * <p>Memory stays bounded whatever the input size: at most a small, fixed number of documents is in
 * flight between the reader and the caller.
 *
 * <p>Not thread-safe: run one {@code run} at a time per instance.
 */
public final class DocumentPipeline {

  /** Receives the results, always on the thread that called {@link #run}. */
  public interface Listener {
    /** A document record to emit. */
    void record(Extraction extraction);

    /** A document whose clean text equals that of one already emitted; not emitted again. */
    void duplicate(CleanDocument document);

    /** A source from which nothing could be read. */
    void failed(String source, String message);

    /**
     * A document the {@linkplain #skipKnown known-id test} accepted: cleaned, not extracted, not
     * emitted.
     */
    default void known(CleanDocument document) {}
  }

  /** What a run did. */
  public record Summary(
      long documents,
      long duplicates,
      long known,
      long withProblems,
      long failures,
      double seconds) {

    /**
     * Exit code per DESIGN.md: 0 all fine, 1 some problems, 3 nothing could be processed. Input
     * that was all known already counts as processed.
     */
    public int exitCode() {
      if (documents == 0 && known == 0) {
        return 3;
      }
      return withProblems + failures > 0 ? 1 : 0;
    }

    /** The one-line summary printed on stderr. */
    public String format() {
      return String.format(
          java.util.Locale.ROOT,
          "%d documents, %d duplicates, %s%d problems, %.1f s",
          documents,
          duplicates,
          known == 0 ? "" : known + " already known, ",
          withProblems + failures,
          seconds);
    }
  }

  private sealed interface Item permits Cleaned, Failure, End {}

  private record Cleaned(Future<Processed> result) implements Item {}

  /** A worker's result: the extraction, or only the clean document when its id was known. */
  private record Processed(Extraction extraction, boolean known) {}

  private record Failure(String source, String message) implements Item {}

  private record End() implements Item {}

  private final int threads;
  private final Ingestor ingestor;
  private final Function<CleanDocument, Extraction> extractor;
  private final DocumentCleaner cleaner = new DocumentCleaner();
  private volatile Predicate<String> known = id -> false;

  /**
   * A pipeline that only cleans: the extraction lists of its records stay empty.
   *
   * @throws IllegalArgumentException if threads is less than 1
   */
  public DocumentPipeline(int threads, Ingestor ingestor) {
    this(threads, ingestor, Extraction::of);
  }

  /**
   * A pipeline with the given number of worker threads, each document cleaned and then handed to
   * the extractor.
   *
   * @param extractor the extraction stages; called from several threads at once, so thread-safe; a
   *     failure on one document must come back as a problem on it, not as an exception
   * @throws IllegalArgumentException if threads is less than 1
   */
  public DocumentPipeline(
      int threads, Ingestor ingestor, Function<CleanDocument, Extraction> extractor) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.threads = threads;
    this.ingestor = ingestor;
    this.extractor = extractor;
  }

  /**
   * Makes the pipeline skip documents whose id the test accepts: they are cleaned (the id is a hash
   * of the clean text) but not extracted, and go to {@link Listener#known} instead of {@link
   * Listener#record}. The test is called from worker threads, so it must be thread-safe.
   *
   * @return this pipeline
   */
  public DocumentPipeline skipKnown(Predicate<String> known) {
    this.known = Objects.requireNonNull(known, "known");
    return this;
  }

  /** Reads the paths ("-" for stdin) and delivers every result to the listener, in input order. */
  public Summary run(List<String> paths, InputStream stdin, Listener listener) {
    return run(sink -> ingestor.read(paths, stdin, sink), String.join(" ", paths), listener);
  }

  /**
   * Reads one stream of JSON Lines (see {@link Ingestor#readJsonl}; not closed) and delivers every
   * result to the listener, in input order.
   */
  public Summary runJsonl(String name, InputStream in, Listener listener) {
    return run(sink -> ingestor.readJsonl(name, in, sink), name, listener);
  }

  private Summary run(Consumer<DocumentSink> reading, String what, Listener listener) {
    long start = System.nanoTime();
    BlockingQueue<Item> queue = new ArrayBlockingQueue<>(threads * 4);
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemon("newsgraph-work"));
    Thread reader = daemon("newsgraph-read").newThread(() -> read(reading, what, queue, pool));
    reader.start();
    long documents = 0;
    long duplicates = 0;
    long knownDocuments = 0;
    long withProblems = 0;
    long failures = 0;
    Set<String> seen = new HashSet<>();
    try {
      for (Item item = take(queue); !(item instanceof End); item = take(queue)) {
        if (item instanceof Failure failure) {
          failures++;
          listener.failed(failure.source(), failure.message());
          continue;
        }
        Processed processed = result(((Cleaned) item).result());
        Extraction extraction = processed.extraction();
        CleanDocument doc = extraction.document();
        if (processed.known()) {
          knownDocuments++;
          listener.known(doc);
          continue;
        }
        // Empty texts all share one id; each is its own problem report, never a duplicate.
        if (!doc.text().isEmpty() && !seen.add(doc.id())) {
          duplicates++;
          listener.duplicate(doc);
          continue;
        }
        documents++;
        if (!doc.problems().isEmpty()) {
          withProblems++;
        }
        listener.record(extraction);
      }
    } finally {
      pool.shutdownNow();
      reader.interrupt();
    }
    return new Summary(
        documents,
        duplicates,
        knownDocuments,
        withProblems,
        failures,
        (System.nanoTime() - start) / 1e9);
  }

  private void read(
      Consumer<DocumentSink> reading,
      String what,
      BlockingQueue<Item> queue,
      ExecutorService pool) {
    try {
      reading.accept(
          new DocumentSink() {
            @Override
            public void accept(RawDocument document) {
              put(queue, new Cleaned(pool.submit(() -> process(document))));
            }

            @Override
            public void failed(String source, String message) {
              put(queue, new Failure(source, message));
            }
          });
    } catch (RuntimeException e) {
      put(queue, new Failure(what, "reading stopped: " + e.getMessage()));
    } finally {
      put(queue, new End());
    }
  }

  /**
   * One document through the stages as a worker of {@link #run} takes it, the known-id test aside:
   * cleaned, then extracted unless its clean text is empty. For callers that distribute documents
   * themselves (the Spark job); duplicates are theirs to drop. Thread-safe when the extractor is.
   */
  public Extraction extract(RawDocument document) {
    CleanDocument clean = cleanSafely(document);
    return clean.text().isEmpty() ? Extraction.of(clean) : extractor.apply(clean);
  }

  private Processed process(RawDocument document) {
    CleanDocument clean = cleanSafely(document);
    if (clean.text().isEmpty()) {
      return new Processed(Extraction.of(clean), false);
    }
    if (known.test(clean.id())) {
      return new Processed(Extraction.of(clean), true);
    }
    return new Processed(extractor.apply(clean), false);
  }

  private CleanDocument cleanSafely(RawDocument document) {
    try {
      return cleaner.clean(document);
    } catch (StackOverflowError e) {
      // Deeply nested markup or a pathological regex input: report it on the document.
      return cleaner.clean(
          new RawDocument(
              document.source(),
              document.url(),
              document.title(),
              document.published(),
              RawDocument.Format.TEXT,
              "",
              List.of("too deeply nested to clean: skipped")));
    }
  }

  private static Processed result(Future<Processed> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("processing failed: " + e.getCause(), e.getCause());
    }
  }

  private static Item take(BlockingQueue<Item> queue) {
    try {
      return queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static void put(BlockingQueue<Item> queue, Item item) {
    try {
      queue.put(item);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
