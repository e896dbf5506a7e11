package org.newsgraph.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newsgraph.export.JsonlRecordReader;
import org.newsgraph.model.Extraction;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreExport;

/**
 * Writes the store's tables as Parquet from the job's records: the records are added, in input
 * order, to a store in a temporary folder on the driver, whose tables {@link StoreExport#parquet}
 * then writes, and the files are copied to the output (any file system Hadoop reaches).
 *
 * <p>Why on the driver: the tables' actor ids come from resolving every entity against the actors
 * of all documents before it (see the store's actor resolver), a fold over the corpus in input
 * order that does not split into partitions. Doing it with core's store gives the same tables,
 * columns and actor ids as {@code ingest} followed by {@code export --format parquet}, with the
 * schema written once, in core. It costs about as much as {@code ingest --records}; the job's
 * expensive part, the language models, is what runs on the executors.
 */
final class TableExport {

  /**
   * Documents per store batch: {@code ingest}'s default, so that even the batch numbers ({@code
   * documents.seq}) are those of {@code ingest --parquet} on the same output.
   */
  private static final int BATCH = 64;

  private TableExport() {}

  /**
   * Builds and writes the tables.
   *
   * @param records the folder of record files the job wrote
   * @param tables the folder to write {@code TABLE.parquet} files into
   * @return the number of documents in the tables
   */
  static int write(SparkSession spark, String records, String tables) throws IOException {
    Path work = Files.createTempDirectory("newsgraph-tables");
    try {
      Path local = Files.createDirectories(work.resolve("tables"));
      int documents;
      try (Store store = Store.open(work.resolve("store"))) {
        Iterator<Row> rows =
            spark
                .read()
                .parquet(records)
                .orderBy("file_index", "doc_index")
                .select("record")
                .toLocalIterator();
        List<Extraction> batch = new ArrayList<>();
        while (rows.hasNext()) {
          batch.add(JsonlRecordReader.read(rows.next().getString(0)));
          if (batch.size() == BATCH) {
            store.add(batch);
            batch.clear();
          }
        }
        store.add(batch);
        new StoreExport(store).parquet(local);
        documents = store.size();
      }
      org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(tables);
      FileSystem fs = target.getFileSystem(spark.sparkContext().hadoopConfiguration());
      fs.mkdirs(target);
      for (String table : StoreExport.TABLES) {
        fs.copyFromLocalFile(
            false,
            true,
            new org.apache.hadoop.fs.Path(local.resolve(table + ".parquet").toUri()),
            new org.apache.hadoop.fs.Path(target, table + ".parquet"));
      }
      return documents;
    } finally {
      delete(work);
    }
  }

  private static void delete(Path folder) throws IOException {
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
