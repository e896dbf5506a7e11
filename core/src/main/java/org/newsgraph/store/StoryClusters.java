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
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.EntityType;

/**
 * Groups documents into stories as they are added (README, "Stories"), by single-pass clustering as
 * in topic detection and tracking: each new document joins the existing story whose centroid is
 * most similar to it, when that cosine similarity reaches {@value #THRESHOLD}, else starts a story
 * of its own; a near-duplicate copy joins its original's story. A document is a vector of TF-IDF
 * weights: each key term weighs (1 + ln of its count) × its IDF, each actor {@value #ACTOR_BOOST} ×
 * its IDF (the document frequencies those of the documents placed before it); a story's centroid is
 * the sum of its documents' vectors. A document dated more than {@value #WINDOW_DAYS} days from a
 * story's span does not join it (undated documents and stories are not held to it).
 *
 * <p>Candidates are the stories that share an actor or one of its {@value #INDEXED_TERMS} heaviest
 * terms with the document. The summaries live in memory and are rebuilt from the tables when the
 * store opens, in the order the documents came, so the stories do not depend on the batches. Not
 * thread-safe: used by the store's writer only.
 */
final class StoryClusters {

  /** The cosine similarity from which a document joins a story. */
  static final double THRESHOLD = 0.18;

  /** How much an actor weighs against a key term of the same IDF. */
  static final double ACTOR_BOOST = 2;

  /** How many days from a story's span a document may be dated and still join it. */
  static final int WINDOW_DAYS = 90;

  /** How many of a document's heaviest terms index its story for later candidates. */
  static final int INDEXED_TERMS = 10;

  private static final int LABEL_ACTORS = 3;
  private static final int LABEL_TERMS = 4;

  /** A document to place: its id, date, actors (id to type) and key terms with their counts. */
  record Doc(String id, LocalDate date, Map<Long, EntityType> actors, Map<String, Integer> terms) {}

  private static final class Story {
    final String id;
    LocalDate first;
    LocalDate last;
    int documents;

    /** Documents having each actor and each term, for labels. */
    final Map<Long, Integer> actors = new HashMap<>();

    final Map<String, Integer> terms = new HashMap<>();

    /** The centroid: summed weights of the documents' terms and actors, and its norm. */
    final Map<String, Double> termWeights = new HashMap<>();

    final Map<Long, Double> actorWeights = new HashMap<>();
    double norm;

    Story(String id) {
      this.id = id;
    }
  }

  private final Map<String, Story> stories = new LinkedHashMap<>();
  private final Map<Long, Set<Story>> byActor = new HashMap<>();
  private final Map<String, Set<Story>> byTerm = new HashMap<>();
  private final Map<String, Integer> documentFrequency = new HashMap<>();
  private final Map<Long, Integer> actorFrequency = new HashMap<>();
  private int summarizedDocuments;
  private final Set<Story> touched = new LinkedHashSet<>();
  private final Map<String, String> storyOf = new HashMap<>();

  /** Rebuilds the summaries from the tables, in the order the documents came. */
  void restore(Connection db) throws SQLException {
    stories.clear();
    byActor.clear();
    byTerm.clear();
    documentFrequency.clear();
    actorFrequency.clear();
    summarizedDocuments = 0;
    touched.clear();
    storyOf.clear();
    Map<String, Map<Long, EntityType>> actorsOf = new HashMap<>();
    try (Statement st = db.createStatement()) {
      try (ResultSet rs =
          st.executeQuery(
              "SELECT e.doc_id, e.actor_id, e.type FROM entities e"
                  + " JOIN story_documents s ON s.doc_id = e.doc_id WHERE NOT s.copy")) {
        while (rs.next()) {
          actorsOf
              .computeIfAbsent(rs.getString(1), k -> new HashMap<>())
              .put(rs.getLong(2), EntityType.valueOf(rs.getString(3)));
        }
      }
      try (ResultSet rs =
          st.executeQuery(
              "SELECT s.doc_id, s.story, s.copy, d.published, d.text FROM story_documents s"
                  + " JOIN documents d ON d.id = s.doc_id ORDER BY d.seq, s.rowid")) {
        while (rs.next()) {
          String id = rs.getString(1);
          Date published = rs.getDate(4);
          LocalDate date = published == null ? null : published.toLocalDate();
          Story story = stories.computeIfAbsent(rs.getString(2), Story::new);
          if (rs.getBoolean(3)) {
            count(story, date);
          } else {
            Doc doc =
                new Doc(
                    id,
                    date,
                    actorsOf.getOrDefault(id, Map.of()),
                    KeyTerms.counts(rs.getString(5)));
            add(story, doc, vector(doc));
          }
        }
      }
    }
    touched.clear();
  }

  /**
   * Places a document in a story, adding its story_documents row.
   *
   * @param copyOf the original it copies, null when none
   */
  void place(PreparedStatement insert, Doc doc, String copyOf) throws SQLException {
    Story story = null;
    Double similarity = null;
    if (copyOf != null && storyOf(copyOf) != null) {
      story = stories.get(storyOf(copyOf));
      count(story, doc.date());
    } else {
      Vector vector = vector(doc);
      double best = 0;
      for (Story candidate : candidates(doc, vector)) {
        double score = vector.cosine(candidate);
        if (score >= THRESHOLD && score > best) {
          best = score;
          story = candidate;
        }
      }
      if (story == null) {
        story = new Story(doc.id());
        stories.put(story.id, story);
      } else {
        similarity = best;
      }
      add(story, doc, vector);
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

  /** The story of a document placed in this batch, else of a stored one. */
  private String storyOf(String docId) {
    return storyOf.get(docId);
  }

  private List<Story> candidates(Doc doc, Vector vector) {
    Set<Story> found = new HashSet<>();
    for (Long actor : doc.actors().keySet()) {
      found.addAll(byActor.getOrDefault(actor, Set.of()));
    }
    for (String term : vector.heaviest()) {
      found.addAll(byTerm.getOrDefault(term, Set.of()));
    }
    // The order the stories started in, so that ties go to the first, whatever the batches.
    List<Story> ordered = new ArrayList<>();
    for (Story story : stories.values()) {
      if (found.contains(story) && inWindow(doc.date(), story)) {
        ordered.add(story);
      }
    }
    return ordered;
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
    Map<String, Double> terms = new HashMap<>();
    double squares = 0;
    for (Map.Entry<String, Integer> term : doc.terms().entrySet()) {
      double w =
          (1 + Math.log(term.getValue())) * idf(documentFrequency.getOrDefault(term.getKey(), 0));
      terms.put(term.getKey(), w);
      squares += w * w;
    }
    Map<Long, Double> actors = new HashMap<>();
    for (Long actor : doc.actors().keySet()) {
      double w = ACTOR_BOOST * idf(actorFrequency.getOrDefault(actor, 0));
      actors.put(actor, w);
      squares += w * w;
    }
    return new Vector(terms, actors, Math.sqrt(squares));
  }

  /** A document's weights and their norm. */
  private record Vector(Map<String, Double> terms, Map<Long, Double> actors, double norm) {

    /** The cosine similarity with a story's centroid. */
    double cosine(Story story) {
      if (norm == 0 || story.norm == 0) {
        return 0;
      }
      double dot = 0;
      for (Map.Entry<String, Double> term : terms.entrySet()) {
        dot += term.getValue() * story.termWeights.getOrDefault(term.getKey(), 0.0);
      }
      for (Map.Entry<Long, Double> actor : actors.entrySet()) {
        dot += actor.getValue() * story.actorWeights.getOrDefault(actor.getKey(), 0.0);
      }
      return dot / (norm * story.norm);
    }

    /** The heaviest terms, the heaviest first (ties by the term, for the same result each run). */
    List<String> heaviest() {
      return terms.entrySet().stream()
          .sorted(
              Map.Entry.<String, Double>comparingByValue()
                  .reversed()
                  .thenComparing(Map.Entry.comparingByKey()))
          .limit(INDEXED_TERMS)
          .map(Map.Entry::getKey)
          .toList();
    }
  }

  private void count(Story story, LocalDate date) {
    story.documents++;
    if (date != null) {
      story.first = story.first == null || date.isBefore(story.first) ? date : story.first;
      story.last = story.last == null || date.isAfter(story.last) ? date : story.last;
    }
    touched.add(story);
  }

  private void add(Story story, Doc doc, Vector vector) {
    count(story, doc.date());
    storyOf.put(doc.id(), story.id);
    summarizedDocuments++;
    for (Long actor : doc.actors().keySet()) {
      story.actors.merge(actor, 1, Integer::sum);
      actorFrequency.merge(actor, 1, Integer::sum);
      byActor.computeIfAbsent(actor, k -> new LinkedHashSet<>()).add(story);
    }
    for (String term : doc.terms().keySet()) {
      story.terms.merge(term, 1, Integer::sum);
      documentFrequency.merge(term, 1, Integer::sum);
    }
    vector.terms().forEach((term, w) -> story.termWeights.merge(term, w, Double::sum));
    vector.actors().forEach((actor, w) -> story.actorWeights.merge(actor, w, Double::sum));
    double squares = 0;
    for (double w : story.termWeights.values()) {
      squares += w * w;
    }
    for (double w : story.actorWeights.values()) {
      squares += w * w;
    }
    story.norm = Math.sqrt(squares);
    for (String term : vector.heaviest()) {
      byTerm.computeIfAbsent(term, k -> new HashSet<>()).add(story);
    }
  }

  /**
   * Writes the rows of the stories the batch touched, with their labels: the story's most frequent
   * actors (names from the table actors) and its most characteristic key terms (documents of the
   * story that have the term × log of all documents over those that have it).
   */
  void write(Connection db) throws SQLException {
    if (touched.isEmpty()) {
      return;
    }
    try (PreparedStatement delete = db.prepareStatement("DELETE FROM stories WHERE id = ?");
        PreparedStatement insert =
            db.prepareStatement("INSERT INTO stories VALUES (?, ?, ?, ?, ?)");
        PreparedStatement name = db.prepareStatement("SELECT name FROM actors WHERE id = ?")) {
      for (Story story : touched) {
        delete.setString(1, story.id);
        delete.executeUpdate();
        insert.setString(1, story.id);
        insert.setString(2, label(story, name));
        insert.setDate(3, story.first == null ? null : Date.valueOf(story.first));
        insert.setDate(4, story.last == null ? null : Date.valueOf(story.last));
        insert.setInt(5, story.documents);
        insert.executeUpdate();
      }
    }
    touched.clear();
  }

  private String label(Story story, PreparedStatement name) throws SQLException {
    List<String> parts = new ArrayList<>();
    List<Map.Entry<Long, Integer>> actors = new ArrayList<>(story.actors.entrySet());
    actors.sort(
        Map.Entry.<Long, Integer>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey()));
    Set<String> names = new HashSet<>();
    for (Map.Entry<Long, Integer> actor : actors) {
      if (parts.size() == LABEL_ACTORS) {
        break;
      }
      name.setLong(1, actor.getKey());
      try (ResultSet rs = name.executeQuery()) {
        if (rs.next()) {
          parts.add(rs.getString(1));
          for (String word : rs.getString(1).toLowerCase(java.util.Locale.ROOT).split("\\W+")) {
            names.add(word);
          }
        }
      }
    }
    double all = summarizedDocuments + 1;
    List<String> terms =
        story.terms.entrySet().stream()
            .filter(
                t ->
                    !names.contains(t.getKey()) && !t.getKey().chars().allMatch(Character::isDigit))
            .sorted(
                Comparator.<Map.Entry<String, Integer>>comparingDouble(
                        t ->
                            -t.getValue()
                                * Math.log(all / documentFrequency.getOrDefault(t.getKey(), 1)))
                    .thenComparing(Map.Entry.comparingByKey()))
            .limit(LABEL_TERMS)
            .map(Map.Entry::getKey)
            .toList();
    String label = String.join(", ", parts);
    if (!terms.isEmpty()) {
      label = label.isEmpty() ? String.join(" ", terms) : label + ": " + String.join(" ", terms);
    }
    return label;
  }
}
