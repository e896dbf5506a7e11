package org.newsgraph.bench;

import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.annotate.CoreNlpAnnotator;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.clean.DocumentCleaner;
import org.newsgraph.ingest.DocumentSink;
import org.newsgraph.ingest.Ingestor;
import org.newsgraph.model.CleanDocument;
import org.newsgraph.model.RawDocument;

/**
 * Measures the annotate stage ({@link CoreNlpAnnotator}) on clean documents: the model load, then
 * tokens/s and documents/s on one thread and on {@code threads} threads, each run once to warm up
 * and then {@code runs} times, medians reported (the machines are noisy). Peak RSS is the process
 * high-water mark, so it includes whatever ran before in the same process.
 *
 * <p>Not thread-safe; one run at a time.
 */
public final class AnnotateBench {

  private final int threads;
  private final int runs;
  private final PrintWriter out;

  /**
   * @param threads the most threads to measure with (1 is always measured too)
   * @param runs timed runs after the warm-up, per thread count
   * @param out where the report goes
   * @throws IllegalArgumentException if threads or runs is less than 1
   */
  public AnnotateBench(int threads, int runs, PrintWriter out) {
    if (threads < 1 || runs < 1) {
      throw new IllegalArgumentException(
          "threads and runs must be at least 1: " + threads + " " + runs);
    }
    this.threads = threads;
    this.runs = runs;
    this.out = out;
  }

  /**
   * Reads and cleans the first {@code limit} documents of the given inputs (anything {@code
   * extract} accepts), for {@link #run}.
   *
   * @throws IllegalArgumentException if limit is less than 1
   */
  public static List<CleanDocument> cleanDocuments(List<String> inputs, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1: " + limit);
    }
    DocumentCleaner cleaner = new DocumentCleaner();
    List<CleanDocument> documents = new ArrayList<>();
    new Ingestor()
        .read(
            inputs,
            InputStream.nullInputStream(),
            new DocumentSink() {
              @Override
              public void accept(RawDocument document) {
                if (documents.size() < limit) {
                  documents.add(cleaner.clean(document));
                }
              }

              @Override
              public void failed(String source, String message) {}
            });
    return documents;
  }

  /** Loads the models (unless already loaded), measures the documents and prints a report. */
  public void run(List<CleanDocument> documents) {
    long loadStart = System.nanoTime();
    CoreNlpAnnotator annotator = new CoreNlpAnnotator();
    double load = (System.nanoTime() - loadStart) / 1e9;
    out.printf(
        Locale.ROOT,
        "annotate: %d documents, %d characters; model load %.2f s (0 if already loaded)%n",
        documents.size(),
        documents.stream().mapToLong(d -> d.text().length()).sum(),
        load);
    out.flush();

    Set<Integer> counts = new LinkedHashSet<>(List.of(1, threads));
    for (int n : counts) {
      List<Double> seconds = new ArrayList<>();
      List<Double> cpu = new ArrayList<>();
      long[] tally = null;
      for (int i = 0; i <= runs; i++) {
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        tally = annotateAll(annotator, documents, n);
        if (i > 0) {
          seconds.add((System.nanoTime() - start) / 1e9);
          cpu.add((processCpuNanos() - cpuStart) / 1e9);
        }
      }
      report(n, documents.size(), tally, seconds, cpu);
    }
    out.printf(Locale.ROOT, "peak RSS: %s%n", PipelineBench.peakRss());
    out.flush();
  }

  /** Annotates every document on {@code n} threads; returns {tokens, sentences, problems}. */
  private static long[] annotateAll(
      CoreNlpAnnotator annotator, List<CleanDocument> documents, int n) {
    AtomicInteger next = new AtomicInteger();
    AtomicLong tokens = new AtomicLong();
    AtomicLong sentences = new AtomicLong();
    AtomicLong problems = new AtomicLong();
    Runnable worker =
        () -> {
          for (int i = next.getAndIncrement(); i < documents.size(); i = next.getAndIncrement()) {
            CleanDocument doc = documents.get(i);
            AnnotatedDocument result = annotator.annotate(doc);
            long t = 0;
            for (Sentence s : result.sentences()) {
              t += s.tokens().size();
            }
            tokens.addAndGet(t);
            sentences.addAndGet(result.sentences().size());
            problems.addAndGet(result.document().problems().size() - doc.problems().size());
          }
        };
    if (n == 1) {
      worker.run();
    } else {
      List<Thread> pool = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        Thread t = new Thread(worker, "annotate-bench-" + i);
        t.start();
        pool.add(t);
      }
      for (Thread t : pool) {
        try {
          t.join();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while measuring", e);
        }
      }
    }
    return new long[] {tokens.get(), sentences.get(), problems.get()};
  }

  private void report(
      int n, int documents, long[] tally, List<Double> seconds, List<Double> cpuSeconds) {
    double median = PipelineBench.median(seconds);
    double cpu = PipelineBench.median(cpuSeconds);
    out.printf(
        Locale.ROOT,
        "annotate (%d thread%s) %8d tokens %6d sentences  median %7.2f s  %8.0f tokens/s"
            + "  %7.1f docs/s  (runs %s; %d annotation problems)%n",
        n,
        n == 1 ? "" : "s",
        tally[0],
        tally[1],
        median,
        tally[0] / median,
        documents / median,
        seconds.stream().map(s -> String.format(Locale.ROOT, "%.2f", s)).toList(),
        tally[2]);
    if (cpu > 0) {
      // On a shared machine wall time depends on the neighbours; process CPU time much less so.
      out.printf(
          Locale.ROOT,
          "    process CPU %.2f s: %.0f tokens per CPU-second; CPU/wall %.2f%n",
          cpu,
          tally[0] / cpu,
          cpu / median);
    }
    out.flush();
  }

  /** CPU time of the whole process (all threads, GC and JIT included), or 0 where unknown. */
  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return Math.max(0, os.getProcessCpuTime());
    }
    return 0;
  }
}
