package org.newsgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;

/**
 * Reads document records back from Parquet: the {@code records/} folder that the Spark job writes,
 * whose files hold one row per document with its position in the input ({@code file_index}, {@code
 * doc_index}) and its JSON record ({@code record}, the line {@code extract} writes).
 *
 * <p>DuckDB reads the files (an in-memory database, nothing written), so no Parquet library is
 * needed besides the store's own.
 */
public final class ParquetRecords {

  /** The folder of a Spark output that holds the records. */
  public static final String FOLDER = "records";

  private ParquetRecords() {}

  /**
   * Streams every record of a Spark output folder to the sink, in input order.
   *
   * @param output the job's output folder (holding {@code records/}), or the records folder itself
   * @return the number of records
   * @throws IllegalArgumentException if the folder holds no record files
   * @throws IOException if the files cannot be read
   */
  public static long read(Path output, Consumer<String> sink) throws IOException {
    Path folder = Files.isDirectory(output.resolve(FOLDER)) ? output.resolve(FOLDER) : output;
    boolean any;
    try (var files = Files.list(folder)) {
      any = files.anyMatch(f -> f.getFileName().toString().endsWith(".parquet"));
    } catch (IOException e) {
      throw new IllegalArgumentException("no Spark output in " + output + ": " + e.getMessage());
    }
    if (!any) {
      throw new IllegalArgumentException(
          "no record files (*.parquet) in " + folder + " (the output of SparkIngestJob)");
    }
    String glob = folder.toAbsolutePath().resolve("*.parquet").toString().replace("'", "''");
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = db.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT record FROM read_parquet('" + glob + "') ORDER BY file_index, doc_index")) {
      long n = 0;
      while (rs.next()) {
        sink.accept(rs.getString(1));
        n++;
      }
      return n;
    } catch (SQLException e) {
      throw new IOException("cannot read the records in " + folder + ": " + e.getMessage(), e);
    }
  }
}
