package org.newsgraph.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.clean.DocumentCleaner;
import org.newsgraph.export.JsonlRecordWriter;
import org.newsgraph.ingest.DocumentSink;
import org.newsgraph.ingest.Ingestor;
import org.newsgraph.model.CleanDocument;
import org.newsgraph.model.Extraction;
import org.newsgraph.model.RawDocument;
import org.newsgraph.pipeline.DocumentPipeline;

/**
 * Measures throughput of the pipeline and of each stage on a corpus: ingest alone, clean alone on
 * one thread, and the whole {@code extract} pipeline (ingest, clean, JSONL written to nowhere).
 * Each is run once to warm up and then {@code runs} times; medians are reported, since the machines
 * are noisy. Peak RSS is the process high-water mark ({@code VmHWM}).
 */
public final class PipelineBench {

  /** Documents cleaned in the single-thread clean measure; enough to be stable, small in memory. */
  private static final int CLEAN_SAMPLE = 3_000;

  private final int threads;
  private final int runs;
  private final PrintWriter out;

  /**
   * @throws IllegalArgumentException if threads or runs is less than 1
   */
  public PipelineBench(int threads, int runs, PrintWriter out) {
    if (threads < 1 || runs < 1) {
      throw new IllegalArgumentException(
          "threads and runs must be at least 1: " + threads + " " + runs);
    }
    this.threads = threads;
    this.runs = runs;
    this.out = out;
  }

  /** Runs every measure on the given inputs and prints a report. */
  public void run(List<String> inputs) {
    out.println("machine: " + machine());
    out.printf(Locale.ROOT, "input: %s; %d runs after a warm-up; medians%n", inputs, runs);

    List<Double> ingest = new ArrayList<>();
    long[] count = new long[1];
    for (int i = 0; i <= runs; i++) {
      long start = System.nanoTime();
      count[0] = 0;
      new Ingestor().read(inputs, InputStream.nullInputStream(), counting(count));
      if (i > 0) {
        ingest.add((System.nanoTime() - start) / 1e9);
      }
    }
    long documents = count[0];
    report("ingest (read + decode)", documents, ingest, 1);

    List<RawDocument> sample = firstDocuments(inputs, CLEAN_SAMPLE);
    DocumentCleaner cleaner = new DocumentCleaner();
    List<Double> clean = new ArrayList<>();
    for (int i = 0; i <= runs; i++) {
      long start = System.nanoTime();
      for (RawDocument doc : sample) {
        cleaner.clean(doc);
      }
      if (i > 0) {
        clean.add((System.nanoTime() - start) / 1e9);
      }
    }
    report("clean (1 thread, sample)", sample.size(), clean, 1);
    sample = null;

    List<Double> whole = new ArrayList<>();
    long emitted = 0;
    for (int i = 0; i <= runs; i++) {
      var writer = new JsonlRecordWriter(OutputStream.nullOutputStream());
      var summary =
          new DocumentPipeline(threads, new Ingestor())
              .run(inputs, InputStream.nullInputStream(), discarding(writer));
      emitted = summary.documents();
      if (i > 0) {
        whole.add(summary.seconds());
      }
    }
    report("extract --clean-only", documents, whole, threads);
    out.printf(Locale.ROOT, "records emitted: %d (duplicates dropped)%n", emitted);
    out.printf(Locale.ROOT, "peak RSS: %s%n", peakRss());
    out.flush();
  }

  private void report(String what, long documents, List<Double> seconds, int usedThreads) {
    double median = median(seconds);
    out.printf(
        Locale.ROOT,
        "%-30s %8d docs  median %7.2f s  %9.0f docs/s  (%d thread%s; runs %s)%n",
        what,
        documents,
        median,
        documents / median,
        usedThreads,
        usedThreads == 1 ? "" : "s",
        seconds.stream().map(s -> String.format(Locale.ROOT, "%.2f", s)).toList());
    out.flush();
  }

  /** The first {@code limit} documents read from the inputs (read failures skipped). */
  static List<RawDocument> firstDocuments(List<String> inputs, int limit) {
    List<RawDocument> sample = new ArrayList<>();
    new Ingestor()
        .read(
            inputs,
            InputStream.nullInputStream(),
            new DocumentSink() {
              @Override
              public void accept(RawDocument document) {
                if (sample.size() < limit) {
                  sample.add(document);
                }
              }

              @Override
              public void failed(String source, String message) {}
            });
    return sample;
  }

  private static DocumentSink counting(long[] count) {
    return new DocumentSink() {
      @Override
      public void accept(RawDocument document) {
        count[0]++;
      }

      @Override
      public void failed(String source, String message) {}
    };
  }

  private static DocumentPipeline.Listener discarding(JsonlRecordWriter writer) {
    return new DocumentPipeline.Listener() {
      @Override
      public void record(Extraction extraction) {
        writer.write(extraction);
      }

      @Override
      public void duplicate(CleanDocument document) {}

      @Override
      public void failed(String source, String message) {}
    };
  }

  static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /** The process's peak resident set size, from /proc (Linux); "unknown" elsewhere. */
  static String peakRss() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          long kb = Long.parseLong(line.replaceAll("\\D", ""));
          return String.format(Locale.ROOT, "%.0f MB", kb / 1024.0);
        }
      }
    } catch (IOException | NumberFormatException e) {
      // Not Linux: no figure rather than a wrong one.
    }
    return "unknown";
  }

  private static String machine() {
    Runtime rt = Runtime.getRuntime();
    return String.format(
        Locale.ROOT,
        "%d cores, max heap %d MB, Java %s, %s %s",
        rt.availableProcessors(),
        rt.maxMemory() >> 20,
        System.getProperty("java.version"),
        System.getProperty("os.name"),
        System.getProperty("os.arch"));
  }
}
