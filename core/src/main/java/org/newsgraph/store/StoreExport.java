package org.newsgraph.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.export.EventCoverage;
import org.newsgraph.export.GdeltEventWriter;
import org.newsgraph.export.GdeltGkgWriter;
import org.newsgraph.export.JsonlRecordReader;

/** Writes the store out: its records as JSON Lines, its tables as Parquet files. */
public final class StoreExport {

  /** The tables written as Parquet, one file each. */
  public static final List<String> TABLES =
      List.of(
          "documents",
          "actors",
          "entities",
          "mentions",
          "quotes",
          "events",
          "places",
          "document_stories",
          "event_clusters");

  private final Store store;

  public StoreExport(Store store) {
    this.store = store;
  }

  /**
   * Writes every document's record, one JSON object per line, in the order they were added.
   *
   * @return the number of records
   */
  public long jsonl(Writer out) throws IOException {
    return records(
        record -> {
          try {
            out.write(record);
            out.write('\n');
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /**
   * Streams every document's record (its JSON text), in the order they were added.
   *
   * @return the number of records
   */
  public long records(java.util.function.Consumer<String> sink) throws IOException {
    try {
      return store.query(
          db -> {
            long n = 0;
            try (Statement st = db.createStatement();
                ResultSet rs =
                    st.executeQuery("SELECT record FROM documents ORDER BY seq, rowid")) {
              while (rs.next()) {
                sink.accept(rs.getString(1));
                n++;
              }
            }
            return n;
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** What a GDELT export wrote: rows, and events left out (no date, or past a document's cap). */
  public record GdeltCount(long rows, long skipped) {}

  /**
   * Writes the GDELT 2.0 Event table (61 tab-separated columns, no header), one row per event; the
   * events the store merged across documents (README, "Stories") are written once, at their first
   * report, with NumMentions, NumSources, NumArticles and AvgTone of all their reports, and the
   * later reports are counted among the events left out.
   */
  public GdeltCount gdeltEvents(OutputStream out) throws IOException {
    Map<Long, EventCoverage> coverage = coverage();
    EventCoverage.Lookup lookup =
        (document, index) ->
            coverage.isEmpty()
                ? null
                : coverage.get(GdeltEventWriter.globalEventId(document, index));
    try (GdeltEventWriter writer = new GdeltEventWriter(nonClosing(out), lookup)) {
      records(record -> writer.write(JsonlRecordReader.read(record)));
      writer.flush();
      return new GdeltCount(writer.rows(), writer.skipped() + writer.merged());
    }
  }

  /** The coverage of every event in a cluster of more than one event, by GLOBALEVENTID. */
  private Map<Long, EventCoverage> coverage() throws IOException {
    if (!store.hasStoryTables()) {
      return Map.of();
    }
    return store.query(
        db -> {
          Map<Long, EventCoverage> coverage = new HashMap<>();
          try (Statement st = db.createStatement();
              ResultSet rs =
                  st.executeQuery(
                      "WITH k AS (SELECT c.cluster, sum(e.count) mentions,"
                          + " count(DISTINCT coalesce(s.outlet, d.source)) sources,"
                          + " count(DISTINCT c.doc_id) articles, avg(c.tone) tone"
                          + " FROM event_clusters c JOIN events e ON e.doc_id = c.doc_id"
                          + " AND e.n = c.n JOIN documents d ON d.id = c.doc_id"
                          + " LEFT JOIN document_stories s ON s.doc_id = c.doc_id"
                          + " GROUP BY c.cluster HAVING count(*) > 1)"
                          + " SELECT c.doc_id, c.n, c.cluster, k.mentions, k.sources, k.articles,"
                          + " k.tone FROM event_clusters c JOIN k ON k.cluster = c.cluster")) {
            while (rs.next()) {
              long id = GdeltEventWriter.globalEventId(rs.getString(1), rs.getInt(2));
              coverage.put(
                  id,
                  new EventCoverage(
                      id == rs.getLong(3),
                      rs.getInt(4),
                      rs.getInt(5),
                      rs.getInt(6),
                      rs.getDouble(7)));
            }
          }
          return coverage;
        });
  }

  /** Writes the GDELT GKG 2.1 table (27 tab-separated columns, no header), one row per document. */
  public GdeltCount gdeltGkg(OutputStream out) throws IOException {
    try (GdeltGkgWriter writer = new GdeltGkgWriter(nonClosing(out))) {
      records(record -> writer.write(JsonlRecordReader.read(record)));
      writer.flush();
      return new GdeltCount(writer.rows(), 0);
    }
  }

  private static OutputStream nonClosing(OutputStream out) {
    return new java.io.FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }

  /**
   * Writes each table to {@code folder/TABLE.parquet} (the record column of documents left out: its
   * content is the other tables); a store made before stories and opened read-only has no story
   * tables to write.
   *
   * @return the number of rows written, all tables together
   */
  public long parquet(Path folder) throws IOException {
    return store.query(
        db -> {
          long rows = 0;
          try (Statement st = db.createStatement()) {
            for (String table : TABLES) {
              if (!store.hasStoryTables()
                  && (table.equals("document_stories") || table.equals("event_clusters"))) {
                continue; // a store made before stories, opened read-only
              }
              String select =
                  table.equals("documents")
                      ? "SELECT * EXCLUDE (record) FROM documents"
                      : "SELECT * FROM " + table;
              String file = folder.resolve(table + ".parquet").toAbsolutePath().toString();
              // COPY takes no parameters: the path is a quoted SQL string literal.
              rows +=
                  st.executeUpdate(
                      "COPY ("
                          + select
                          + ") TO '"
                          + file.replace("'", "''")
                          + "' (FORMAT parquet)");
            }
          }
          return rows;
        });
  }
}
