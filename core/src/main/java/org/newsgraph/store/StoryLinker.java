package org.newsgraph.store;

import java.net.URI;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.export.GdeltEventWriter;
import org.newsgraph.extract.tone.Tone;
import org.newsgraph.extract.tone.ToneScorer;
import org.newsgraph.model.CleanDocument;
import org.newsgraph.model.EntityType;

/**
 * Links the documents of a batch into stories, inside the batch's transaction: each document to the
 * first seen document it copies (a near-duplicate: estimated Jaccard similarity of word 5-shingles
 * at least {@value #DUPLICATE}), and each event to a cluster of events that report the same thing
 * (same source, target and CAMEO root, days at most {@value #WINDOW_DAYS} apart, in documents that
 * share the story: copies of each other or key terms overlapping by {@value KeyTerms#SAME_STORY}).
 * The README, "Stories", tells the thresholds and how they were chosen.
 *
 * <p>The near-duplicate index lives in memory and is rebuilt from the table document_stories when
 * the store opens; a batch's documents join it only once the batch is committed. Event clusters are
 * found with one query per batch on the table event_clusters.
 *
 * <p>Not thread-safe: used by the store's writer only.
 */
final class StoryLinker {

  /** The estimated Jaccard similarity of 5-shingles from which a document is a copy. */
  static final double DUPLICATE = 0.7;

  /** How many days apart the dates of two events may be and still be merged. */
  static final int WINDOW_DAYS = 2;

  /** The most documents tried for one event: the first seen first. */
  private static final int MAX_TRIED = 100;

  /** Keys per candidate query. */
  private static final int KEYS_PER_QUERY = 500;

  /** An event of the batch: where it is, what it merges on, its day and its sentence's tone. */
  record Reported(String docId, int n, String key, LocalDate day, Tone tone) {}

  /** A document known to the linker: its signature and the first seen copy it repeats, if any. */
  private record Known(String id, int[] signature, String duplicateOf, int[] terms) {
    String story() {
      return duplicateOf != null ? duplicateOf : id;
    }
  }

  /** A stored or new event that others may join, and its document. */
  private record Member(Known doc, long cluster, LocalDate day) {}

  private final NearDuplicateIndex index = new NearDuplicateIndex();
  private final StoryClusters clusters = new StoryClusters();
  private final List<String> pendingIds = new ArrayList<>();
  private final List<int[]> pendingSignatures = new ArrayList<>();

  /** The merge key of an event: its source, target (actor ids, else codes) and root. */
  static String key(
      Long sourceActor, String sourceCode, Long targetActor, String targetCode, String root) {
    return (sourceActor != null ? "a" + sourceActor : "c" + sourceCode)
        + "|"
        + (targetActor != null ? "a" + targetActor : "c" + targetCode)
        + "|"
        + root;
  }

  /**
   * The outlet of a document, as GDELT names a source: the host of its URL without "www.", else
   * where it came from.
   */
  static String outlet(CleanDocument doc) {
    if (doc.url() != null) {
      try {
        String host = URI.create(doc.url().strip()).getHost();
        if (host != null) {
          host = host.toLowerCase(Locale.ROOT);
          return host.startsWith("www.") ? host.substring(4) : host;
        }
      } catch (IllegalArgumentException e) {
        // Not a URL we can read: the source names the document.
      }
    }
    return doc.source();
  }

  /** Rebuilds the near-duplicate index from the table, in the order the documents came. */
  void restore(Connection db) throws SQLException {
    try (Statement st = db.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT s.doc_id, s.signature FROM document_stories s"
                    + " JOIN documents d ON d.id = s.doc_id ORDER BY d.seq, s.rowid")) {
      while (rs.next()) {
        int[] signature = ints(rs.getBytes(2));
        if (signature.length > 0) {
          index.add(KnownIds.value(rs.getString(1)), signature);
        }
      }
    }
    clusters.restore(db);
  }

  /** Writes the rows of the stories the batch changed (once the batch's actors are stored). */
  void writeStories(Connection db) throws SQLException {
    clusters.write(db);
  }

  /** The number of documents in the near-duplicate index. */
  int indexed() {
    return index.size();
  }

  /** The story clusters' open stories and the estimated bytes of their summaries. */
  Store.IndexSize summarySize() {
    return clusters.size();
  }

  /** The bytes of the near-duplicate index's arrays. */
  long indexBytes() {
    return index.bytes();
  }

  /**
   * Links a batch's documents and events, adding their rows.
   *
   * @param documents the batch's new documents, in order
   * @param events their events, in order
   * @param actorsOf each document's actors (actor id to entity type)
   */
  void link(
      Connection db,
      Rows rows,
      List<CleanDocument> documents,
      List<Reported> events,
      Map<String, Map<Long, EntityType>> actorsOf)
      throws SQLException {
    Map<String, Known> known = new HashMap<>();
    NearDuplicateIndex batch = new NearDuplicateIndex();
    try (PreparedStatement load =
            db.prepareStatement(
                "SELECT s.signature, s.duplicate_of FROM document_stories s WHERE s.doc_id = ?");
        PreparedStatement placed =
            db.prepareStatement("INSERT INTO story_documents VALUES (?, ?, ?, ?)")) {
      for (CleanDocument doc : documents) {
        int[] signature = MinHash.signature(doc.text());
        Known original = null;
        double best = 0;
        // A text without words (punctuation only) copies nothing and is copied by nothing.
        long[] candidates =
            signature.length == 0 ? new long[0] : index.candidates(signature, batch);
        for (long candidate : candidates) {
          String id = String.format("%016x", candidate);
          Known other = known.containsKey(id) ? known.get(id) : load(load, id);
          if (other == null) {
            continue;
          }
          double similarity = MinHash.similarity(signature, other.signature());
          if (similarity >= DUPLICATE && similarity > best) {
            best = similarity;
            original = other;
          }
        }
        String duplicateOf = original == null ? null : original.story();
        Map<String, Integer> termCounts = KeyTerms.counts(doc.text());
        int[] terms = KeyTerms.hashes(termCounts.keySet());
        clusters.place(
            db,
            placed,
            new StoryClusters.Doc(
                doc.id(), doc.published(), actorsOf.getOrDefault(doc.id(), Map.of()), termCounts),
            duplicateOf);
        known.put(doc.id(), new Known(doc.id(), signature, duplicateOf, terms));
        if (signature.length > 0) {
          batch.add(KnownIds.value(doc.id()), signature);
          pendingIds.add(doc.id());
          pendingSignatures.add(signature);
        }
        rows.story(
            doc.id(),
            outlet(doc),
            duplicateOf,
            original == null ? null : best,
            bytes(signature),
            bytes(terms),
            ToneScorer.score(doc.text()));
      }
      placed.executeBatch();
    }
    cluster(db, rows, events, known);
  }

  private void cluster(Connection db, Rows rows, List<Reported> events, Map<String, Known> known)
      throws SQLException {
    Map<String, List<Member>> byKey = members(db, events);
    for (Reported event : events) {
      if (event.n() >= GdeltEventWriter.MAX_EVENTS) {
        continue;
      }
      long cluster = GdeltEventWriter.globalEventId(event.docId(), event.n());
      if (event.day() != null) {
        List<Member> members = byKey.computeIfAbsent(event.key(), k -> new ArrayList<>());
        Known self = known.get(event.docId());
        int tried = 0;
        for (Member member : members) {
          if (member.doc().id().equals(event.docId())
              || Math.abs(ChronoUnit.DAYS.between(member.day(), event.day())) > WINDOW_DAYS) {
            continue;
          }
          if (tried++ == MAX_TRIED) {
            break;
          }
          if (sameStory(self, member.doc())) {
            cluster = member.cluster();
            break;
          }
        }
        members.add(new Member(self, cluster, event.day()));
      }
      rows.cluster(event.docId(), event.n(), cluster, event.key(), event.day(), event.tone());
    }
  }

  private static boolean sameStory(Known a, Known b) {
    return a.story().equals(b.story())
        || KeyTerms.overlap(a.terms(), b.terms()) >= KeyTerms.SAME_STORY;
  }

  /** The stored events that may merge with the batch's: same keys, days within the window. */
  private static Map<String, List<Member>> members(Connection db, List<Reported> events)
      throws SQLException {
    Map<String, List<Member>> byKey = new HashMap<>();
    Map<String, Known> docs = new HashMap<>();
    List<String> keys = new ArrayList<>();
    LocalDate first = null;
    LocalDate last = null;
    Set<String> seen = new java.util.HashSet<>();
    for (Reported event : events) {
      if (event.day() == null) {
        continue;
      }
      if (seen.add(event.key())) {
        keys.add(event.key());
      }
      first = first == null || event.day().isBefore(first) ? event.day() : first;
      last = last == null || event.day().isAfter(last) ? event.day() : last;
    }
    for (int from = 0; from < keys.size(); from += KEYS_PER_QUERY) {
      List<String> chunk = keys.subList(from, Math.min(keys.size(), from + KEYS_PER_QUERY));
      String sql =
          "SELECT c.doc_id, c.cluster, c.merge_key, c.day, s.duplicate_of, s.terms"
              + " FROM event_clusters c LEFT JOIN document_stories s ON s.doc_id = c.doc_id"
              + " WHERE c.day BETWEEN ? AND ? AND c.merge_key IN ("
              + String.join(", ", Collections.nCopies(chunk.size(), "?"))
              + ") ORDER BY c.rowid";
      try (PreparedStatement ps = db.prepareStatement(sql)) {
        ps.setDate(1, Date.valueOf(first.minusDays(WINDOW_DAYS)));
        ps.setDate(2, Date.valueOf(last.plusDays(WINDOW_DAYS)));
        for (int i = 0; i < chunk.size(); i++) {
          ps.setString(i + 3, chunk.get(i));
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            String id = rs.getString(1);
            Known doc = docs.get(id);
            if (doc == null) {
              byte[] terms = rs.getBytes(6);
              doc = new Known(id, null, rs.getString(5), terms == null ? new int[0] : ints(terms));
              docs.put(id, doc);
            }
            byKey
                .computeIfAbsent(rs.getString(3), k -> new ArrayList<>())
                .add(new Member(doc, rs.getLong(2), rs.getDate(4).toLocalDate()));
          }
        }
      }
    }
    return byKey;
  }

  private static Known load(PreparedStatement load, String id) throws SQLException {
    load.setString(1, id);
    try (ResultSet rs = load.executeQuery()) {
      return rs.next() ? new Known(id, ints(rs.getBytes(1)), rs.getString(2), new int[0]) : null;
    }
  }

  /** Adds the committed batch's documents to the index. */
  void committed() {
    for (int i = 0; i < pendingIds.size(); i++) {
      index.add(KnownIds.value(pendingIds.get(i)), pendingSignatures.get(i));
    }
    rolledBack();
  }

  /** Forgets the batch's documents and rebuilds the stories: the transaction was rolled back. */
  void rolledBack(Connection db) {
    rolledBack();
    try {
      clusters.restore(db);
    } catch (SQLException e) {
      // The connection is gone: the store must be opened again, which rebuilds them.
    }
  }

  /** Forgets the batch's documents: their transaction was not committed. */
  void rolledBack() {
    pendingIds.clear();
    pendingSignatures.clear();
  }

  private static byte[] bytes(int[] signature) {
    ByteBuffer buffer = ByteBuffer.allocate(signature.length * 4);
    buffer.asIntBuffer().put(signature);
    return buffer.array();
  }

  static int[] ints(byte[] bytes) {
    int[] values = new int[bytes.length / 4];
    ByteBuffer.wrap(bytes).asIntBuffer().get(values);
    return values;
  }
}
