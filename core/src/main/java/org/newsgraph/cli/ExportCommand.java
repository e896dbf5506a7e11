package org.newsgraph.cli;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph export --format ... [--data DIR] -o PATH}: the store in other formats. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Write the store out: jsonl (the document records), parquet (one file per table, into a"
          + " folder), gdelt-events (GDELT 2.0 Event TSV) or gdelt-gkg (GKG 2.1 TSV)."
    })
final class ExportCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "FORMAT",
      description = "jsonl, parquet, gdelt-events or gdelt-gkg")
  String format;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "the store's folder (default: ${DEFAULT-VALUE})")
  Path data = Path.of("newsgraph-data");

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "PATH",
      description = "the file to write (a folder for parquet)")
  Path output;

  private OutputStream create() throws IOException {
    Path parent = output.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new IllegalArgumentException("output folder does not exist: " + parent);
    }
    return Files.newOutputStream(output);
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    String kind = format.toLowerCase(Locale.ROOT);
    try (Store store = Store.openReadOnly(data)) {
      StoreExport export = new StoreExport(store);
      long rows;
      switch (kind) {
        case "parquet" -> {
          Files.createDirectories(output);
          rows = export.parquet(output);
        }
        case "jsonl" -> {
          try (Writer out =
              new BufferedWriter(
                  new OutputStreamWriter(create(), StandardCharsets.UTF_8), 1 << 16)) {
            rows = export.jsonl(out);
          }
        }
        case "gdelt-events", "gdelt-gkg" -> {
          StoreExport.GdeltCount count;
          try (OutputStream out = new BufferedOutputStream(create(), 1 << 16)) {
            count = kind.equals("gdelt-events") ? export.gdeltEvents(out) : export.gdeltGkg(out);
          }
          rows = count.rows();
          if (count.skipped() > 0) {
            err.printf(
                "newsgraph export: %d events left out (no date, or past 1000 in one document)%n",
                count.skipped());
          }
        }
        default ->
            throw new IllegalArgumentException(
                "unknown format " + format + ": use jsonl, parquet, gdelt-events or gdelt-gkg");
      }
      err.printf("newsgraph export: %d rows of %s written to %s%n", rows, kind, output);
    }
    err.flush();
    return Main.OK;
  }
}
