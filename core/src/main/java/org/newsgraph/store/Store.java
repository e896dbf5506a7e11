package org.newsgraph.store;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.duckdb.DuckDBConnection;
import org.newsgraph.export.JsonlRecordWriter;
import org.newsgraph.extract.tone.Tone;
import org.newsgraph.extract.tone.ToneScorer;
import org.newsgraph.model.CleanDocument;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.Extraction;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Place;
import org.newsgraph.model.Quote;

/**
 * The persistent store of a corpus: an embedded DuckDB database ({@code newsgraph.duckdb}) with the
 * tables documents, actors, entities, mentions, quotes, events and places, and a Lucene full-text
 * index ({@code index/}), both in one data folder.
 *
 * <p>Adding is incremental and idempotent: a document whose id is already stored is skipped. Each
 * {@link #add batch} is one database transaction, so a process killed at any moment leaves either
 * the whole batch or none of it; the full-text index is brought up to date from the database when
 * the store is next opened.
 *
 * <p>Queries run on their own connections ({@link #query}) and may run on several threads while one
 * thread adds. One process at a time may open a data folder for writing.
 */
public final class Store implements Closeable {

  private static final String DATABASE = "newsgraph.duckdb";
  private static final String INDEX = "index";

  /** Work done with a database connection. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection connection) throws SQLException, IOException;
  }

  private final Path folder;
  private final DuckDBConnection db;
  private final TextIndex index;
  private final boolean writable;
  private final KnownIds known = new KnownIds();
  private final ActorResolver actors = new ActorResolver();
  private final StoryLinker stories;
  private long seq;
  private int readOnlySize;
  private boolean storyTables = true;
  private boolean clusterTables = true;

  private Store(
      Path folder, DuckDBConnection db, TextIndex index, boolean writable, boolean stories) {
    this.folder = folder;
    this.db = db;
    this.index = index;
    this.writable = writable;
    this.stories = stories ? new StoryLinker() : null;
  }

  /**
   * Opens the store in a data folder for adding and querying, creating it if needed, and completes
   * the full-text index if an earlier run stopped before indexing its last batch.
   *
   * @throws IOException if the folder cannot be created or is in use by another process
   */
  public static Store open(Path folder) throws IOException {
    return open(folder, true);
  }

  /**
   * As {@link #open(Path)}; with {@code stories} false, the documents added are not linked into
   * stories (no near-duplicate detection, event clustering or stored tone: README, "Stories"),
   * which only the benchmark that measures their cost should want.
   *
   * @throws IOException if the folder cannot be created or is in use by another process
   */
  public static Store open(Path folder, boolean stories) throws IOException {
    Files.createDirectories(folder);
    DuckDBConnection db = connect(folder, false);
    Store store = null;
    try {
      try (Statement st = db.createStatement()) {
        for (String sql : schema()) {
          st.execute(sql);
        }
      }
      store = new Store(folder, db, TextIndex.open(folder.resolve(INDEX)), true, stories);
      store.restore();
      store.catchUpIndex();
      return store;
    } catch (SQLException | IOException | RuntimeException e) {
      closeQuietly(store, db);
      throw e instanceof IOException io ? io : new IOException(message(folder, e), e);
    }
  }

  /**
   * Opens an existing store for querying only.
   *
   * @throws IllegalArgumentException if the folder holds no store
   * @throws IOException if it cannot be read (for instance while another process writes to it)
   */
  public static Store openReadOnly(Path folder) throws IOException {
    if (!Files.isRegularFile(folder.resolve(DATABASE))) {
      throw new IllegalArgumentException(
          "no newsgraph store in "
              + folder
              + " (create one with: newsgraph ingest PATH --data "
              + folder
              + ")");
    }
    DuckDBConnection db = connect(folder, true);
    try {
      Store store =
          new Store(folder, db, TextIndex.openReadOnly(folder.resolve(INDEX)), false, false);
      store.seq = store.maxSeq();
      store.readOnlySize = store.countDocuments();
      store.storyTables = store.hasTable("event_clusters") && store.hasTable("document_stories");
      store.clusterTables = store.hasTable("stories") && store.hasTable("story_documents");
      return store;
    } catch (SQLException | IOException | RuntimeException e) {
      closeQuietly(null, db);
      throw e instanceof IOException io ? io : new IOException(message(folder, e), e);
    }
  }

  private static DuckDBConnection connect(Path folder, boolean readOnly) throws IOException {
    Properties properties = new Properties();
    if (readOnly) {
      properties.setProperty("duckdb.read_only", "true");
    }
    try {
      return (DuckDBConnection)
          DriverManager.getConnection(
              "jdbc:duckdb:" + folder.resolve(DATABASE).toAbsolutePath(), properties);
    } catch (SQLException e) {
      throw new IOException(message(folder, e), e);
    }
  }

  private static String message(Path folder, Exception e) {
    String text = String.valueOf(e.getMessage());
    if (text.contains("lock")) {
      return "the store in " + folder + " is in use by another newsgraph process";
    }
    return "cannot open the store in " + folder + ": " + text;
  }

  private static List<String> schema() throws IOException {
    try (InputStream in = Store.class.getResourceAsStream("schema.sql")) {
      if (in == null) {
        throw new IOException("schema.sql missing from the build");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<String> statements = new ArrayList<>();
      for (String sql : text.replaceAll("(?m)^--.*$", "").split(";")) {
        if (!sql.isBlank()) {
          statements.add(sql.strip());
        }
      }
      return statements;
    }
  }

  /** The data folder. */
  public Path folder() {
    return folder;
  }

  /** Whether a document with this id is stored. Thread-safe. */
  public boolean contains(String id) {
    return known.contains(id);
  }

  /** The number of documents stored. */
  public int size() {
    return writable ? known.size() : readOnlySize;
  }

  /**
   * Adds a batch of documents in one transaction and indexes them; documents already stored, and
   * documents without text, are skipped.
   *
   * @return the number of documents added
   * @throws IOException if the database or the index cannot be written; the store must then be
   *     closed and opened again
   */
  public synchronized int add(List<Extraction> batch) throws IOException {
    if (!writable) {
      throw new IllegalStateException("store opened read-only");
    }
    List<Extraction> fresh = new ArrayList<>();
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (Extraction extraction : batch) {
      String id = extraction.document().id();
      if (!extraction.document().text().isEmpty() && !known.contains(id) && ids.add(id)) {
        fresh.add(extraction);
      }
    }
    if (fresh.isEmpty()) {
      return 0;
    }
    long batchSeq = seq + 1;
    try {
      db.setAutoCommit(false);
      try (Rows rows = new Rows(db)) {
        List<StoryLinker.Reported> reported = new ArrayList<>();
        Map<String, Map<Long, EntityType>> actorsOf = new HashMap<>();
        for (Extraction extraction : fresh) {
          insert(rows, extraction, batchSeq, reported, actorsOf);
        }
        if (stories != null) {
          List<CleanDocument> documents = new ArrayList<>();
          for (Extraction extraction : fresh) {
            documents.add(extraction.document());
          }
          stories.link(db, rows, documents, reported, actorsOf);
        }
        ActorResolver.Changes changes = actors.drainChanges();
        rows.actors(changes.created());
        rows.renamed(changes.renamed());
        rows.execute();
        if (stories != null) {
          stories.writeStories(db);
        }
      }
      db.commit();
    } catch (SQLException | RuntimeException e) {
      try {
        db.rollback();
      } catch (SQLException ignored) {
        // The connection is gone; the transaction died with it.
      }
      if (stories != null) {
        stories.rolledBack(db);
      }
      if (e instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IOException("cannot write to the store: " + e.getMessage(), e);
    } finally {
      try {
        db.setAutoCommit(true);
      } catch (SQLException ignored) {
        // Reported by the next use of the connection.
      }
    }
    seq = batchSeq;
    if (stories != null) {
      stories.committed();
    }
    for (Extraction extraction : fresh) {
      known.add(extraction.document().id());
    }
    for (Extraction extraction : fresh) {
      indexDocument(extraction.document(), names(extraction.entities()));
    }
    index.commit(seq);
    return fresh.size();
  }

  private void insert(
      Rows rows,
      Extraction extraction,
      long batchSeq,
      List<StoryLinker.Reported> reported,
      Map<String, Map<Long, EntityType>> actorsOf)
      throws SQLException {
    CleanDocument doc = extraction.document();
    rows.document(doc, batchSeq, record(extraction));
    Map<String, Long> actorOf = new HashMap<>();
    for (Entity entity : extraction.entities()) {
      long actor = actors.resolve(entity, doc.published());
      actorOf.put(entity.id(), actor);
      actorsOf.computeIfAbsent(doc.id(), k -> new HashMap<>()).put(actor, entity.type());
      rows.entity(doc.id(), entity, actor);
    }
    int n = 0;
    for (Quote quote : extraction.quotes()) {
      rows.quote(
          doc.id(),
          n++,
          quote,
          quote.speakerEntity() == null ? null : actorOf.get(quote.speakerEntity()));
    }
    n = 0;
    for (Event event : extraction.events()) {
      Long source = actor(event.source(), actorOf);
      Long target = actor(event.target(), actorOf);
      if (stories != null) {
        reported.add(
            new StoryLinker.Reported(
                doc.id(),
                n,
                StoryLinker.key(
                    source, event.source().code(), target, event.target().code(), event.root()),
                event.date() != null ? event.date() : doc.published(),
                sentenceTone(doc.text(), event.sentence())));
      }
      rows.event(doc.id(), n++, event, source, target);
    }
    n = 0;
    for (Place place : extraction.places()) {
      rows.place(doc.id(), n++, place);
    }
  }

  private static Tone sentenceTone(String text, Mention sentence) {
    return ToneScorer.scoreSpan(text, sentence.start(), sentence.end());
  }

  private Long actor(EventActor participant, Map<String, Long> actorOf) {
    Long linked = participant.entity() == null ? null : actorOf.get(participant.entity());
    return linked != null ? linked : actors.countryOf(participant.code());
  }

  private static String record(Extraction extraction) {
    ByteArrayOutputStream out =
        new ByteArrayOutputStream(extraction.document().text().length() * 3);
    try (JsonlRecordWriter writer = new JsonlRecordWriter(out)) {
      writer.write(extraction);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8).strip();
  }

  private static String names(List<Entity> entities) {
    StringBuilder names = new StringBuilder();
    for (Entity entity : entities) {
      names.append(entity.name()).append('\n');
      for (Mention mention : entity.mentions()) {
        names.append(mention.text()).append('\n');
      }
    }
    return names.toString();
  }

  private void indexDocument(CleanDocument doc, String names) throws IOException {
    index.add(doc.id(), doc.title(), doc.text(), names, doc.published());
  }

  /** Reads what the resolver and the known-id set need from the database. */
  private void restore() throws SQLException {
    seq = maxSeq();
    try (Statement st = db.createStatement()) {
      try (ResultSet rs = st.executeQuery("SELECT id FROM documents")) {
        while (rs.next()) {
          known.add(rs.getString(1));
        }
      }
      try (ResultSet rs =
          st.executeQuery("SELECT id, name, type, country, code FROM actors ORDER BY id")) {
        while (rs.next()) {
          actors.restore(
              rs.getLong(1),
              rs.getString(2),
              EntityType.valueOf(rs.getString(3)),
              rs.getString(4),
              rs.getString(5));
        }
      }
      try (ResultSet rs =
          st.executeQuery(
              "SELECT e.actor_id, e.name, e.titles, d.published FROM entities e"
                  + " JOIN documents d ON d.id = e.doc_id ORDER BY d.seq")) {
        while (rs.next()) {
          Date published = rs.getDate(4);
          actors.restoreMention(
              rs.getLong(1),
              rs.getString(2),
              strings(rs.getArray(3)),
              published == null ? null : published.toLocalDate());
        }
      }
    }
    if (stories != null) {
      stories.restore(db);
    }
  }

  /**
   * The near-duplicate index in memory: documents indexed and the bytes of its arrays; zeros when
   * the store does not link stories (opened read-only, or with {@code stories} false).
   */
  public IndexSize storyIndexSize() {
    return stories == null
        ? new IndexSize(0, 0)
        : new IndexSize(stories.indexed(), stories.indexBytes());
  }

  /**
   * The story clusters' summaries in memory: open stories and an estimate of the bytes of their
   * centroids, their index and the document frequencies; zeros when the store does not link
   * stories.
   */
  public IndexSize storySummarySize() {
    return stories == null ? new IndexSize(0, 0) : stories.summarySize();
  }

  /** The size of an in-memory index: documents held and bytes of its arrays. */
  public record IndexSize(long documents, long bytes) {}

  private static List<String> strings(java.sql.Array array) throws SQLException {
    if (array == null) {
      return List.of();
    }
    List<String> result = new ArrayList<>();
    for (Object value : (Object[]) array.getArray()) {
      result.add(String.valueOf(value));
    }
    return result;
  }

  private boolean hasTable(String name) throws SQLException {
    try (PreparedStatement ps =
        db.prepareStatement(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = ?")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1) > 0;
      }
    }
  }

  /**
   * Whether the store has the tables of stories (document_stories, event_clusters): false only for
   * a store made before them and opened read-only, which cannot add them (opening it for adding
   * does). Queries then read them as empty.
   */
  public boolean hasStoryTables() {
    return storyTables;
  }

  /**
   * Whether the store has the tables of story clusters (stories, story_documents): false only for a
   * store made before them and opened read-only. Queries then find no stories.
   */
  public boolean hasStoryClusters() {
    return clusterTables;
  }

  private int countDocuments() throws SQLException {
    try (Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM documents")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private long maxSeq() throws SQLException {
    try (Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("SELECT coalesce(max(seq), 0) FROM documents")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Indexes the batches the database holds and the index lacks (after a crash). */
  private void catchUpIndex() throws SQLException, IOException {
    long indexed = index.committedSeq();
    if (indexed >= seq) {
      return;
    }
    try (PreparedStatement ps =
        db.prepareStatement(
            "SELECT d.id, d.title, d.text, d.published,"
                + " coalesce((SELECT string_agg(m.text, chr(10)) FROM mentions m"
                + " WHERE m.doc_id = d.id), '')"
                + " FROM documents d WHERE d.seq > ?")) {
      ps.setLong(1, indexed);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Date published = rs.getDate(4);
          index.add(
              rs.getString(1),
              rs.getString(2),
              rs.getString(3),
              rs.getString(5),
              published == null ? null : published.toLocalDate());
        }
      }
    }
    index.commit(seq);
  }

  /**
   * Runs work on a connection of its own (safe to use from any thread), closed afterwards.
   *
   * @throws IOException if the query fails
   */
  public <T> T query(Work<T> work) throws IOException {
    try (Connection connection = db.duplicate()) {
      return work.run(connection);
    } catch (SQLException e) {
      throw new IOException("query failed: " + e.getMessage(), e);
    }
  }

  /** Full-text search: ids and scores of the best documents. */
  public List<SearchHit> search(String query, LocalDate from, LocalDate to, int limit)
      throws IOException {
    List<SearchHit> hits = new ArrayList<>();
    for (TextIndex.Hit hit : index.search(query, from, to, limit)) {
      hits.add(new SearchHit(hit.id(), hit.score()));
    }
    return hits;
  }

  /** Full-text search among the given documents only (as those a filter on the tables selected). */
  public List<SearchHit> search(
      String query, LocalDate from, LocalDate to, Collection<String> only, int limit)
      throws IOException {
    List<SearchHit> hits = new ArrayList<>();
    for (TextIndex.Hit hit : index.search(query, from, to, only, limit)) {
      hits.add(new SearchHit(hit.id(), hit.score()));
    }
    return hits;
  }

  /** A full-text search result: a document id and its relevance score. */
  public record SearchHit(String id, float score) {}

  /** The number of documents in the full-text index. */
  public int indexedDocuments() throws IOException {
    return index.size();
  }

  @Override
  public synchronized void close() throws IOException {
    closeQuietly(this, db);
  }

  private static void closeQuietly(Store store, Connection db) throws IOException {
    IOException failure = null;
    if (store != null) {
      try {
        store.index.close();
      } catch (IOException e) {
        failure = e;
      }
    }
    try {
      db.close();
    } catch (SQLException e) {
      if (failure == null) {
        failure = new IOException("cannot close the store: " + e.getMessage(), e);
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
