package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.export.JsonlRecordWriter;
import org.newsgraph.model.Extraction;
import org.newsgraph.store.ParquetRecords;
import org.newsgraph.store.StoreTest;

/**
 * {@code ingest --parquet} on a folder laid out as the Spark job writes it ({@code records/}
 * Parquet files of file_index, doc_index, id, record), made here with DuckDB so that core needs no
 * Spark.
 */
class IngestParquetCommandTest {

  @TempDir Path dir;
  @RegisterExtension final CapturedStreams streams = new CapturedStreams();

  @Test
  void storesTheRecordsInInputOrderAndSearchFindsThem() throws Exception {
    Path output = dir.resolve("spark-out");
    List<String> written = sparkOutput(output, StoreTest.leDrian2013(), StoreTest.leDrian2016());

    List<String> read = new ArrayList<>();
    assertThat(ParquetRecords.read(output, read::add)).isEqualTo(2);
    assertThat(read).containsExactlyElementsOf(written);

    Path data = dir.resolve("data");
    assertThat(Main.run("ingest", "--parquet", output.toString(), "--data", data.toString()))
        .isZero();
    assertThat(err()).contains("2 records, 0 bad").contains("2 added, the store holds 2");
    assertThat(Main.run("search", "Tripoli", "--data", data.toString())).isZero();
    assertThat(streams.out()).contains("Le Drian in Tripoli");

    // Again: nothing new.
    streams.resetErr();
    assertThat(Main.run("ingest", "--parquet", output.toString(), "--data", data.toString()))
        .isZero();
    assertThat(err()).contains("0 added, the store holds 2");
  }

  @Test
  void aFolderWithoutRecordsIsAUsageError() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    assertThat(Main.run("ingest", "--parquet", empty.toString(), "--data", dir.resolve("d") + ""))
        .isEqualTo(2);
    assertThat(err()).contains("no record files (*.parquet) in").doesNotContain("Exception");
    streams.resetErr();
    assertThat(Main.run("ingest", "--parquet", "--records", empty.toString())).isEqualTo(2);
    assertThat(err()).contains("cannot be used together");
  }

  /** Writes records/part-00000.parquet, rows stored in reverse order; returns the JSON texts. */
  private static List<String> sparkOutput(Path output, Extraction... extractions) throws Exception {
    Path records = Files.createDirectories(output.resolve("records"));
    List<String> json = new ArrayList<>();
    for (Extraction extraction : extractions) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (JsonlRecordWriter writer = new JsonlRecordWriter(bytes)) {
        writer.write(extraction);
      }
      json.add(bytes.toString(StandardCharsets.UTF_8).strip());
    }
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = db.createStatement()) {
      st.execute(
          "CREATE TABLE r (file_index INTEGER, doc_index INTEGER, id VARCHAR, record VARCHAR)");
      try (PreparedStatement ps = db.prepareStatement("INSERT INTO r VALUES (?, ?, ?, ?)")) {
        for (int i = extractions.length - 1; i >= 0; i--) {
          ps.setInt(1, 0);
          ps.setInt(2, i);
          ps.setString(3, extractions[i].document().id());
          ps.setString(4, json.get(i));
          ps.executeUpdate();
        }
      }
      st.execute(
          "COPY r TO '"
              + records.resolve("part-00000.parquet").toAbsolutePath().toString().replace("'", "''")
              + "' (FORMAT parquet)");
    }
    return json;
  }

  private String err() {
    return streams.err();
  }
}
