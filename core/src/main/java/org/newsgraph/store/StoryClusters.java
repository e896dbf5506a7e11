package org.newsgraph.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntBinaryOperator;
import org.newsgraph.model.EntityType;

/**
 * Groups documents into stories as they are added (README, "Stories"), by single-pass clustering as
 * in topic detection and tracking: each new document joins the open story whose centroid is most
 * similar to it, when that cosine similarity reaches {@value #THRESHOLD}, else starts a story of
 * its own; a near-duplicate copy joins its original's story. A document is a vector of TF-IDF
 * weights: each key term weighs (1 + ln of its count) × its IDF, each actor {@value #ACTOR_BOOST} ×
 * its IDF, the document frequencies being those of the documents placed before it; a story's
 * centroid is the sum of its documents' vectors. A document dated more than {@value #WINDOW_DAYS}
 * days from a story's span does not join it. Where time cannot be compared, the document or the
 * story being undated, the window excludes nothing, so the document needs a cosine of {@value
 * #UNDATED_THRESHOLD}: the threshold at which clustering the labelled documents with their dates
 * withheld keeps the precision that {@value #THRESHOLD} has with them (README, "Stories").
 *
 * <p>Candidates are the open stories indexed under one of the document's {@value #INDEXED_TERMS}
 * heaviest terms and actors; each story is indexed under those of each of its documents. A story
 * closes, and its centroid leaves memory, once a document dated more than {@value
 * #CLOSED_AFTER_DAYS} days after the story's last date has been placed: no dated document could
 * join it any more, and memory stays bounded by the stories of the last months. The summaries are
 * rebuilt from the tables when the store opens, in the order the documents came, so the stories do
 * not depend on the batches. Not thread-safe: used by the store's writer only.
 */
final class StoryClusters {

  /** The cosine similarity from which a document joins a story. */
  static final double THRESHOLD = 0.18;

  /** The cosine similarity from which a document joins a story where either has no date. */
  static final double UNDATED_THRESHOLD = 0.30;

  /** How much an actor weighs against a key term of the same IDF. */
  static final double ACTOR_BOOST = 2;

  /** How many days from a story's span a document may be dated and still join it. */
  static final int WINDOW_DAYS = 90;

  /** How many days after a story's last date the newest document must be for it to close. */
  static final int CLOSED_AFTER_DAYS = 2 * WINDOW_DAYS;

  /** How many of a document's heaviest terms and actors find its candidates and index its story. */
  static final int INDEXED_TERMS = 20;

  /** The most candidates compared with a document: those sharing most of its heaviest features. */
  static final int MAX_CANDIDATES = 50;

  private static final int LABEL_ACTORS = 3;
  private static final int LABEL_TERMS = 4;

  /** How many term strings a story keeps for its label, the heaviest in its centroid. */
  private static final int LABEL_CANDIDATES = 12;

  private static final int[] NO_TERMS = {};
  private static final long[] NO_ACTORS = {};
  private static final float[] NO_WEIGHTS = {};
  private static final String[] NO_WORDS = {};

  /** A document to place: its id, date, actors (id to type) and key terms with their counts. */
  record Doc(String id, LocalDate date, Map<Long, EntityType> actors, Map<String, Integer> terms) {}

  /**
   * A story. An open one has a centroid: term hashes and actor ids, sorted, with their summed
   * weights. A closed one is only kept while a copy joining it is being written.
   */
  private static final class Story {
    final String id;
    final long order;
    LocalDate first;
    LocalDate last;
    int documents;
    boolean closed;

    /** Closed, and known only by its row in the table: its label stays. */
    boolean stored;

    int[] terms = NO_TERMS;
    float[] termWeights = NO_WEIGHTS;
    long[] actors = NO_ACTORS;
    float[] actorWeights = NO_WEIGHTS;
    double norm;
    String[] labelTerms = NO_WORDS;
    int[] indexedTerms = NO_TERMS;

    Story(String id, long order) {
      this.id = id;
      this.order = order;
    }
  }

  /** A document's vector: sorted keys and their weights, its norm, and its heaviest features. */
  private record Vector(
      int[] terms,
      float[] termWeights,
      long[] actors,
      float[] actorWeights,
      double norm,
      int[] heaviestTerms,
      long[] heaviestActors,
      String[] heaviestWords) {

    /** The cosine similarity with a story's centroid. */
    double cosine(Story story) {
      if (norm == 0 || story.norm == 0) {
        return 0;
      }
      double dot = 0;
      for (int i = 0; i < terms.length; i++) {
        int at = Arrays.binarySearch(story.terms, terms[i]);
        if (at >= 0) {
          dot += termWeights[i] * (double) story.termWeights[at];
        }
      }
      for (int i = 0; i < actors.length; i++) {
        int at = Arrays.binarySearch(story.actors, actors[i]);
        if (at >= 0) {
          dot += actorWeights[i] * (double) story.actorWeights[at];
        }
      }
      return dot / (norm * story.norm);
    }
  }

  /** The open stories, and closed ones a copy of this batch joined. */
  private final Map<String, Story> stories = new HashMap<>();

  private final Map<Long, List<Story>> byActor = new HashMap<>();
  private final Map<Integer, List<Story>> byTerm = new HashMap<>();
  private final Map<Integer, Integer> documentFrequency = new HashMap<>();
  private final Map<Long, Integer> actorFrequency = new HashMap<>();
  private int summarizedDocuments;
  private long started;
  private LocalDate newest;
  private final Set<Story> touched = new LinkedHashSet<>();

  /** The stories of the documents placed in this batch. */
  private final Map<String, String> storyOf = new HashMap<>();

  /**
   * Rebuilds the summaries from the tables, in the order the documents came. Only the stories still
   * open at the end need their documents' texts; the others' documents count in the document
   * frequencies through their stored term hashes.
   */
  void restore(Connection db) throws SQLException {
    stories.clear();
    byActor.clear();
    byTerm.clear();
    documentFrequency.clear();
    actorFrequency.clear();
    summarizedDocuments = 0;
    started = 0;
    newest = null;
    touched.clear();
    storyOf.clear();
    Set<String> seen = new HashSet<>();
    String sql =
        "WITH newest AS (SELECT max(d.published) AS day FROM story_documents s"
            + " JOIN documents d ON d.id = s.doc_id)"
            + " SELECT s.doc_id, s.story, s.copy, d.published,"
            + " CASE WHEN NOT s.copy AND (t.last_date IS NULL OR n.day IS NULL"
            + "   OR t.last_date >= n.day - INTERVAL "
            + CLOSED_AFTER_DAYS
            + " DAY) THEN d.text END,"
            + " k.terms, e.actors, e.types"
            + " FROM story_documents s JOIN documents d ON d.id = s.doc_id CROSS JOIN newest n"
            + " LEFT JOIN stories t ON t.id = s.story"
            + " LEFT JOIN document_stories k ON k.doc_id = s.doc_id"
            + " LEFT JOIN (SELECT doc_id, list(actor_id ORDER BY actor_id) AS actors,"
            + "   list(type ORDER BY actor_id) AS types FROM entities GROUP BY doc_id) e"
            + "   ON e.doc_id = s.doc_id"
            + " ORDER BY d.seq, s.rowid";
    try (Statement st = db.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        String storyId = rs.getString(2);
        boolean copy = rs.getBoolean(3);
        Date published = rs.getDate(4);
        LocalDate date = published == null ? null : published.toLocalDate();
        advance(date);
        Story story = seen.add(storyId) ? open(storyId) : stories.get(storyId);
        String text = rs.getString(5);
        if (!copy && text == null) {
          // Of a story closed by the end: only its document frequencies are needed.
          stories.remove(storyId);
          summarizedDocuments++;
          byte[] terms = rs.getBytes(6);
          for (int term : terms == null ? NO_TERMS : StoryLinker.ints(terms)) {
            documentFrequency.merge(term, 1, Integer::sum);
          }
          for (long actor : actorsOf(rs).keySet()) {
            actorFrequency.merge(actor, 1, Integer::sum);
          }
        } else if (story != null && isOpen(story)) {
          if (copy) {
            count(story, date);
          } else {
            Doc doc = new Doc(rs.getString(1), date, actorsOf(rs), KeyTerms.counts(text));
            add(story, vector(doc), date);
          }
        }
      }
    }
    touched.clear();
  }

  private static Map<Long, EntityType> actorsOf(ResultSet rs) throws SQLException {
    java.sql.Array ids = rs.getArray(7);
    if (ids == null) {
      return Map.of();
    }
    Object[] actors = (Object[]) ids.getArray();
    Object[] types = (Object[]) rs.getArray(8).getArray();
    Map<Long, EntityType> result = new HashMap<>();
    for (int i = 0; i < actors.length; i++) {
      result.put(((Number) actors[i]).longValue(), EntityType.valueOf(String.valueOf(types[i])));
    }
    return result;
  }

  /**
   * Places a document in a story, adding its story_documents row.
   *
   * @param copyOf the original it copies, null when none
   */
  void place(Connection db, PreparedStatement insert, Doc doc, String copyOf) throws SQLException {
    advance(doc.date());
    Story story = copyOf == null ? null : storyOfDocument(db, copyOf);
    Double similarity = null;
    boolean copy = story != null;
    if (copy) {
      touched.add(story); // first, so that closing it keeps its centroid for its label
      if (isOpen(story)) {
        count(story, doc.date());
      } else {
        story.documents++; // a closed story's dates stay: it takes no more documents
      }
    } else {
      Vector vector = vector(doc);
      double best = 0;
      for (Story candidate : candidates(doc.date(), vector)) {
        double score = vector.cosine(candidate);
        boolean timed = doc.date() != null && candidate.first != null;
        if (score >= (timed ? THRESHOLD : UNDATED_THRESHOLD) && score > best) {
          best = score;
          story = candidate;
        }
      }
      if (story == null) {
        story = open(doc.id());
      } else {
        similarity = best;
      }
      add(story, vector, doc.date());
    }
    storyOf.put(doc.id(), story.id);
    insert.setString(1, doc.id());
    insert.setString(2, story.id);
    insert.setBoolean(3, copyOf != null);
    if (similarity == null) {
      insert.setNull(4, java.sql.Types.DOUBLE);
    } else {
      insert.setDouble(4, similarity);
    }
    insert.addBatch();
  }

  /**
   * How many stories are open, and an estimate of the bytes of their centroids, their index entries
   * and the document frequencies.
   */
  Store.IndexSize size() {
    long bytes = 0;
    int open = 0;
    for (Story story : stories.values()) {
      if (!story.closed) {
        open++;
        bytes +=
            96L
                + story.terms.length * 8L
                + story.actors.length * 12L
                + story.indexedTerms.length * 4L
                + story.labelTerms.length * 48L;
      }
    }
    for (List<Story> list : byTerm.values()) {
      bytes += 48L + list.size() * 4L;
    }
    for (List<Story> list : byActor.values()) {
      bytes += 56L + list.size() * 4L;
    }
    bytes += (documentFrequency.size() + actorFrequency.size()) * 48L;
    return new Store.IndexSize(open, bytes);
  }

  private void advance(LocalDate date) {
    if (date != null && (newest == null || date.isAfter(newest))) {
      newest = date;
    }
  }

  private Story open(String id) {
    Story story = new Story(id, started++);
    stories.put(id, story);
    return story;
  }

  /**
   * Whether a story still takes documents; closes it (dropping its centroid and index entries) when
   * the newest document is dated more than {@value #CLOSED_AFTER_DAYS} days after its last.
   */
  private boolean isOpen(Story story) {
    if (story.closed) {
      return false;
    }
    if (story.last == null
        || newest == null
        || ChronoUnit.DAYS.between(story.last, newest) <= CLOSED_AFTER_DAYS) {
      return true;
    }
    story.closed = true;
    for (long actor : story.actors) {
      unindex(byActor, actor, story);
    }
    for (int term : story.indexedTerms) {
      unindex(byTerm, term, story);
    }
    if (!touched.contains(story)) {
      forget(story);
    } // else write() writes its row first, its label from the centroid
    return false;
  }

  /** Drops a closed story's centroid and the story itself from memory. */
  private void forget(Story story) {
    story.terms = NO_TERMS;
    story.termWeights = NO_WEIGHTS;
    story.actors = NO_ACTORS;
    story.actorWeights = NO_WEIGHTS;
    story.indexedTerms = NO_TERMS;
    story.labelTerms = NO_WORDS;
    stories.remove(story.id);
  }

  private static <K> void unindex(Map<K, List<Story>> index, K key, Story story) {
    List<Story> list = index.get(key);
    if (list != null) {
      list.remove(story);
      if (list.isEmpty()) {
        index.remove(key);
      }
    }
  }

  /** The story of a document: placed in this batch, else as stored (null when in none). */
  private Story storyOfDocument(Connection db, String docId) throws SQLException {
    String id = storyOf.get(docId);
    if (id == null) {
      try (PreparedStatement ps =
          db.prepareStatement("SELECT story FROM story_documents WHERE doc_id = ?")) {
        ps.setString(1, docId);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            return null;
          }
          id = rs.getString(1);
        }
      }
    }
    Story story = stories.get(id);
    if (story != null) {
      return story;
    }
    // Closed and forgotten, so written by an earlier batch: its row is all there is.
    try (PreparedStatement ps =
        db.prepareStatement("SELECT first_date, last_date, documents FROM stories WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        story = new Story(id, -1);
        story.closed = true;
        story.stored = true;
        Date first = rs.getDate(1);
        Date last = rs.getDate(2);
        story.first = first == null ? null : first.toLocalDate();
        story.last = last == null ? null : last.toLocalDate();
        story.documents = rs.getInt(3);
        stories.put(id, story);
        return story;
      }
    }
  }

  private List<Story> candidates(LocalDate date, Vector vector) {
    Map<Story, Integer> hits = new HashMap<>();
    for (long actor : vector.heaviestActors()) {
      for (Story story : byActor.getOrDefault(actor, List.of())) {
        hits.merge(story, 1, Integer::sum);
      }
    }
    for (int term : vector.heaviestTerms()) {
      for (Story story : byTerm.getOrDefault(term, List.of())) {
        hits.merge(story, 1, Integer::sum);
      }
    }
    List<Story> open = new ArrayList<>();
    for (Story story : hits.keySet()) {
      if (isOpen(story) && inWindow(date, story)) {
        open.add(story);
      }
    }
    if (open.size() > MAX_CANDIDATES) {
      // Those sharing the most of the document's heaviest features.
      open.sort(
          Comparator.<Story>comparingInt(hits::get).reversed().thenComparingLong(s -> s.order));
      open = new ArrayList<>(open.subList(0, MAX_CANDIDATES));
    }
    // The order the stories started in, so that ties go to the first, whatever the batches.
    open.sort(Comparator.comparingLong(s -> s.order));
    return open;
  }

  private static boolean inWindow(LocalDate date, Story story) {
    return date == null
        || story.first == null
        || (ChronoUnit.DAYS.between(story.last, date) <= WINDOW_DAYS
            && ChronoUnit.DAYS.between(date, story.first) <= WINDOW_DAYS);
  }

  private double idf(int documents) {
    return Math.log((summarizedDocuments + 1.0) / (documents + 1.0)) + 1;
  }

  /** A document's TF-IDF vector, weighed against the documents placed so far. */
  private Vector vector(Doc doc) {
    double squares = 0;
    List<Weighted> features = new ArrayList<>();
    Map<Integer, Float> terms = new HashMap<>();
    for (Map.Entry<String, Integer> term : doc.terms().entrySet()) {
      int hash = KeyTerms.hash(term.getKey());
      double w = (1 + Math.log(term.getValue())) * idf(documentFrequency.getOrDefault(hash, 0));
      if (!terms.containsKey(hash)) { // two words of one hash (rare) count as the first
        terms.put(hash, (float) w);
        features.add(new Weighted(term.getKey(), hash, 0, w));
      }
    }
    long[] actors = doc.actors().keySet().stream().mapToLong(Long::longValue).sorted().toArray();
    float[] actorWeights = new float[actors.length];
    for (int i = 0; i < actors.length; i++) {
      double w = ACTOR_BOOST * idf(actorFrequency.getOrDefault(actors[i], 0));
      actorWeights[i] = (float) w;
      features.add(new Weighted(null, 0, actors[i], w));
    }
    int[] termKeys = terms.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    float[] termWeights = new float[termKeys.length];
    for (int i = 0; i < termKeys.length; i++) {
      termWeights[i] = terms.get(termKeys[i]);
      squares += (double) termWeights[i] * termWeights[i];
    }
    for (float w : actorWeights) {
      squares += (double) w * w;
    }
    features.sort(Weighted.HEAVIEST_FIRST);
    List<Integer> heaviestTerms = new ArrayList<>();
    List<Long> heaviestActors = new ArrayList<>();
    for (Weighted f : features.subList(0, Math.min(INDEXED_TERMS, features.size()))) {
      if (f.word() != null) {
        heaviestTerms.add(f.hash());
      } else {
        heaviestActors.add(f.actor());
      }
    }
    String[] words =
        features.stream()
            .filter(f -> f.word() != null)
            .limit(LABEL_CANDIDATES)
            .map(Weighted::word)
            .toArray(String[]::new);
    return new Vector(
        termKeys,
        termWeights,
        actors,
        actorWeights,
        Math.sqrt(squares),
        heaviestTerms.stream().mapToInt(Integer::intValue).toArray(),
        heaviestActors.stream().mapToLong(Long::longValue).toArray(),
        words);
  }

  /** A term (word and hash) or an actor, with its weight in a document. */
  private record Weighted(String word, int hash, long actor, double weight) {
    static final Comparator<Weighted> HEAVIEST_FIRST =
        Comparator.comparingDouble(Weighted::weight)
            .reversed()
            .thenComparing(f -> f.word() == null ? "" : f.word())
            .thenComparingLong(Weighted::actor);
  }

  private void count(Story story, LocalDate date) {
    story.documents++;
    if (date != null) {
      story.first = story.first == null || date.isBefore(story.first) ? date : story.first;
      story.last = story.last == null || date.isAfter(story.last) ? date : story.last;
    }
    touched.add(story);
  }

  private void add(Story story, Vector vector, LocalDate date) {
    count(story, date);
    summarizedDocuments++;
    for (int term : vector.terms()) {
      documentFrequency.merge(term, 1, Integer::sum);
    }
    for (long actor : vector.actors()) {
      actorFrequency.merge(actor, 1, Integer::sum);
      if (Arrays.binarySearch(story.actors, actor) < 0) {
        byActor.computeIfAbsent(actor, k -> new ArrayList<>()).add(story);
      }
    }
    mergeTerms(story, vector);
    mergeActors(story, vector);
    double squares = 0;
    for (float w : story.termWeights) {
      squares += (double) w * w;
    }
    for (float w : story.actorWeights) {
      squares += (double) w * w;
    }
    story.norm = Math.sqrt(squares);
    int[] indexed = story.indexedTerms;
    for (int term : vector.heaviestTerms()) {
      if (Arrays.stream(indexed).noneMatch(t -> t == term)) {
        byTerm.computeIfAbsent(term, k -> new ArrayList<>()).add(story);
        indexed = Arrays.copyOf(indexed, indexed.length + 1);
        indexed[indexed.length - 1] = term;
      }
    }
    story.indexedTerms = indexed;
    story.labelTerms = labelTerms(story, vector.heaviestWords());
  }

  private static void mergeTerms(Story story, Vector vector) {
    int[] a = story.terms;
    int[] b = vector.terms();
    int[] keys = new int[a.length + b.length];
    float[] weights = new float[keys.length];
    int n =
        merge(
            a.length,
            b.length,
            (i, j) -> Integer.compare(a[i], b[j]),
            (k, i, j) -> {
              keys[k] = i < 0 ? b[j] : a[i];
              weights[k] = sum(story.termWeights, i, vector.termWeights(), j);
            });
    story.terms = Arrays.copyOf(keys, n);
    story.termWeights = Arrays.copyOf(weights, n);
  }

  private static void mergeActors(Story story, Vector vector) {
    long[] a = story.actors;
    long[] b = vector.actors();
    long[] keys = new long[a.length + b.length];
    float[] weights = new float[keys.length];
    int n =
        merge(
            a.length,
            b.length,
            (i, j) -> Long.compare(a[i], b[j]),
            (k, i, j) -> {
              keys[k] = i < 0 ? b[j] : a[i];
              weights[k] = sum(story.actorWeights, i, vector.actorWeights(), j);
            });
    story.actors = Arrays.copyOf(keys, n);
    story.actorWeights = Arrays.copyOf(weights, n);
  }

  /** Where a merged key comes from: its index in the first list and in the second, -1 if absent. */
  private interface MergeStep {
    void take(int merged, int first, int second);
  }

  /**
   * Merges two ascending key lists, known by their lengths and a comparison of their keys, calling
   * {@code step} once for each key of the union in order; returns the union's size.
   */
  private static int merge(int aLength, int bLength, IntBinaryOperator compare, MergeStep step) {
    int n = 0;
    int i = 0;
    int j = 0;
    while (i < aLength || j < bLength) {
      int order = j == bLength ? -1 : i == aLength ? 1 : compare.applyAsInt(i, j);
      step.take(n++, order <= 0 ? i : -1, order >= 0 ? j : -1);
      i += order <= 0 ? 1 : 0;
      j += order >= 0 ? 1 : 0;
    }
    return n;
  }

  private static float sum(float[] a, int i, float[] b, int j) {
    return (i < 0 ? 0 : a[i]) + (j < 0 ? 0 : b[j]);
  }

  /** The heaviest words in the centroid, of the story's earlier ones and the document's. */
  private static String[] labelTerms(Story story, String[] words) {
    Map<String, Float> weights = new LinkedHashMap<>();
    for (String word : story.labelTerms) {
      weights.put(word, weight(story, word));
    }
    for (String word : words) {
      weights.putIfAbsent(word, weight(story, word));
    }
    return weights.entrySet().stream()
        .sorted(
            Map.Entry.<String, Float>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(LABEL_CANDIDATES)
        .map(Map.Entry::getKey)
        .toArray(String[]::new);
  }

  private static float weight(Story story, String word) {
    int at = Arrays.binarySearch(story.terms, KeyTerms.hash(word));
    return at < 0 ? 0 : story.termWeights[at];
  }

  /**
   * Writes the rows of the stories the batch touched. An open story's label is its heaviest actors
   * in the centroid (names from the table actors) and its heaviest key terms, names and numbers
   * left out; a closed one keeps its label.
   */
  void write(Connection db) throws SQLException {
    storyOf.clear();
    if (touched.isEmpty()) {
      return;
    }
    List<Story> rewritten = new ArrayList<>();
    try (PreparedStatement update =
        db.prepareStatement(
            "UPDATE stories SET documents = ?, first_date = ?, last_date = ? WHERE id = ?")) {
      for (Story story : touched) {
        if (!story.stored) {
          rewritten.add(story);
          continue;
        }
        update.setInt(1, story.documents);
        update.setDate(2, story.first == null ? null : Date.valueOf(story.first));
        update.setDate(3, story.last == null ? null : Date.valueOf(story.last));
        update.setString(4, story.id);
        update.executeUpdate();
        stories.remove(story.id);
      }
    }
    if (!rewritten.isEmpty()) {
      // One statement for the batch's stories: a DELETE per story scans the table each time.
      String places = String.join(", ", java.util.Collections.nCopies(rewritten.size(), "?"));
      try (PreparedStatement delete =
              db.prepareStatement("DELETE FROM stories WHERE id IN (" + places + ")");
          PreparedStatement insert =
              db.prepareStatement("INSERT INTO stories VALUES (?, ?, ?, ?, ?)");
          PreparedStatement name = db.prepareStatement("SELECT name FROM actors WHERE id = ?")) {
        for (int i = 0; i < rewritten.size(); i++) {
          delete.setString(i + 1, rewritten.get(i).id);
        }
        delete.executeUpdate();
        for (Story story : rewritten) {
          insert.setString(1, story.id);
          insert.setString(2, label(story, name));
          insert.setDate(3, story.first == null ? null : Date.valueOf(story.first));
          insert.setDate(4, story.last == null ? null : Date.valueOf(story.last));
          insert.setInt(5, story.documents);
          insert.addBatch();
          if (story.closed) {
            forget(story);
          }
        }
        insert.executeBatch();
      }
    }
    touched.clear();
  }

  private static String label(Story story, PreparedStatement name) throws SQLException {
    Integer[] order = new Integer[story.actors.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        Comparator.<Integer>comparingDouble(i -> -story.actorWeights[i])
            .thenComparingLong(i -> story.actors[i]));
    List<String> parts = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (int i : order) {
      if (parts.size() == LABEL_ACTORS) {
        break;
      }
      name.setLong(1, story.actors[i]);
      try (ResultSet rs = name.executeQuery()) {
        if (rs.next()) {
          parts.add(rs.getString(1));
          names.addAll(
              Arrays.asList(rs.getString(1).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
        }
      }
    }
    List<String> terms =
        Arrays.stream(story.labelTerms)
            .filter(t -> !names.contains(t) && !t.chars().allMatch(Character::isDigit))
            .limit(LABEL_TERMS)
            .toList();
    String label = String.join(", ", parts);
    if (!terms.isEmpty()) {
      label = label.isEmpty() ? String.join(" ", terms) : label + ": " + String.join(" ", terms);
    }
    return label;
  }
}
