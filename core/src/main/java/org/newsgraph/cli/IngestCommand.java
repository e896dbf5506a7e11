package org.newsgraph.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.newsgraph.export.JsonlRecordReader;
import org.newsgraph.ingest.Ingestor;
import org.newsgraph.model.CleanDocument;
import org.newsgraph.model.Extraction;
import org.newsgraph.pipeline.ArticleAnalyzer;
import org.newsgraph.pipeline.DocumentPipeline;
import org.newsgraph.store.ParquetRecords;
import org.newsgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsgraph ingest PATH... [--data DIR]}: add documents to the store. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Extract records from articles and add them to the store (DuckDB tables and a Lucene index).",
      "Re-running adds only what is new; an interrupted run resumes where it stopped.",
      "PATH may be a file, a folder (read recursively) or - for stdin."
    })
final class IngestCommand implements Callable<Integer> {

  /** Problem lines shown on stderr before the rest are only counted. */
  private static final int SHOWN_PROBLEMS = 20;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "files, folders, or - for stdin")
  List<String> paths;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "the store's folder (default: ${DEFAULT-VALUE})")
  Path data = Path.of("newsgraph-data");

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "worker threads (default: the number of processors)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--batch",
      paramLabel = "N",
      description =
          "documents per transaction (default: ${DEFAULT-VALUE}); a batch is also"
              + " written after 30 seconds")
  int batch = 64;

  @Option(
      names = "--records",
      description =
          "the paths are document records (the JSONL output of extract, .jsonl or .jsonl.gz):"
              + " store them as they are, without extracting again")
  boolean records;

  @Option(
      names = "--parquet",
      description =
          "the paths are output folders of the Spark job (SparkIngestJob): store the records"
              + " of their records/ Parquet files, in input order, without extracting again")
  boolean parquet;

  @Mixin DocumentSizeOption documentSize = new DocumentSizeOption();

  @Option(
      names = "--no-stories",
      description =
          "store the documents without linking them into stories (near-duplicates, merged"
              + " events, stored tone), to measure what stories cost; not for real stores")
  boolean noStories;

  @Override
  public Integer call() throws IOException {
    if (threads < 1 || batch < 1) {
      throw new IllegalArgumentException("--threads and --batch must be at least 1");
    }
    Ingestor.Options ingestOptions = documentSize.ingestOptions();
    PrintWriter err = spec.commandLine().getErr();
    if (records && parquet) {
      throw new IllegalArgumentException("--records and --parquet cannot be used together");
    }
    if (records || parquet) {
      return ingestRecords(err);
    }
    DocumentPipeline.Summary summary;
    try (Store store = Store.open(data, !noStories);
        ProgressBar progress = progressBar()) {
      Ingestor ingestor = new Ingestor(ingestOptions);
      ingestor.exclude(data);
      Writer writer = new Writer(store, err, progress);
      summary =
          new DocumentPipeline(threads, ingestor, new ArticleAnalyzer())
              .skipKnown(store::contains)
              .run(paths, System.in, writer);
      writer.flush();
      if (progress != null) {
        progress.stepTo(writer.added + summary.known());
      }
      if (writer.hidden > 0) {
        err.printf(
            "newsgraph: ... and %d more messages (every problem is in its record)%n",
            writer.hidden);
      }
      err.printf(
          "newsgraph ingest: %s; %d added, the store holds %d%n",
          summary.format(), writer.added, store.size());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    err.flush();
    return summary.exitCode();
  }

  /**
   * Stores records read from JSONL files (in file and line order) or from Spark output folders (in
   * input order).
   */
  private int ingestRecords(PrintWriter err) throws IOException {
    long start = System.nanoTime();
    try (Store store = Store.open(data, !noStories);
        ProgressBar progress = progressBar()) {
      RecordBatches batches = new RecordBatches(store, err, progress);
      for (String path : paths) {
        if (parquet) {
          ParquetRecords.read(Path.of(path), record -> batches.add(record, path));
          continue;
        }
        try (BufferedReader in = open(Path.of(path))) {
          int lineNumber = 0;
          for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNumber++;
            if (!line.isBlank()) {
              batches.add(line, path + ":" + lineNumber);
            }
          }
        } catch (NoSuchFileException e) {
          batches.bad++;
          err.println("newsgraph: " + path + ": no such file");
        }
      }
      batches.flush();
      err.printf(
          Locale.ROOT,
          "newsgraph ingest: %d records, %d bad, %.1f s; %d added, the store holds %d%n",
          batches.read,
          batches.bad,
          (System.nanoTime() - start) / 1e9,
          batches.added,
          store.size());
      err.flush();
      if (batches.read == 0) {
        return Main.NOTHING_PROCESSED;
      }
      return batches.bad > 0 ? Main.SOME_PROBLEMS : Main.OK;
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Parses records and adds them to the store, a batch at a time. */
  private final class RecordBatches {
    private final Store store;
    private final PrintWriter err;
    private final ProgressBar progress;
    private final List<Extraction> pending = new ArrayList<>();
    long read;
    long bad;
    long added;

    RecordBatches(Store store, PrintWriter err, ProgressBar progress) {
      this.store = store;
      this.err = err;
      this.progress = progress;
    }

    /** Adds one record's JSON text; where says where it came from, for messages. */
    void add(String record, String where) {
      try {
        pending.add(JsonlRecordReader.read(record));
        read++;
      } catch (IllegalArgumentException e) {
        bad++;
        if (bad <= SHOWN_PROBLEMS) {
          err.println("newsgraph: " + where + ": " + e.getMessage());
        }
      }
      if (pending.size() >= batch) {
        flush();
      }
      if (progress != null) {
        progress.step();
      }
    }

    void flush() {
      try {
        added += store.add(pending);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      pending.clear();
    }
  }

  /** A JSONL file's lines, gunzipped when its name ends with .gz. */
  static BufferedReader open(Path path) throws IOException {
    InputStream in = Files.newInputStream(path);
    if (path.getFileName().toString().endsWith(".gz")) {
      in = new GZIPInputStream(in, 1 << 16);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }

  /** A progress bar on a terminal, none when stderr goes to a file or pipe. */
  private static ProgressBar progressBar() {
    if (System.console() == null) {
      return null;
    }
    return new ProgressBarBuilder()
        .setTaskName("ingest")
        .setInitialMax(-1)
        .setStyle(ProgressBarStyle.ASCII)
        .setUnit(" docs", 1)
        .setUpdateIntervalMillis(500)
        .build();
  }

  /** Gathers records into batches and adds them to the store. */
  private final class Writer implements DocumentPipeline.Listener {
    private static final long MAX_WAIT_NANOS = 30_000_000_000L;

    private final Store store;
    private final PrintWriter err;
    private final ProgressBar progress;
    private final List<Extraction> pending = new ArrayList<>();
    private long lastWrite = System.nanoTime();
    private long added;
    private int shown;
    private long hidden;

    Writer(Store store, PrintWriter err, ProgressBar progress) {
      this.store = store;
      this.err = err;
      this.progress = progress;
    }

    @Override
    public void record(Extraction extraction) {
      pending.add(extraction);
      for (String problem : extraction.document().problems()) {
        report(extraction.document().source() + ": " + problem);
      }
      if (pending.size() >= batch || System.nanoTime() - lastWrite > MAX_WAIT_NANOS) {
        flush();
      }
      step();
    }

    @Override
    public void known(CleanDocument document) {
      step();
    }

    @Override
    public void duplicate(CleanDocument document) {
      report(document.source() + ": duplicate of document " + document.id() + ", skipped");
    }

    @Override
    public void failed(String source, String message) {
      report(source + ": " + message);
    }

    void flush() {
      try {
        added += store.add(pending);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      pending.clear();
      lastWrite = System.nanoTime();
    }

    private void step() {
      if (progress != null) {
        progress.step();
      }
    }

    private void report(String line) {
      if (shown < SHOWN_PROBLEMS) {
        shown++;
        err.println("newsgraph: " + ExtractCommand.printable(line));
      } else {
        hidden++;
      }
    }
  }
}
