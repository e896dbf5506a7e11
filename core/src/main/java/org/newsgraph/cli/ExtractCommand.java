package org.newsgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.export.JsonlRecordWriter;
import org.newsgraph.ingest.Ingestor;
import org.newsgraph.model.CleanDocument;
import org.newsgraph.model.Extraction;
import org.newsgraph.pipeline.ArticleAnalyzer;
import org.newsgraph.pipeline.DocumentPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsgraph extract PATH... [-o FILE]}: one JSON record per document. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Read articles and write one JSON record per document (JSONL).",
      "PATH may be a file (.txt .html .htm .jsonl .csv .warc .warc.gz, or .gz of these),"
          + " a folder (read recursively) or - for stdin."
    })
final class ExtractCommand implements Callable<Integer> {

  /** Problem lines shown on stderr before the rest are only counted: records carry them all. */
  private static final int SHOWN_PROBLEMS = 20;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "files, folders, or - for stdin")
  List<String> paths;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "write the records to FILE instead of stdout")
  Path output;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "worker threads (default: the number of processors)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--clean-only",
      description =
          "stop after cleaning: records without entities or quotes, about 100x faster"
              + " (no language models loaded)")
  boolean cleanOnly;

  @Mixin DocumentSizeOption documentSize = new DocumentSizeOption();

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (threads < 1) {
      throw new IllegalArgumentException("--threads must be at least 1: " + threads);
    }
    Ingestor.Options ingestOptions = documentSize.ingestOptions();
    DocumentPipeline.Summary summary;
    try (OutputStream out = open();
        JsonlRecordWriter writer = new JsonlRecordWriter(out)) {
      var listener = new Reporter(writer, err);
      Ingestor ingestor = new Ingestor(ingestOptions);
      if (output != null) {
        ingestor.exclude(output); // written into its own input folder, it is not input
      }
      DocumentPipeline pipeline =
          cleanOnly
              ? new DocumentPipeline(threads, ingestor)
              : new DocumentPipeline(threads, ingestor, new ArticleAnalyzer());
      summary = pipeline.run(paths, System.in, listener);
      if (listener.hidden > 0) {
        err.printf(
            "newsgraph: ... and %d more messages (every problem is in its record)%n",
            listener.hidden);
      }
    }
    err.println("newsgraph extract: " + summary.format());
    err.flush();
    return summary.exitCode();
  }

  /**
   * A message as one line on a terminal: control characters (a newline in a file name, an escape
   * sequence) are shown escaped, never sent as they are.
   */
  static String printable(String line) {
    StringBuilder b = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      switch (c) {
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (Character.isISOControl(c)) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  private OutputStream open() throws IOException {
    if (output == null) {
      // Never close System.out through the writer: wrap it so that close only flushes.
      return new BufferedOutputStream(
          new java.io.FilterOutputStream(System.out) {
            @Override
            public void close() throws IOException {
              flush();
            }
          },
          1 << 16);
    }
    Path parent = output.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new IllegalArgumentException("output folder does not exist: " + parent);
    }
    return new BufferedOutputStream(Files.newOutputStream(output), 1 << 16);
  }

  /** Writes records and tells the user about problems, briefly. */
  private static final class Reporter implements DocumentPipeline.Listener {
    private final JsonlRecordWriter writer;
    private final PrintWriter err;
    private int shown;
    private long hidden;

    Reporter(JsonlRecordWriter writer, PrintWriter err) {
      this.writer = writer;
      this.err = err;
    }

    @Override
    public void record(Extraction extraction) {
      writer.write(extraction);
      CleanDocument document = extraction.document();
      for (String problem : document.problems()) {
        report(document.source() + ": " + problem);
      }
    }

    @Override
    public void duplicate(CleanDocument document) {
      report(document.source() + ": duplicate of document " + document.id() + ", skipped");
    }

    @Override
    public void failed(String source, String message) {
      report(source + ": " + message);
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
