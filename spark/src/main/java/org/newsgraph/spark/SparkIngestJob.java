package org.newsgraph.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.newsgraph.pipeline.DocumentPipeline;
import org.newsgraph.store.ParquetRecords;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import scala.Tuple2;

/**
 * The newsgraph pipeline as a Spark job: reads JSONL, WARC or any input {@code extract} reads
 * (files or folders), cleans and extracts every document on the executors, and writes {@code
 * OUTPUT/records/} (Parquet: {@code file_index}, {@code doc_index}, {@code id}, {@code record}, the
 * record being the JSON line {@code extract} writes) and {@code OUTPUT/tables/} (the store's
 * tables, one Parquet file each, as {@code export --format parquet} writes them).
 *
 * <p>The records equal those of {@code extract} on the same input, in the same order (by {@code
 * file_index}, {@code doc_index}), exact duplicates dropped as {@code extract} drops them: the
 * first in input order is kept.
 *
 * <p>Stages: the driver lists the input files; each file is read by core's readers in a task of its
 * own; the documents are spread evenly over the partitions ({@code --partitions}); each partition
 * is cleaned and extracted with the pipeline of its executor's JVM, whose models are loaded once
 * per executor ({@link Models}).
 *
 * <p>Usage: {@code spark-submit --class org.newsgraph.spark.SparkIngestJob newsgraph-spark.jar
 * INPUT... -o OUTPUT}; {@code newsgraph ingest --parquet OUTPUT} loads the result into a store.
 */
@Command(
    name = "SparkIngestJob",
    mixinStandardHelpOptions = true,
    description = {
      "Extract records from articles on Spark; write OUTPUT/records (Parquet, one JSON record per"
          + " document) and OUTPUT/tables (the store's tables as Parquet)."
    })
public final class SparkIngestJob implements Callable<Integer> {

  /** Problem lines shown on stderr; the rest are counted. */
  private static final int SHOWN_FAILURES = 20;

  /** The schema of {@code records/}. */
  static final StructType RECORDS =
      new StructType()
          .add("file_index", DataTypes.IntegerType, false)
          .add("doc_index", DataTypes.IntegerType, false)
          .add("id", DataTypes.StringType, false)
          .add("record", DataTypes.StringType, false);

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files or folders")
  List<String> inputs;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "OUTPUT",
      description = "the output folder (must not exist)")
  String output;

  @Option(
      names = "--partitions",
      paramLabel = "N",
      description = "document partitions (default: 4 per core of the cluster)")
  int partitions;

  @Option(names = "--no-tables", description = "write the records only, not the tables")
  boolean noTables;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description = "the Spark master when not run by spark-submit (e.g. local[*])")
  String master;

  /** Runs the job; exit codes as {@code extract}'s: 0 fine, 1 some problems, 3 nothing read. */
  public static void main(String[] args) {
    CommandLine cli = new CommandLine(new SparkIngestJob());
    // As the newsgraph command does: a caller's mistake is one line and exit code 2.
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof IllegalArgumentException) {
            commandLine.getErr().println("newsgraph spark: " + e.getMessage());
            return 2;
          }
          throw e;
        });
    System.exit(cli.execute(args));
  }

  @Override
  public Integer call() throws IOException {
    SparkSession.Builder builder = SparkSession.builder().appName("newsgraph");
    if (master != null) {
      builder.master(master);
    }
    SparkSession spark = builder.getOrCreate();
    try {
      DocumentPipeline.Summary summary =
          run(spark, inputs, output, partitions, !noTables, System.err);
      return summary.exitCode();
    } finally {
      spark.stop();
    }
  }

  /**
   * Runs the job in a session.
   *
   * @param partitions the number of document partitions, 0 for 4 per core
   * @param tables whether to write {@code OUTPUT/tables} as well as the records
   * @param err where problems and the summary line go
   * @return what was done, as {@code extract} reports it
   * @throws IllegalArgumentException if an input does not exist, the output does, or partitions is
   *     negative
   */
  public static DocumentPipeline.Summary run(
      SparkSession spark,
      List<String> inputs,
      String output,
      int partitions,
      boolean tables,
      PrintStream err)
      throws IOException {
    if (partitions < 0) {
      throw new IllegalArgumentException("partitions must not be negative: " + partitions);
    }
    org.apache.hadoop.fs.Path out = new org.apache.hadoop.fs.Path(output);
    if (out.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(out)) {
      throw new IllegalArgumentException("the output folder exists already: " + output);
    }
    long start = System.nanoTime();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    HadoopFiles hadoop = new HadoopFiles(spark.sparkContext().hadoopConfiguration());
    List<DocumentStages.InputFile> files = new ArrayList<>();
    for (String file : InputFiles.list(inputs, hadoop)) {
      files.add(new DocumentStages.InputFile(files.size(), file));
    }
    int slices = partitions > 0 ? partitions : 4 * jsc.defaultParallelism();
    JavaRDD<DocumentResult> results =
        jsc.parallelize(files, Math.max(1, files.size()))
            .flatMap(file -> DocumentStages.read(file, hadoop))
            .repartition(slices)
            .mapPartitions(DocumentStages::analyze)
            .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      JavaRDD<DocumentResult> kept =
          results
              .filter(r -> r.failure() == null && !r.empty())
              .mapToPair(r -> new Tuple2<>(r.id(), r))
              .reduceByKey((a, b) -> a.before(b) ? a : b)
              .values()
              .union(results.filter(r -> r.failure() == null && r.empty()))
              .persist(StorageLevel.MEMORY_AND_DISK());
      long read = results.filter(r -> r.failure() == null).count();
      long documents = kept.count();
      long withProblems = kept.filter(r -> r.problems() > 0).count();
      JavaRDD<DocumentResult> failed = results.filter(r -> r.failure() != null);
      long failures = failed.count();
      for (DocumentResult f : failed.take(SHOWN_FAILURES)) {
        err.println("newsgraph: " + f.source() + ": " + f.failure());
      }
      if (failures > SHOWN_FAILURES) {
        err.printf(
            "newsgraph: ... and %d more sources nothing could be read from%n",
            failures - SHOWN_FAILURES);
      }
      Dataset<Row> records =
          spark.createDataFrame(
              kept.map(r -> RowFactory.create(r.file(), r.doc(), r.id(), r.record())), RECORDS);
      int parts = (int) Math.max(1, documents / 20_000);
      records
          .repartitionByRange(parts, records.col("file_index"), records.col("doc_index"))
          .sortWithinPartitions("file_index", "doc_index")
          .write()
          .parquet(output + "/" + ParquetRecords.FOLDER);
      kept.unpersist();
      if (tables) {
        TableExport.write(spark, output + "/" + ParquetRecords.FOLDER, output + "/tables");
      }
      DocumentPipeline.Summary summary =
          new DocumentPipeline.Summary(
              documents,
              read - documents,
              0,
              withProblems,
              failures,
              (System.nanoTime() - start) / 1e9);
      err.println("newsgraph spark: " + summary.format());
      return summary;
    } finally {
      results.unpersist();
    }
  }
}
