package org.newsgraph.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene full-text index of the store: title, text and entity names of every document, keyed by
 * document id.
 *
 * <p>Each commit records the last ingest batch ({@code seq}) it contains, so that after a crash the
 * store re-indexes exactly the batches the database has and the index lacks. Adding a document
 * replaces any copy with the same id, so re-indexing is harmless.
 *
 * <p>Thread-safe: searches may run while documents are added.
 */
final class TextIndex implements Closeable {

  private static final String SEQ = "seq";
  private static final String[] FIELDS = {"title", "text", "names"};
  private static final Map<String, Float> BOOSTS = Map.of("title", 2f, "text", 1f, "names", 1.5f);

  private final Directory directory;
  private final Analyzer analyzer = new EnglishAnalyzer();
  private final IndexWriter writer;
  private final SearcherManager searchers;

  /** A hit: the document id and its score. */
  record Hit(String id, float score) {}

  private TextIndex(Directory directory, IndexWriter writer, SearcherManager searchers) {
    this.directory = directory;
    this.writer = writer;
    this.searchers = searchers;
  }

  /** Opens or creates the index in a folder, for reading and writing. */
  static TextIndex open(Path folder) throws IOException {
    Files.createDirectories(folder);
    Directory directory = FSDirectory.open(folder);
    IndexWriter writer =
        new IndexWriter(
            directory,
            new IndexWriterConfig(new EnglishAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                // Only commit() makes changes durable, always with the batch they complete.
                .setCommitOnClose(false));
    if (!DirectoryReader.indexExists(directory)) {
      // A first, empty commit, so that a store closed before anything was added opens read-only.
      writer.setLiveCommitData(Map.of(SEQ, "0").entrySet());
      writer.commit();
    }
    return new TextIndex(directory, writer, new SearcherManager(writer, null));
  }

  /** Opens an existing index for searching only. */
  static TextIndex openReadOnly(Path folder) throws IOException {
    Directory directory = FSDirectory.open(folder);
    return new TextIndex(directory, null, new SearcherManager(directory, null));
  }

  /** The last ingest batch this index holds, 0 if none. */
  long committedSeq() {
    if (writer == null) {
      throw new IllegalStateException("read-only index");
    }
    String seq = writer.getLiveCommitData() == null ? null : commitData().get(SEQ);
    return seq == null ? 0 : Long.parseLong(seq);
  }

  private Map<String, String> commitData() {
    Map<String, String> data = new java.util.HashMap<>();
    for (Map.Entry<String, String> e : writer.getLiveCommitData()) {
      data.put(e.getKey(), e.getValue());
    }
    return data;
  }

  /** Adds or replaces a document (visible to searches after {@link #commit}). */
  void add(String id, String title, String text, String names, LocalDate published)
      throws IOException {
    Document doc = new Document();
    doc.add(new StringField("id", id, Field.Store.YES));
    doc.add(new TextField("title", title == null ? "" : title, Field.Store.NO));
    doc.add(new TextField("text", text, Field.Store.NO));
    doc.add(new TextField("names", names, Field.Store.NO));
    if (published != null) {
      doc.add(new LongPoint("published", published.toEpochDay()));
    }
    writer.updateDocument(new Term("id", id), doc);
  }

  /** Makes everything added durable, recording the last ingest batch it completes. */
  void commit(long seq) throws IOException {
    writer.setLiveCommitData(Map.of(SEQ, Long.toString(seq)).entrySet());
    writer.commit();
    searchers.maybeRefresh();
  }

  /** The number of documents indexed. */
  int size() throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return searcher.getIndexReader().numDocs();
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * The best documents for a query in Lucene's classic syntax (words must all occur unless joined
   * by OR; "phrases" in quotes), optionally within publication dates.
   *
   * @throws IllegalArgumentException if the query cannot be parsed
   */
  List<Hit> search(String query, LocalDate from, LocalDate to, int limit) throws IOException {
    return search(query, from, to, null, limit);
  }

  /**
   * As {@link #search(String, LocalDate, LocalDate, int)}, among the given ids only (null: all).
   */
  List<Hit> search(String query, LocalDate from, LocalDate to, Collection<String> only, int limit)
      throws IOException {
    Query parsed = parse(query);
    if (only != null) {
      List<BytesRef> ids = new ArrayList<>(only.size());
      for (String id : only) {
        ids.add(new BytesRef(id));
      }
      parsed =
          new BooleanQuery.Builder()
              .add(parsed, BooleanClause.Occur.MUST)
              .add(new TermInSetQuery("id", ids), BooleanClause.Occur.FILTER)
              .build();
    }
    if (from != null || to != null) {
      long low = from == null ? Long.MIN_VALUE : from.toEpochDay();
      long high = to == null ? Long.MAX_VALUE : to.toEpochDay();
      parsed =
          new BooleanQuery.Builder()
              .add(parsed, BooleanClause.Occur.MUST)
              .add(LongPoint.newRangeQuery("published", low, high), BooleanClause.Occur.FILTER)
              .build();
    }
    IndexSearcher searcher = searchers.acquire();
    try {
      TopDocs top = searcher.search(parsed, limit);
      List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
      for (ScoreDoc sd : top.scoreDocs) {
        hits.add(new Hit(searcher.storedFields().document(sd.doc).get("id"), sd.score));
      }
      return hits;
    } finally {
      searchers.release(searcher);
    }
  }

  private Query parse(String query) {
    if (query == null || query.isBlank()) {
      throw new IllegalArgumentException("empty search query");
    }
    MultiFieldQueryParser parser = new MultiFieldQueryParser(FIELDS, analyzer, BOOSTS);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return parser.parse(query);
    } catch (ParseException e) {
      throw new IllegalArgumentException("cannot read the search query \"" + query + "\"", e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      searchers.close();
      if (writer != null) {
        writer.close();
      }
    } finally {
      directory.close();
    }
  }
}
