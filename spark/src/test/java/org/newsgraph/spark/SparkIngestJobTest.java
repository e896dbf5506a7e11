package org.newsgraph.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Main;
import org.newsgraph.pipeline.DocumentPipeline;
import org.newsgraph.store.ParquetRecords;
import org.newsgraph.store.StoreExport;

/**
 * The job in local mode on a small mixed input (JSONL with a duplicate, a broken line and an empty
 * record; a WARC; a text file; files a folder walk passes over): its records are {@code extract}'s,
 * line for line, and its tables are those of {@code ingest --parquet} of its output and of {@code
 * ingest} of the input.
 */
class SparkIngestJobTest {

  private static final String INPUT = "src/test/resources/spark-input";

  @TempDir static Path dir;
  private static SparkSession spark;

  /** What extract writes for the input, models loaded once for every test of the class. */
  private static List<String> expected;

  @BeforeAll
  static void start() throws Exception {
    Path extracted = dir.resolve("extract.jsonl");
    assertThat(cli("extract", INPUT, "-o", extracted.toString())).isEqualTo(1); // the broken line
    expected = Files.readAllLines(extracted, StandardCharsets.UTF_8);
    // 4 articles, the text file, the WARC's 5 pages, the record without text, the broken line
    assertThat(expected).hasSize(12);
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("newsgraph-test")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.driver.host", "127.0.0.1")
            .getOrCreate();
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void recordsAreExtractsAndTheStoreLoadsThem() throws Exception {
    long withText = expected.stream().filter(r -> !r.contains("\"text\":\"\",")).count();

    String output = dir.resolve("out").toString();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    DocumentPipeline.Summary summary =
        SparkIngestJob.run(
            spark, List.of(INPUT), output, 3, true, new PrintStream(err, true, "UTF-8"));

    List<String> records = new ArrayList<>();
    ParquetRecords.read(Path.of(output), records::add);
    assertSameRecords(records);
    assertThat(summary.documents()).isEqualTo(12);
    assertThat(summary.duplicates()).isEqualTo(1);
    assertThat(summary.exitCode()).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("12 documents, 1 duplicates");

    Path data = dir.resolve("data");
    assertThat(cli("ingest", "--parquet", output, "--data", data.toString())).isZero();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream saved = System.out;
    System.setOut(new PrintStream(out, true, "UTF-8"));
    try {
      assertThat(cli("search", "Pelosi", "--data", data.toString())).isZero();
    } finally {
      System.setOut(saved);
    }
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Nancy Pelosi again elected");

    Path exported = dir.resolve("exported");
    assertThat(
            cli(
                "export",
                "--format",
                "parquet",
                "--data",
                data.toString(),
                "-o",
                exported.toString()))
        .isZero();
    assertSameTables(output + "/tables", exported);

    // And the tables of a plain ingest of the input, where the pipeline ran in core.
    Path direct = dir.resolve("direct");
    assertThat(cli("ingest", INPUT, "--data", direct.toString())).isEqualTo(1);
    Path directTables = dir.resolve("direct-tables");
    assertThat(
            cli(
                "export",
                "--format",
                "parquet",
                "--data",
                direct.toString(),
                "-o",
                directTables.toString()))
        .isZero();
    assertSameTables(output + "/tables", directTables);
    assertThat(spark.read().parquet(output + "/tables/documents.parquet").count())
        .isEqualTo(withText);
  }

  @Test
  void inputsNamedByUriAreReadThroughHadoop() throws Exception {
    Path absolute = Path.of(INPUT).toAbsolutePath();
    String output = dir.resolve("out-uri").toString();
    SparkIngestJob.run(
        spark,
        List.of(absolute.toUri().toString()),
        output,
        2,
        false,
        new PrintStream(new ByteArrayOutputStream(), true, "UTF-8"));
    List<String> records = new ArrayList<>();
    ParquetRecords.read(Path.of(output), records::add);
    // The same records, their sources named by URI.
    String prefix = "\"source\":\"file:" + absolute;
    assertThat(records).allMatch(r -> r.contains(prefix));
    records.replaceAll(r -> r.replace(prefix, "\"source\":\"" + INPUT));
    assertSameRecords(records);
    assertThat(Files.exists(Path.of(output, "tables"))).isFalse();

    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, "UTF-8");
    assertThatThrownBy(() -> SparkIngestJob.run(spark, List.of(INPUT), output, 0, true, quiet))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the output folder exists already");
    assertThatThrownBy(
            () -> SparkIngestJob.run(spark, List.of("nope.jsonl"), output + "-2", 0, true, quiet))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no such file or directory: nope.jsonl");
  }

  /** Every table with the same schema and rows (multisets), batch numbers aside. */
  private static void assertSameTables(String jobTables, Path storeTables) {
    for (String table : StoreExport.TABLES) {
      Dataset<Row> job = spark.read().parquet(jobTables + "/" + table + ".parquet").drop("seq");
      Dataset<Row> store =
          spark.read().parquet(storeTables.resolve(table + ".parquet").toString()).drop("seq");
      assertThat(job.schema()).as(table).isEqualTo(store.schema());
      assertThat(job.count()).as(table).isEqualTo(store.count());
      assertThat(job.exceptAll(store).count()).as(table).isZero();
    }
  }

  /** Compared one by one: AssertJ would print every record of a mismatch. */
  private static void assertSameRecords(List<String> records) {
    assertThat(records.size()).isEqualTo(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      assertThat(records.get(i)).as("record %d", i).isEqualTo(expected.get(i));
    }
  }

  private static int cli(String... args) {
    return Main.run(args);
  }
}
