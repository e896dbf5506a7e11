package org.newsgraph.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.annotate.CoreNlpAnnotator;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.clean.DocumentCleaner;
import org.newsgraph.extract.place.DocumentPlaces;
import org.newsgraph.extract.time.DocumentDates;
import org.newsgraph.model.CleanDocument;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventPlace;
import org.newsgraph.model.Quote;
import org.newsgraph.pipeline.ArticleAnalyzer;

/**
 * Measures the language stages on clean documents: annotate (CoreNLP), entities, quotes, dates,
 * places and events (the dependency parser included, on the sentences the event stage picks), as
 * {@code extract} runs them ({@link ArticleAnalyzer}). Reports the model load, then tokens/s and
 * documents/s of all of them together on one thread and on {@code threads} threads, each run once
 * to warm up and then {@code runs} times, medians reported (the machines are noisy), and each
 * stage's share of the time. Peak RSS is the process high-water mark, so it includes whatever ran
 * before in the same process. With {@link CoreNlpAnnotator.Options#dependencies()} the annotate
 * stage also parses, and the report counts the sentences that got a parse.
 *
 * <p>Not thread-safe; one run at a time.
 */
public final class AnalyzeBench {

  private final int threads;
  private final int runs;
  private final PrintWriter out;
  private final CoreNlpAnnotator.Options options;

  /**
   * A bench of the default annotator (no dependency parse).
   *
   * @param threads the most threads to measure with (1 is always measured too)
   * @param runs timed runs after the warm-up, per thread count
   * @param out where the report goes
   * @throws IllegalArgumentException if threads or runs is less than 1
   */
  public AnalyzeBench(int threads, int runs, PrintWriter out) {
    this(threads, runs, out, CoreNlpAnnotator.Options.defaults());
  }

  /**
   * @param threads the most threads to measure with (1 is always measured too)
   * @param runs timed runs after the warm-up, per thread count
   * @param out where the report goes
   * @param options how to annotate
   * @throws IllegalArgumentException if threads or runs is less than 1
   */
  public AnalyzeBench(int threads, int runs, PrintWriter out, CoreNlpAnnotator.Options options) {
    if (threads < 1 || runs < 1) {
      throw new IllegalArgumentException(
          "threads and runs must be at least 1: " + threads + " " + runs);
    }
    this.threads = threads;
    this.runs = runs;
    this.out = out;
    this.options = Objects.requireNonNull(options, "options");
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
    return PipelineBench.firstDocuments(inputs, limit).stream().map(cleaner::clean).toList();
  }

  /** Loads the models (unless already loaded), measures the documents and prints a report. */
  public void run(List<CleanDocument> documents) {
    long loadStart = System.nanoTime();
    ArticleAnalyzer analyzer = new ArticleAnalyzer(new CoreNlpAnnotator(options));
    double load = (System.nanoTime() - loadStart) / 1e9;
    out.printf(
        Locale.ROOT,
        "language stages%s: %d documents, %d characters; models and dictionaries loaded"
            + " in %.2f s (0 if already loaded)%n",
        options.dependencies() ? " (with dependency parse)" : "",
        documents.size(),
        documents.stream().mapToLong(d -> d.text().length()).sum(),
        load);
    out.flush();

    Set<Integer> counts = new LinkedHashSet<>(List.of(1, threads));
    for (int n : counts) {
      List<Double> seconds = new ArrayList<>();
      List<Double> cpu = new ArrayList<>();
      Tally tally = null;
      for (int i = 0; i <= runs; i++) {
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        tally = analyzeAll(analyzer, documents, n);
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

  /** What one pass counted, and the time each stage took summed over the threads. */
  private static final class Tally {
    final AtomicLong tokens = new AtomicLong();
    final AtomicLong sentences = new AtomicLong();
    final AtomicLong parsed = new AtomicLong();
    final AtomicLong entities = new AtomicLong();
    final AtomicLong quotes = new AtomicLong();
    final AtomicLong problems = new AtomicLong();
    final AtomicLong annotateNanos = new AtomicLong();
    final AtomicLong annotateCpuNanos = new AtomicLong();
    final AtomicLong entityNanos = new AtomicLong();
    final AtomicLong quoteNanos = new AtomicLong();
    final AtomicLong dateNanos = new AtomicLong();
    final AtomicLong placeNanos = new AtomicLong();
    final AtomicLong eventNanos = new AtomicLong();
    final AtomicLong events = new AtomicLong();
  }

  /** Runs the stages on every document on {@code n} threads. */
  private static Tally analyzeAll(ArticleAnalyzer analyzer, List<CleanDocument> documents, int n) {
    AtomicInteger next = new AtomicInteger();
    Tally tally = new Tally();
    Runnable worker =
        () -> {
          for (int i = next.getAndIncrement(); i < documents.size(); i = next.getAndIncrement()) {
            CleanDocument doc = documents.get(i);
            long c0 = threadCpuNanos();
            long t0 = System.nanoTime();
            AnnotatedDocument annotated = analyzer.annotate(doc);
            long t1 = System.nanoTime();
            tally.annotateCpuNanos.addAndGet(threadCpuNanos() - c0);
            List<Entity> entities = analyzer.entities(annotated);
            long t2 = System.nanoTime();
            List<Quote> quotes = analyzer.quotes(annotated, entities);
            long t3 = System.nanoTime();
            DocumentDates dates = analyzer.dates(annotated, entities);
            long t4 = System.nanoTime();
            DocumentPlaces places = analyzer.places(annotated, entities);
            long t5 = System.nanoTime();
            List<Event> events =
                analyzer.events(
                    annotated,
                    entities,
                    dates::sentenceDate,
                    k -> EventPlace.of(places.inSentence(k)));
            long t6 = System.nanoTime();
            tally.annotateNanos.addAndGet(t1 - t0);
            tally.entityNanos.addAndGet(t2 - t1);
            tally.quoteNanos.addAndGet(t3 - t2);
            tally.dateNanos.addAndGet(t4 - t3);
            tally.placeNanos.addAndGet(t5 - t4);
            tally.eventNanos.addAndGet(t6 - t5);
            tally.events.addAndGet(events.size());
            long tokens = 0;
            long parsed = 0;
            for (Sentence s : annotated.sentences()) {
              tokens += s.tokens().size();
              parsed += s.parse().isEmpty() ? 0 : 1;
            }
            tally.parsed.addAndGet(parsed);
            tally.tokens.addAndGet(tokens);
            tally.sentences.addAndGet(annotated.sentences().size());
            tally.entities.addAndGet(entities.size());
            tally.quotes.addAndGet(quotes.size());
            tally.problems.addAndGet(
                annotated.document().problems().size() - doc.problems().size());
          }
        };
    if (n == 1) {
      worker.run();
    } else {
      List<Thread> pool = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        Thread t = new Thread(worker, "analyze-bench-" + i);
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
    return tally;
  }

  private void report(
      int n, int documents, Tally tally, List<Double> seconds, List<Double> cpuSeconds) {
    double median = PipelineBench.median(seconds);
    double cpu = PipelineBench.median(cpuSeconds);
    long tokens = tally.tokens.get();
    out.printf(
        Locale.ROOT,
        "all language stages (%d thread%s) %8d tokens %6d sentences  median %7.2f s"
            + "  %8.0f tokens/s  %7.1f docs/s  (runs %s; %d entities, %d quotes, %d events,"
            + " %d annotation problems%s)%n",
        n,
        n == 1 ? "" : "s",
        tokens,
        tally.sentences.get(),
        median,
        tokens / median,
        documents / median,
        seconds.stream().map(s -> String.format(Locale.ROOT, "%.2f", s)).toList(),
        tally.entities.get(),
        tally.quotes.get(),
        tally.events.get(),
        tally.problems.get(),
        options.dependencies() ? "; " + tally.parsed.get() + " sentences parsed" : "");
    double total =
        tally.annotateNanos.get()
            + tally.entityNanos.get()
            + tally.quoteNanos.get()
            + tally.dateNanos.get()
            + tally.placeNanos.get()
            + tally.eventNanos.get();
    out.printf(
        Locale.ROOT,
        "    time by stage (last run): annotate %.1f%%, entities %.1f%%, quotes %.1f%%, dates"
            + " %.1f%%, places %.1f%%, events %.1f%% (parsing included)%n",
        100 * tally.annotateNanos.get() / total,
        100 * tally.entityNanos.get() / total,
        100 * tally.quoteNanos.get() / total,
        100 * tally.dateNanos.get() / total,
        100 * tally.placeNanos.get() / total,
        100 * tally.eventNanos.get() / total);
    if (tally.annotateCpuNanos.get() > 0) {
      // The annotating threads' own CPU time: the least disturbed by other processes on the
      // machine.
      out.printf(
          Locale.ROOT,
          "    annotate: %.2f thread-CPU s, %.0f tokens per thread-CPU-second%n",
          tally.annotateCpuNanos.get() / 1e9,
          tokens / (tally.annotateCpuNanos.get() / 1e9));
    }
    if (cpu > 0) {
      // On a shared machine wall time depends on the neighbours; process CPU time much less so.
      out.printf(
          Locale.ROOT,
          "    process CPU %.2f s: %.0f tokens per CPU-second; CPU/wall %.2f%n",
          cpu,
          tokens / cpu,
          cpu / median);
    }
    out.flush();
  }

  /** CPU time of the calling thread, or 0 where unknown. */
  private static long threadCpuNanos() {
    var threads = ManagementFactory.getThreadMXBean();
    return threads.isCurrentThreadCpuTimeSupported()
        ? Math.max(0, threads.getCurrentThreadCpuTime())
        : 0;
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
