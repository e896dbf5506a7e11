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
 * Groups documents into stories as they are added (README, "Stories"): each new document joins the
 * existing story it is most similar to, when that similarity reaches {@value #THRESHOLD}, else
 * starts a story of its own; a near-duplicate copy joins its original's story. The similarity of a
 * document and a story is {@value #ACTOR_WEIGHT} × the weighted share of the document's actors that
 * the story has (people, organisations and groups weigh 1, cities and other places 0.75, countries,
 * nationalities and the rest 0.5) plus (1 − {@value #ACTOR_WEIGHT}) × the overlap of its key terms
 * with the story's core terms (those of at least half its documents: shared over the smaller), and
 * counts only when they share an actor and the document's date is at most {@value #WINDOW_DAYS}
 * days from the story's span (undated documents and stories are not held to it).
 *
 * <p>The summaries of the stories (actor and term counts) live in memory and are rebuilt from the
 * tables when the store opens, in the order the documents came, so the stories do not depend on the
 * batches. Not thread-safe: used by the store's writer only.
 */
final class StoryClusters {

  /** The similarity from which a document joins a story. */
  static final double THRESHOLD = 0.5;

  /** The weight of the shared actors in the similarity; key terms weigh the rest. */
  static final double ACTOR_WEIGHT = 0.3;

  /** How many days from a story's span a document may be dated and still join it. */
  static final int WINDOW_DAYS = 30;

  private static final int LABEL_ACTORS = 3;
  private static final int LABEL_TERMS = 4;

  /** A document to place: its id, date, actors (id to type) and key terms. */
  record Doc(String id, LocalDate date, Map<Long, EntityType> actors, Set<String> terms) {}

  private static final class Story {
    final String id;
    LocalDate first;
    LocalDate last;
    int documents;
    int summarized;
    final Map<Long, Integer> actors = new HashMap<>();
    final Map<String, Integer> terms = new HashMap<>();

    Story(String id) {
      this.id = id;
    }
  }

  private final Map<String, Story> stories = new LinkedHashMap<>();
  private final Map<Long, Set<Story>> byActor = new HashMap<>();
  private final Map<String, Integer> documentFrequency = new HashMap<>();
  private int summarizedDocuments;
  private final Set<Story> touched = new LinkedHashSet<>();
  private final Map<String, String> storyOf = new HashMap<>();

  static double weight(EntityType type) {
    return switch (type) {
      case PERSON, ORGANIZATION, GROUP -> 1.0;
      case CITY, LOCATION -> 0.75;
      default -> 0.5;
    };
  }

  /** Rebuilds the summaries from the tables, in the order the documents came. */
  void restore(Connection db) throws SQLException {
    stories.clear();
    byActor.clear();
    documentFrequency.clear();
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
                    id, date, actorsOf.getOrDefault(id, Map.of()), KeyTerms.of(rs.getString(5)));
            add(story, doc);
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
      double best = 0;
      for (Story candidate : candidates(doc)) {
        double score = similarity(doc, candidate);
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
      add(story, doc);
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

  private List<Story> candidates(Doc doc) {
    Set<Story> found = new LinkedHashSet<>();
    for (Long actor : doc.actors().keySet()) {
      found.addAll(byActor.getOrDefault(actor, Set.of()));
    }
    List<Story> inWindow = new ArrayList<>();
    for (Story story : found) {
      if (doc.date() == null
          || story.first == null
          || (ChronoUnit.DAYS.between(story.last, doc.date()) <= WINDOW_DAYS
              && ChronoUnit.DAYS.between(doc.date(), story.first) <= WINDOW_DAYS)) {
        inWindow.add(story);
      }
    }
    // The order the stories started in, so that ties go to the first, whatever the batches.
    List<Story> ordered = new ArrayList<>();
    for (Story story : stories.values()) {
      if (inWindow.contains(story)) {
        ordered.add(story);
      }
    }
    return inWindow.size() == ordered.size() ? ordered : inWindow;
  }

  /** The similarity of a document to a story (the class comment tells it). */
  static double similarity(
      Map<Long, EntityType> actors,
      Set<String> terms,
      Set<Long> storyActors,
      Set<String> storyTerms) {
    double all = 0;
    double shared = 0;
    for (Map.Entry<Long, EntityType> actor : actors.entrySet()) {
      double w = weight(actor.getValue());
      all += w;
      if (storyActors.contains(actor.getKey())) {
        shared += w;
      }
    }
    if (shared == 0) {
      return 0;
    }
    return ACTOR_WEIGHT * shared / all + (1 - ACTOR_WEIGHT) * KeyTerms.overlap(terms, storyTerms);
  }

  private static double similarity(Doc doc, Story story) {
    Set<String> core = new HashSet<>();
    for (Map.Entry<String, Integer> term : story.terms.entrySet()) {
      if (term.getValue() * 2 >= story.summarized) {
        core.add(term.getKey());
      }
    }
    return similarity(doc.actors(), doc.terms(), story.actors.keySet(), core);
  }

  private void count(Story story, LocalDate date) {
    story.documents++;
    if (date != null) {
      story.first = story.first == null || date.isBefore(story.first) ? date : story.first;
      story.last = story.last == null || date.isAfter(story.last) ? date : story.last;
    }
    touched.add(story);
  }

  private void add(Story story, Doc doc) {
    count(story, doc.date());
    storyOf.put(doc.id(), story.id);
    story.summarized++;
    summarizedDocuments++;
    for (Long actor : doc.actors().keySet()) {
      story.actors.merge(actor, 1, Integer::sum);
      byActor.computeIfAbsent(actor, k -> new LinkedHashSet<>()).add(story);
    }
    for (String term : doc.terms()) {
      story.terms.merge(term, 1, Integer::sum);
      documentFrequency.merge(term, 1, Integer::sum);
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
