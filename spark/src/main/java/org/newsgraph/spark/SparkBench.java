package org.newsgraph.spark;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.newsgraph.bench.ReutersSgml;
import org.newsgraph.ingest.Ingestor;
import org.newsgraph.model.CleanDocument;
import org.newsgraph.model.Extraction;
import org.newsgraph.pipeline.DocumentPipeline;
import org.newsgraph.store.ParquetRecords;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * How the job's cost grows with its input: runs it in local mode on the first N Reuters-21578
 * stories for each size asked, the models loaded beforehand (timed apart), and prints a Markdown
 * table of wall and CPU times (after an untimed warm-up): core's pipeline alone on the same input
 * and as many threads (the baseline, what {@code extract} costs), then the job's records (the
 * language models, on the executors) and tables (on the driver). Run by {@code spark/bench.sh}.
 */
@Command(
    name = "SparkBench",
    mixinStandardHelpOptions = true,
    description = "Time the Spark job in local mode at several input sizes (Reuters-21578).")
public final class SparkBench implements Callable<Integer> {

  private static final int WARM_UP = 20;
  private static final PrintStream NO_ERR = new PrintStream(OutputStream.nullOutputStream());

  private final com.sun.management.OperatingSystemMXBean system =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  @Option(
      names = "--reuters",
      paramLabel = "DIR",
      description = "the Reuters-21578 SGML files (default: ${DEFAULT-VALUE})")
  Path reuters = Path.of("../shared/corpora/reuters21578");

  @Option(
      names = "--sizes",
      split = ",",
      paramLabel = "N,N,...",
      description = "input sizes in documents (default: 50,200,800)")
  List<Integer> sizes = List.of(50, 200, 800);

  @Option(
      names = "--master",
      paramLabel = "URL",
      description = "the Spark master (default: ${DEFAULT-VALUE})")
  String master = "local[*]";

  /** Runs the benchmark and exits. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new SparkBench()).execute(args));
  }

  @Override
  public Integer call() throws IOException {
    List<Path> files = ReutersSgml.files(reuters);
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no reut2-NNN.sgm files in " + reuters);
    }
    Path work = Files.createTempDirectory("newsgraph-spark-bench");
    PrintStream out = System.out;
    try {
      Path all = work.resolve("reuters.jsonl");
      try (OutputStream file = Files.newOutputStream(all)) {
        ReutersSgml.convert(files, file);
      }
      SparkSession spark =
          SparkSession.builder()
              .master(master)
              .appName("newsgraph-bench")
              .config("spark.ui.enabled", "false")
              .getOrCreate();
      try {
        int cores = spark.sparkContext().defaultParallelism();
        long start = System.nanoTime();
        Models.pipeline();
        double load = seconds(start);
        // Warm-up, untimed: the JIT and the models' lazily loaded parts.
        Path warm = work.resolve("warm-up.jsonl");
        head(all, warm, WARM_UP);
        extract(warm, cores);
        SparkIngestJob.run(
            spark, List.of(warm.toString()), work.resolve("out-warm").toString(), 0, false, NO_ERR);
        double loadBefore = system.getSystemLoadAverage();
        List<String> rows = new ArrayList<>();
        for (int size : sizes) {
          Path input = work.resolve("reuters-" + size + ".jsonl");
          int written = head(all, input, size);
          String output = work.resolve("out-" + size).toString();
          double cpu = cpu();
          double extract = extract(input, cores);
          double extractCpu = cpu() - cpu;
          cpu = cpu();
          start = System.nanoTime();
          DocumentPipeline.Summary summary =
              SparkIngestJob.run(spark, List.of(input.toString()), output, 0, false, NO_ERR);
          double records = seconds(start);
          double recordsCpu = cpu() - cpu;
          start = System.nanoTime();
          TableExport.write(spark, output + "/" + ParquetRecords.FOLDER, output + "/tables");
          double tables = seconds(start);
          rows.add(
              String.format(
                  Locale.ROOT,
                  "| %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.2f |",
                  written,
                  extract,
                  extractCpu,
                  records,
                  recordsCpu,
                  tables,
                  records + tables,
                  summary.documents() / (records + tables)));
        }
        out.printf(
            Locale.ROOT,
            "Spark %s, master %s (%d cores), models loaded in %.1f s (once per executor);"
                + " load average %.1f before, %.1f after%n%n",
            spark.version(),
            master,
            cores,
            load,
            loadBefore,
            system.getSystemLoadAverage());
        out.println(
            "| documents | extract: wall s | extract: CPU s | job, records: wall s"
                + " | job, records: CPU s | job, tables: wall s | job, total wall s"
                + " | job: docs/s |");
        out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
        rows.forEach(out::println);
      } finally {
        spark.stop();
      }
      return 0;
    } finally {
      try (Stream<Path> walk = Files.walk(work)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  /**
   * The baseline: core's pipeline on the same input in this JVM with as many threads as Spark has
   * cores, records discarded (what {@code extract} does, less the writing).
   */
  private static double extract(Path input, int threads) {
    long start = System.nanoTime();
    new DocumentPipeline(threads, new Ingestor(), Models.analyzer())
        .run(
            List.of(input.toString()),
            InputStream.nullInputStream(),
            new DocumentPipeline.Listener() {
              @Override
              public void record(Extraction extraction) {}

              @Override
              public void duplicate(CleanDocument document) {}

              @Override
              public void failed(String source, String message) {}
            });
    return seconds(start);
  }

  /** Copies the first n lines; returns how many there were. */
  private static int head(Path from, Path to, int n) throws IOException {
    int count = 0;
    try (BufferedReader in = Files.newBufferedReader(from, StandardCharsets.UTF_8);
        BufferedWriter writer = Files.newBufferedWriter(to, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null && count < n; line = in.readLine()) {
        writer.write(line);
        writer.newLine();
        count++;
      }
    }
    return count;
  }

  /**
   * CPU seconds this JVM has used, all threads together: less disturbed by other jobs than wall.
   */
  private double cpu() {
    return system.getProcessCpuTime() / 1e9;
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
