package org.newsgraph.query;

import java.io.IOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newsgraph.model.EntityType;
import org.newsgraph.query.Results.Activity;
import org.newsgraph.query.Results.ActorRef;
import org.newsgraph.query.Results.ActorRow;
import org.newsgraph.query.Results.CoActor;
import org.newsgraph.query.Results.DocumentHit;
import org.newsgraph.query.Results.Dossier;
import org.newsgraph.query.Results.Edge;
import org.newsgraph.query.Results.EntityLink;
import org.newsgraph.query.Results.EventRow;
import org.newsgraph.query.Results.Network;
import org.newsgraph.query.Results.Participant;
import org.newsgraph.query.Results.Period;
import org.newsgraph.query.Results.PlaceCount;
import org.newsgraph.query.Results.QuoteRow;
import org.newsgraph.query.Results.Stats;
import org.newsgraph.query.Results.TitleSpan;
import org.newsgraph.store.Store;

/**
 * The questions a user asks of the store, answered with parameterized SQL over DuckDB and the
 * Lucene index. Shared by the terminal commands and the HTTP API.
 *
 * <p>Thread-safe: every call runs on a connection of its own.
 */
public final class Queries {

  /** The most rows any list query returns. */
  public static final int MAX_LIMIT = 1000;

  private static final Pattern CODE = Pattern.compile("[A-Z]{3}[A-Z0-9]*");
  private static final Pattern ROOT = Pattern.compile("\\d{1,2}");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
  private static final int SNIPPET = 220;

  /** Which quotes: by speaker (name, any part), about a word, within dates; null means any. */
  public record QuoteQuery(String speaker, String about, LocalDate from, LocalDate to, int limit) {
    public QuoteQuery {
      checkLimit(limit);
      checkDates(from, to);
    }
  }

  /**
   * Which events: source and target as CAMEO code prefixes (FRA, FRAGOV, IGO) or actor names, a
   * root code (two digits), a QuadClass (1..4), dates; null means any.
   */
  public record EventQuery(
      String source,
      String target,
      String root,
      Integer quadClass,
      LocalDate from,
      LocalDate to,
      int limit) {
    public EventQuery {
      checkLimit(limit);
      checkDates(from, to);
      if (root != null && !ROOT.matcher(root).matches()) {
        throw new IllegalArgumentException("a root code is one or two digits, e.g. 19: " + root);
      }
      if (quadClass != null && (quadClass < 1 || quadClass > 4)) {
        throw new IllegalArgumentException("a QuadClass is 1 to 4: " + quadClass);
      }
    }

    /** All events within the dates. */
    public static EventQuery within(LocalDate from, LocalDate to, int limit) {
      return new EventQuery(null, null, null, null, from, to, limit);
    }
  }

  /**
   * Which documents a search keeps besides its words: those that mention an actor (its id), an
   * entity of a country (ISO alpha-3), or report an event of a root code or a QuadClass; null means
   * any.
   */
  public record SearchFilter(Long actor, String country, String root, Integer quadClass) {
    /** No filter: every document the words find. */
    public static final SearchFilter NONE = new SearchFilter(null, null, null, null);

    public SearchFilter {
      if (country != null && !COUNTRY.matcher(country).matches()) {
        throw new IllegalArgumentException(
            "a country is an ISO 3166 alpha-3 code in capitals, e.g. LBY: " + country);
      }
      if (root != null && !ROOT.matcher(root).matches()) {
        throw new IllegalArgumentException("a root code is one or two digits, e.g. 19: " + root);
      }
      if (quadClass != null && (quadClass < 1 || quadClass > 4)) {
        throw new IllegalArgumentException("a QuadClass is 1 to 4: " + quadClass);
      }
    }

    boolean isNone() {
      return actor == null && country == null && root == null && quadClass == null;
    }
  }

  private final Store store;
  private final String eventFrom;
  private final String notACopy;
  private final String copies;

  public Queries(Store store) {
    this.store = store;
    // A store made before stories, opened read-only, lacks their tables: read them as empty.
    String clusters =
        store.hasStoryTables()
            ? "event_clusters"
            : "(SELECT NULL::VARCHAR AS doc_id, NULL::INTEGER AS n, NULL::BIGINT AS cluster,"
                + " NULL::DOUBLE AS tone WHERE false)";
    String stories =
        store.hasStoryTables()
            ? "document_stories"
            : "(SELECT NULL::VARCHAR AS doc_id, NULL::VARCHAR AS duplicate_of WHERE false)";
    this.eventFrom =
        " FROM events e JOIN documents d ON d.id = e.doc_id"
            + " LEFT JOIN "
            + clusters
            + " c ON c.doc_id = e.doc_id AND c.n = e.n"
            + " LEFT JOIN actors sa ON sa.id = e.source_actor"
            + " LEFT JOIN actors ta ON ta.id = e.target_actor WHERE true";
    this.copies = "(SELECT doc_id FROM " + stories + " WHERE duplicate_of IS NOT NULL)";
    // Leaves out the events of documents that copy an earlier one (README, "Stories").
    this.notACopy = " AND e.doc_id NOT IN " + copies;
  }

  private static void checkLimit(int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be within 1.." + MAX_LIMIT + ": " + limit);
    }
  }

  private static void checkDates(LocalDate from, LocalDate to) {
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from " + from + " is after to " + to);
    }
  }

  /**
   * Full-text search over titles, texts and entity names; all words must occur (Lucene syntax:
   * "phrases", OR, -word).
   */
  public List<DocumentHit> search(String query, LocalDate from, LocalDate to, int limit)
      throws IOException {
    return search(query, from, to, SearchFilter.NONE, limit);
  }

  /**
   * As {@link #search(String, LocalDate, LocalDate, int)}, keeping only the documents the filter
   * selects.
   */
  public List<DocumentHit> search(
      String query, LocalDate from, LocalDate to, SearchFilter filter, int limit)
      throws IOException {
    checkLimit(limit);
    checkDates(from, to);
    List<Store.SearchHit> hits =
        filter.isNone()
            ? store.search(query, from, to, limit)
            : store.search(query, from, to, filteredDocuments(filter), limit);
    if (hits.isEmpty()) {
      return List.of();
    }
    List<String> words = words(query);
    return store.query(
        db -> {
          Map<String, Stored> documents = new HashMap<>();
          List<Object> ids = new ArrayList<>();
          hits.forEach(hit -> ids.add(hit.id()));
          try (PreparedStatement ps =
                  prepare(
                      db,
                      "SELECT id, title, published, source, url, text FROM documents WHERE id IN ("
                          + placeholders(ids.size())
                          + ")",
                      ids);
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              documents.put(
                  rs.getString(1),
                  new Stored(
                      rs.getString(2),
                      date(rs, 3),
                      rs.getString(4),
                      rs.getString(5),
                      rs.getString(6)));
            }
          }
          Map<String, List<ActorRef>> actors = topActors(db, ids, 5);
          List<DocumentHit> results = new ArrayList<>();
          for (Store.SearchHit hit : hits) {
            Stored doc = documents.get(hit.id());
            if (doc != null) {
              results.add(
                  new DocumentHit(
                      hit.id(),
                      doc.title(),
                      doc.published(),
                      doc.source(),
                      doc.url(),
                      hit.score(),
                      snippet(doc.text(), words),
                      actors.getOrDefault(hit.id(), List.of())));
            }
          }
          return results;
        });
  }

  /** What a search result shows of a stored document. */
  private record Stored(String title, String published, String source, String url, String text) {}

  private static String placeholders(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }

  /** The ids of the documents a filter selects (each condition must hold). */
  private java.util.Set<String> filteredDocuments(SearchFilter filter) throws IOException {
    StringBuilder sql = new StringBuilder("SELECT id FROM documents d WHERE true");
    List<Object> args = new ArrayList<>();
    if (filter.actor() != null) {
      sql.append(" AND d.id IN (SELECT doc_id FROM entities WHERE actor_id = ?)");
      args.add(filter.actor());
    }
    if (filter.country() != null) {
      sql.append(" AND d.id IN (SELECT doc_id FROM entities WHERE country = ?)");
      args.add(filter.country());
    }
    if (filter.root() != null || filter.quadClass() != null) {
      sql.append(" AND d.id IN (SELECT doc_id FROM events WHERE true");
      if (filter.root() != null) {
        sql.append(" AND root = ?");
        args.add(filter.root().length() == 1 ? "0" + filter.root() : filter.root());
      }
      if (filter.quadClass() != null) {
        sql.append(" AND quad_class = ?");
        args.add(filter.quadClass());
      }
      sql.append(")");
    }
    return store.query(
        db -> {
          java.util.Set<String> ids = new java.util.HashSet<>();
          try (PreparedStatement ps = prepare(db, sql.toString(), args);
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              ids.add(rs.getString(1));
            }
          }
          return ids;
        });
  }

  private static List<String> words(String query) {
    List<String> words = new ArrayList<>();
    for (String word : query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (word.length() > 1 && !word.equals("and") && !word.equals("or") && !word.equals("not")) {
        words.add(word);
      }
    }
    return words;
  }

  /** About {@value #SNIPPET} characters around the first query word found, on word boundaries. */
  static String snippet(String text, List<String> words) {
    String lower = text.toLowerCase(Locale.ROOT);
    int at = -1;
    for (String word : words) {
      int i =
          Pattern.compile("\\b" + Pattern.quote(word))
              .matcher(lower)
              .results()
              .mapToInt(m -> m.start())
              .findFirst()
              .orElse(-1);
      if (i >= 0 && (at < 0 || i < at)) {
        at = i;
      }
    }
    int start = Math.max(0, (at < 0 ? 0 : at) - SNIPPET / 3);
    int end = Math.min(text.length(), start + SNIPPET);
    while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
      start++;
    }
    while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    String piece = text.substring(Math.min(start, end), end).replaceAll("\\s+", " ").strip();
    return (start > 0 ? "… " : "") + piece + (end < text.length() ? " …" : "");
  }

  /** The {@code n} most mentioned actors of each document, in one query. */
  private static Map<String, List<ActorRef>> topActors(Connection db, List<Object> docs, int n)
      throws SQLException {
    List<Object> args = new ArrayList<>(docs);
    args.add(n);
    Map<String, List<ActorRef>> top = new HashMap<>();
    try (PreparedStatement ps =
            prepare(
                db,
                "SELECT doc_id, id, name, type FROM (SELECT e.doc_id, a.id, a.name, a.type,"
                    + " row_number() OVER (PARTITION BY e.doc_id ORDER BY e.mentions DESC, a.name)"
                    + " AS rank FROM entities e JOIN actors a ON a.id = e.actor_id"
                    + " WHERE e.doc_id IN ("
                    + placeholders(docs.size())
                    + ") AND a.type IN ('PERSON', 'ORGANIZATION', 'COUNTRY', 'GROUP'))"
                    + " WHERE rank <= ? ORDER BY doc_id, rank",
                args);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        top.computeIfAbsent(rs.getString(1), d -> new ArrayList<>())
            .add(new ActorRef(rs.getLong(2), rs.getString(3), rs.getString(4)));
      }
    }
    return top;
  }

  private static List<ActorRef> actorRefs(PreparedStatement ps) throws SQLException {
    List<ActorRef> refs = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        refs.add(new ActorRef(rs.getLong(1), rs.getString(2), rs.getString(3)));
      }
    }
    return refs;
  }

  private static final String QUOTE_COLUMNS =
      "q.doc_id, d.title, coalesce(q.date, d.published), coalesce(a.name, q.speaker),"
          + " q.speaker_actor, q.text, q.direct, q.cue, q.start, q.end, q.confidence, q.place_name";

  /** Quotes, newest first. */
  public List<QuoteRow> quotes(QuoteQuery query) throws IOException {
    StringBuilder sql =
        new StringBuilder("SELECT ")
            .append(QUOTE_COLUMNS)
            .append(
                " FROM quotes q JOIN documents d ON d.id = q.doc_id"
                    + " LEFT JOIN actors a ON a.id = q.speaker_actor WHERE true");
    List<Object> args = new ArrayList<>();
    if (query.speaker() != null) {
      // The actors named so first (a small table), then their quotes: a scan of the quotes with
      // a name test on a joined column would join every quote before filtering.
      List<Object> actors = actorsNamed(query.speaker());
      sql.append(" AND (");
      if (!actors.isEmpty()) {
        sql.append("q.speaker_actor IN (").append(placeholders(actors.size())).append(") OR ");
        args.addAll(actors);
      }
      sql.append(like("q.speaker")).append(")");
      args.add(query.speaker());
    }
    if (query.about() != null) {
      sql.append(" AND (")
          .append(like("q.text"))
          .append(" OR ")
          .append(like("d.title"))
          .append(")");
      args.add(query.about());
      args.add(query.about());
    }
    dates(sql, args, "coalesce(q.date, d.published)", query.from(), query.to());
    sql.append(" ORDER BY coalesce(q.date, d.published) DESC NULLS LAST, q.doc_id, q.n LIMIT ?");
    args.add(query.limit());
    return store.query(db -> quoteRows(db, sql.toString(), args));
  }

  /** The ids of the actors whose name contains these words (case and accents aside). */
  private List<Object> actorsNamed(String name) throws IOException {
    return store.query(
        db -> {
          List<Object> ids = new ArrayList<>();
          try (PreparedStatement ps =
                  prepare(db, "SELECT id FROM actors WHERE " + like("name"), List.of(name));
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              ids.add(rs.getLong(1));
            }
          }
          return ids;
        });
  }

  /**
   * A case- and accent-insensitive "contains" test of a column against a parameter, taken
   * literally: contains() rather than LIKE, in which a user's % or _ would be a wildcard.
   */
  private static String like(String column) {
    return "contains(strip_accents(lower(" + column + ")), strip_accents(lower(?)))";
  }

  private static void dates(
      StringBuilder sql, List<Object> args, String column, LocalDate from, LocalDate to) {
    if (from != null) {
      sql.append(" AND ").append(column).append(" >= ?");
      args.add(Date.valueOf(from));
    }
    if (to != null) {
      sql.append(" AND ").append(column).append(" <= ?");
      args.add(Date.valueOf(to));
    }
  }

  private static List<QuoteRow> quoteRows(Connection db, String sql, List<Object> args)
      throws SQLException {
    List<QuoteRow> rows = new ArrayList<>();
    try (PreparedStatement ps = prepare(db, sql, args);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        rows.add(
            new QuoteRow(
                rs.getString(1),
                rs.getString(2),
                date(rs, 3),
                rs.getString(4),
                nullableLong(rs, 5),
                rs.getString(6),
                rs.getBoolean(7),
                rs.getString(8),
                rs.getInt(9),
                rs.getInt(10),
                rs.getDouble(11),
                rs.getString(12)));
      }
    }
    return rows;
  }

  private static final String EVENT_COLUMNS =
      "e.doc_id, coalesce(e.date, d.published), e.source_text, e.source_code, e.source_actor,"
          + " sa.name, e.target_text, e.target_code, e.target_actor, ta.name, e.cameo, e.root,"
          + " e.quad_class, e.goldstein, e.plover_type, e.place_name, e.lat, e.lon,"
          + " substring(d.text, e.sentence_start + 1, e.sentence_end - e.sentence_start),"
          + " e.sentence_start, e.sentence_end, e.rule, e.count, c.cluster, c.tone";

  /** Events, newest first. */
  public List<EventRow> events(EventQuery query) throws IOException {
    StringBuilder sql = new StringBuilder("SELECT ").append(EVENT_COLUMNS).append(eventFrom);
    List<Object> args = new ArrayList<>();
    eventFilter(sql, args, query);
    sql.append(" ORDER BY coalesce(e.date, d.published) DESC NULLS LAST, e.doc_id, e.n LIMIT ?");
    args.add(query.limit());
    return store.query(db -> eventRows(db, sql.toString(), args));
  }

  private static void eventFilter(StringBuilder sql, List<Object> args, EventQuery query) {
    side(sql, args, query.source(), "e.source_code", "sa.name");
    side(sql, args, query.target(), "e.target_code", "ta.name");
    if (query.root() != null) {
      sql.append(" AND e.root = ?");
      args.add(query.root().length() == 1 ? "0" + query.root() : query.root());
    }
    if (query.quadClass() != null) {
      sql.append(" AND e.quad_class = ?");
      args.add(query.quadClass());
    }
    dates(sql, args, "coalesce(e.date, d.published)", query.from(), query.to());
  }

  /** A CAMEO code prefix (upper case, as FRA or FRAGOV) or else a part of the actor's name. */
  private static void side(
      StringBuilder sql, List<Object> args, String who, String codeColumn, String nameColumn) {
    if (who == null) {
      return;
    }
    if (CODE.matcher(who).matches()) {
      sql.append(" AND starts_with(").append(codeColumn).append(", ?)");
    } else {
      sql.append(" AND ").append(like(nameColumn));
    }
    args.add(who);
  }

  private static List<EventRow> eventRows(Connection db, String sql, List<Object> args)
      throws SQLException {
    List<EventRow> rows = new ArrayList<>();
    try (PreparedStatement ps = prepare(db, sql, args);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        Long cluster = nullableLong(rs, 24);
        rows.add(
            new EventRow(
                rs.getString(1),
                date(rs, 2),
                new Participant(
                    rs.getString(3), rs.getString(4), nullableLong(rs, 5), rs.getString(6)),
                new Participant(
                    rs.getString(7), rs.getString(8), nullableLong(rs, 9), rs.getString(10)),
                rs.getString(11),
                rs.getString(12),
                rs.getInt(13),
                rs.getDouble(14),
                rs.getString(15),
                rs.getString(16),
                nullableDouble(rs, 17),
                nullableDouble(rs, 18),
                rs.getString(19),
                rs.getInt(20),
                rs.getInt(21),
                rs.getString(22),
                rs.getInt(23),
                cluster,
                rs.getInt(23),
                1,
                1,
                nullableDouble(rs, 25)));
      }
    }
    return withCoverage(db, rows);
  }

  /**
   * The rows with their clusters' counts: mentions (event rows, repeats counted), sources (distinct
   * outlets) and articles (distinct documents), copies included, as GDELT counts them.
   */
  private static List<EventRow> withCoverage(Connection db, List<EventRow> rows)
      throws SQLException {
    java.util.Set<Long> clusters = new java.util.LinkedHashSet<>();
    for (EventRow row : rows) {
      if (row.cluster() != null) {
        clusters.add(row.cluster());
      }
    }
    if (clusters.isEmpty()) {
      return rows;
    }
    Map<Long, int[]> coverage = new HashMap<>();
    List<Object> ids = new ArrayList<>(clusters);
    try (PreparedStatement ps =
            prepare(
                db,
                "SELECT c.cluster, sum(e.count), count(DISTINCT coalesce(s.outlet, d.source)),"
                    + " count(DISTINCT c.doc_id) FROM event_clusters c"
                    + " JOIN events e ON e.doc_id = c.doc_id AND e.n = c.n"
                    + " JOIN documents d ON d.id = c.doc_id"
                    + " LEFT JOIN document_stories s ON s.doc_id = c.doc_id"
                    + " WHERE c.cluster IN ("
                    + String.join(", ", java.util.Collections.nCopies(ids.size(), "?"))
                    + ") GROUP BY c.cluster",
                ids);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        coverage.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3), rs.getInt(4)});
      }
    }
    List<EventRow> result = new ArrayList<>(rows.size());
    for (EventRow r : rows) {
      int[] c = r.cluster() == null ? null : coverage.get(r.cluster());
      result.add(
          c == null
              ? r
              : new EventRow(
                  r.document(),
                  r.date(),
                  r.source(),
                  r.target(),
                  r.cameo(),
                  r.root(),
                  r.quadClass(),
                  r.goldstein(),
                  r.ploverType(),
                  r.place(),
                  r.lat(),
                  r.lon(),
                  r.sentence(),
                  r.sentenceStart(),
                  r.sentenceEnd(),
                  r.rule(),
                  r.count(),
                  r.cluster(),
                  c[0],
                  c[1],
                  c[2],
                  r.tone()));
    }
    return result;
  }

  /**
   * The most mentioned actors, by number of documents, optionally of one type. Documents and
   * mentions are counted in the documents that are no copies (README, "Stories"); an actor named
   * only in copies is listed with 0.
   */
  public List<ActorRow> actors(EntityType type, String name, int limit) throws IOException {
    checkLimit(limit);
    StringBuilder sql =
        new StringBuilder(
            "SELECT a.id, a.name, a.type, a.country, a.code,"
                + " count(DISTINCT e.doc_id) FILTER (WHERE k.doc_id IS NULL),"
                + " coalesce(sum(e.mentions) FILTER (WHERE k.doc_id IS NULL), 0)"
                + " FROM entities e JOIN actors a ON a.id = e.actor_id LEFT JOIN "
                + copies
                + " k ON k.doc_id = e.doc_id WHERE true");
    List<Object> args = new ArrayList<>();
    if (type != null) {
      sql.append(" AND a.type = ?");
      args.add(type.name());
    }
    if (name != null) {
      sql.append(" AND ").append(like("a.name"));
      args.add(name);
    }
    sql.append(" GROUP BY ALL ORDER BY 6 DESC, 7 DESC, a.name LIMIT ?");
    args.add(limit);
    return store.query(
        db -> {
          List<ActorRow> rows = new ArrayList<>();
          try (PreparedStatement ps = prepare(db, sql.toString(), args);
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              rows.add(actorRow(rs));
            }
          }
          return rows;
        });
  }

  private static ActorRow actorRow(ResultSet rs) throws SQLException {
    return new ActorRow(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getLong(6),
        rs.getLong(7));
  }

  /**
   * Stories, the most documents first (then the latest), optionally those whose label or documents'
   * titles hold a word.
   */
  public List<Results.StoryRow> stories(String about, int limit) throws IOException {
    checkLimit(limit);
    if (!store.hasStoryClusters()) {
      return List.of();
    }
    StringBuilder sql =
        new StringBuilder(
            "SELECT s.id, s.label, s.first_date, s.last_date, s.documents FROM stories s WHERE true");
    List<Object> args = new ArrayList<>();
    if (about != null) {
      sql.append(" AND (")
          .append(like("s.label"))
          .append(
              " OR EXISTS (SELECT 1 FROM story_documents sd JOIN documents d ON d.id ="
                  + " sd.doc_id WHERE sd.story = s.id AND ")
          .append(like("d.title"))
          .append("))");
      args.add(about);
      args.add(about);
    }
    sql.append(" ORDER BY s.documents DESC, s.last_date DESC NULLS LAST, s.id LIMIT ?");
    args.add(limit);
    return store.query(
        db -> {
          List<Results.StoryRow> rows = new ArrayList<>();
          try (PreparedStatement ps = prepare(db, sql.toString(), args);
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              rows.add(storyRow(rs));
            }
          }
          return rows;
        });
  }

  private static Results.StoryRow storyRow(ResultSet rs) throws SQLException {
    return new Results.StoryRow(
        rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5));
  }

  /** A story's documents, merged events with counts, quotes and timeline, if it exists. */
  public Optional<Results.StoryDetail> story(String id) throws IOException {
    if (!store.hasStoryClusters()) {
      return Optional.empty();
    }
    return store.query(
        db -> {
          Results.StoryRow row;
          try (PreparedStatement ps =
              db.prepareStatement(
                  "SELECT id, label, first_date, last_date, documents FROM stories WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                return Optional.empty();
              }
              row = storyRow(rs);
            }
          }
          List<Results.StoryDocument> documents = new ArrayList<>();
          try (PreparedStatement ps =
              db.prepareStatement(
                  "SELECT d.id, d.title, d.published, d.source, sd.copy FROM story_documents sd"
                      + " JOIN documents d ON d.id = sd.doc_id WHERE sd.story = ?"
                      + " ORDER BY d.published NULLS LAST, d.seq, d.id")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                documents.add(
                    new Results.StoryDocument(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getBoolean(5)));
              }
            }
          }
          List<Results.StoryEvent> events = new ArrayList<>();
          List<Results.TimelineEntry> timeline = new ArrayList<>();
          try (PreparedStatement ps =
              db.prepareStatement(
                  "SELECT c.cluster, min(coalesce(e.date, d.published)), arg_min(e.cameo,"
                      + " d.seq * 100000 + e.n), arg_min(e.source_text, d.seq * 100000 + e.n),"
                      + " arg_min(e.target_text, d.seq * 100000 + e.n), sum(e.count),"
                      + " count(DISTINCT e.doc_id) FROM story_documents sd"
                      + " JOIN events e ON e.doc_id = sd.doc_id"
                      + " JOIN documents d ON d.id = e.doc_id"
                      + " JOIN event_clusters c ON c.doc_id = e.doc_id AND c.n = e.n"
                      + " WHERE sd.story = ? GROUP BY c.cluster ORDER BY 2 NULLS LAST, 1")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                Results.StoryEvent event =
                    new Results.StoryEvent(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getLong(6),
                        rs.getLong(7));
                events.add(event);
                timeline.add(
                    new Results.TimelineEntry(
                        event.date(),
                        "event",
                        event.source() + " " + event.cameo() + " " + event.target(),
                        null));
              }
            }
          }
          List<Results.StoryQuote> quotes = new ArrayList<>();
          try (PreparedStatement ps =
              db.prepareStatement(
                  "SELECT q.doc_id, coalesce(q.date, d.published), q.speaker, q.text"
                      + " FROM story_documents sd JOIN quotes q ON q.doc_id = sd.doc_id"
                      + " JOIN documents d ON d.id = q.doc_id WHERE sd.story = ? AND NOT sd.copy"
                      + " ORDER BY 2 NULLS LAST, d.seq, q.n")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                Results.StoryQuote quote =
                    new Results.StoryQuote(
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
                quotes.add(quote);
                timeline.add(
                    new Results.TimelineEntry(
                        quote.date(),
                        "quote",
                        (quote.speaker() == null ? "" : quote.speaker() + ": ") + quote.text(),
                        quote.document()));
              }
            }
          }
          timeline.sort(
              java.util.Comparator.comparing(
                  Results.TimelineEntry::date,
                  java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
          return Optional.of(new Results.StoryDetail(row, documents, events, quotes, timeline));
        });
  }

  /** A document's record (the JSON of DESIGN.md), if stored. */
  public Optional<String> record(String id) throws IOException {
    return store.query(
        db -> {
          try (PreparedStatement ps =
              db.prepareStatement("SELECT record FROM documents WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
          }
        });
  }

  /**
   * The actors that the entities of a document are linked to, in entity order; empty if no document
   * has that id.
   */
  public Optional<List<EntityLink>> entityLinks(String id) throws IOException {
    return store.query(
        db -> {
          try (PreparedStatement known =
              db.prepareStatement("SELECT 1 FROM documents WHERE id = ?")) {
            known.setString(1, id);
            try (ResultSet rs = known.executeQuery()) {
              if (!rs.next()) {
                return Optional.empty();
              }
            }
          }
          List<EntityLink> links = new ArrayList<>();
          try (PreparedStatement ps =
              db.prepareStatement(
                  "SELECT e.entity_id, a.id, a.name, a.type FROM entities e"
                      + " JOIN actors a ON a.id = e.actor_id WHERE e.doc_id = ?"
                      + " ORDER BY length(e.entity_id), e.entity_id")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                links.add(
                    new EntityLink(
                        rs.getString(1),
                        new ActorRef(rs.getLong(2), rs.getString(3), rs.getString(4))));
              }
            }
          }
          return Optional.of(links);
        });
  }

  /**
   * Everything known about an actor, if it exists; lists capped at {@code limit} rows. Built from
   * the documents that are no copies (README, "Stories"): a republished report adds nothing to the
   * actor's counts, names, titles, quotes, events, company or activity (its events still count in
   * their merged event's mentions and articles).
   */
  public Optional<Dossier> dossier(long id, int limit) throws IOException {
    checkLimit(limit);
    return store.query(
        db -> {
          ActorRow actor;
          try (PreparedStatement ps =
              db.prepareStatement(
                  "SELECT a.id, a.name, a.type, a.country, a.code, coalesce(e.documents, 0),"
                      + " coalesce(e.mentions, 0) FROM actors a, (SELECT count(DISTINCT doc_id)"
                      + " documents, sum(mentions) mentions FROM entities WHERE actor_id = ?"
                      + " AND doc_id NOT IN "
                      + copies
                      + ") e WHERE a.id = ?")) {
            ps.setLong(1, id);
            ps.setLong(2, id);
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                return Optional.empty();
              }
              actor = actorRow(rs);
            }
          }
          List<Object> me = List.of(id);
          return Optional.of(
              new Dossier(
                  actor,
                  strings(
                      db,
                      "SELECT name FROM entities WHERE actor_id = ? AND doc_id NOT IN "
                          + copies
                          + " GROUP BY name ORDER BY count(*) DESC, name LIMIT 20",
                      me),
                  titles(db, id),
                  quoteRows(
                      db,
                      "SELECT "
                          + QUOTE_COLUMNS
                          + " FROM quotes q JOIN documents d ON d.id = q.doc_id"
                          + " LEFT JOIN actors a ON a.id = q.speaker_actor WHERE q.speaker_actor = ?"
                          + " AND q.doc_id NOT IN "
                          + copies
                          + " ORDER BY 3 DESC NULLS LAST, q.doc_id, q.n LIMIT "
                          + limit,
                      me),
                  eventRows(
                      db,
                      "SELECT "
                          + EVENT_COLUMNS
                          + eventFrom
                          + " AND e.source_actor = ?"
                          + notACopy
                          + " ORDER BY 2 DESC NULLS LAST, e.doc_id, e.n LIMIT "
                          + limit,
                      me),
                  eventRows(
                      db,
                      "SELECT "
                          + EVENT_COLUMNS
                          + eventFrom
                          + " AND e.target_actor = ?"
                          + notACopy
                          + " ORDER BY 2 DESC NULLS LAST, e.doc_id, e.n LIMIT "
                          + limit,
                      me),
                  coActors(db, id, Math.min(limit, 50)),
                  activity(db, id)));
        });
  }

  private static List<String> strings(Connection db, String sql, List<Object> args)
      throws SQLException {
    List<String> values = new ArrayList<>();
    try (PreparedStatement ps = prepare(db, sql, args);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    return values;
  }

  private List<TitleSpan> titles(Connection db, long id) throws SQLException {
    List<TitleSpan> spans = new ArrayList<>();
    try (PreparedStatement ps =
        db.prepareStatement(
            "SELECT title, min(published), max(published), count(DISTINCT doc_id) FROM ("
                + " SELECT unnest(e.titles) AS title, d.published, e.doc_id FROM entities e"
                + " JOIN documents d ON d.id = e.doc_id WHERE e.actor_id = ?"
                + " AND e.doc_id NOT IN "
                + copies
                + ") GROUP BY title ORDER BY 2 NULLS LAST, title")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          spans.add(new TitleSpan(rs.getString(1), date(rs, 2), date(rs, 3), rs.getLong(4)));
        }
      }
    }
    return spans;
  }

  private List<CoActor> coActors(Connection db, long id, int limit) throws SQLException {
    List<CoActor> result = new ArrayList<>();
    try (PreparedStatement ps =
        db.prepareStatement(
            "SELECT a.id, a.name, a.type, o.n FROM (SELECT actor_id, count(DISTINCT doc_id) n"
                + " FROM entities WHERE doc_id IN (SELECT doc_id FROM entities WHERE actor_id = ?"
                + " AND doc_id NOT IN "
                + copies
                + ") AND actor_id <> ? GROUP BY actor_id) o JOIN actors a ON a.id = o.actor_id"
                + " WHERE a.type IN ('PERSON', 'ORGANIZATION', 'COUNTRY', 'GROUP')"
                + " ORDER BY o.n DESC, a.name LIMIT ?")) {
      ps.setLong(1, id);
      ps.setLong(2, id);
      ps.setInt(3, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          result.add(
              new CoActor(
                  new ActorRef(rs.getLong(1), rs.getString(2), rs.getString(3)), rs.getLong(4)));
        }
      }
    }
    return result;
  }

  private List<Activity> activity(Connection db, long id) throws SQLException {
    Map<String, long[]> months = new java.util.TreeMap<>();
    try (PreparedStatement ps =
        db.prepareStatement(
            "SELECT 0, strftime(d.published, '%Y-%m') m, count(DISTINCT e.doc_id) FROM entities e"
                + " JOIN documents d ON d.id = e.doc_id WHERE e.actor_id = ? AND d.published IS NOT"
                + " NULL AND d.id NOT IN "
                + copies
                + " GROUP BY m UNION ALL SELECT 1, strftime(coalesce(q.date, d.published),"
                + " '%Y-%m') m, count(*) FROM quotes q JOIN documents d ON d.id = q.doc_id"
                + " WHERE q.speaker_actor = ? AND coalesce(q.date, d.published) IS NOT NULL"
                + " AND d.id NOT IN "
                + copies
                + " GROUP BY m UNION ALL SELECT 2, strftime(coalesce(e.date, d.published),"
                + " '%Y-%m') m, sum(e.count) FROM events e JOIN documents d ON d.id = e.doc_id"
                + " WHERE (e.source_actor = ? OR e.target_actor = ?)"
                + " AND coalesce(e.date, d.published) IS NOT NULL"
                + notACopy
                + " GROUP BY m")) {
      for (int k = 1; k <= 4; k++) {
        ps.setLong(k, id);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          months.computeIfAbsent(rs.getString(2), m -> new long[3])[rs.getInt(1)] = rs.getLong(3);
        }
      }
    }
    List<Activity> result = new ArrayList<>();
    months.forEach((month, n) -> result.add(new Activity(month, n[0], n[1], n[2])));
    return result;
  }

  /**
   * The actor network of the events a query selects: the {@code limit} heaviest directed edges
   * between actors, weighted by events (repeats counted), split by QuadClass.
   */
  public Network network(EventQuery query) throws IOException {
    StringBuilder sql =
        new StringBuilder(
            "SELECT e.source_actor, e.target_actor, e.quad_class, sum(e.count) FROM events e"
                + " JOIN documents d ON d.id = e.doc_id"
                + " LEFT JOIN actors sa ON sa.id = e.source_actor"
                + " LEFT JOIN actors ta ON ta.id = e.target_actor"
                + " WHERE e.source_actor IS NOT NULL AND e.target_actor IS NOT NULL"
                + " AND e.source_actor <> e.target_actor"
                + notACopy);
    List<Object> args = new ArrayList<>();
    eventFilter(sql, args, query);
    sql.append(" GROUP BY ALL");
    return store.query(
        db -> {
          Map<List<Long>, long[]> weights = new LinkedHashMap<>();
          try (PreparedStatement ps = prepare(db, sql.toString(), args);
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              long[] w =
                  weights.computeIfAbsent(List.of(rs.getLong(1), rs.getLong(2)), k -> new long[5]);
              w[rs.getInt(3)] += rs.getLong(4);
              w[0] += rs.getLong(4);
            }
          }
          List<Edge> edges = new ArrayList<>();
          weights.forEach(
              (pair, w) ->
                  edges.add(
                      new Edge(
                          pair.get(0), pair.get(1), w[0], new long[] {w[1], w[2], w[3], w[4]})));
          edges.sort(
              java.util.Comparator.comparingLong(Edge::events)
                  .reversed()
                  .thenComparingLong(Edge::source)
                  .thenComparingLong(Edge::target));
          List<Edge> kept = edges.subList(0, Math.min(edges.size(), query.limit()));
          java.util.Set<Long> ids = new java.util.TreeSet<>();
          for (Edge edge : kept) {
            ids.add(edge.source());
            ids.add(edge.target());
          }
          List<ActorRef> nodes = new ArrayList<>();
          try (PreparedStatement ps =
              db.prepareStatement("SELECT id, name, type FROM actors WHERE id = ?")) {
            for (long node : ids) {
              ps.setLong(1, node);
              nodes.addAll(actorRefs(ps));
            }
          }
          return new Network(nodes, List.copyOf(kept));
        });
  }

  /**
   * Where the events a query selects happened: one row per place with coordinates, the most events
   * first (repeats counted), at most {@code limit}; events without a place are left out.
   */
  public List<PlaceCount> eventPlaces(EventQuery query) throws IOException {
    StringBuilder sql =
        new StringBuilder(
                "SELECT e.place_name, e.place_country, e.lat, e.lon, e.quad_class, sum(e.count)")
            .append(eventFrom)
            .append(" AND e.lat IS NOT NULL AND e.lon IS NOT NULL")
            .append(notACopy);
    List<Object> args = new ArrayList<>();
    eventFilter(sql, args, query);
    sql.append(" GROUP BY ALL");
    return store.query(
        db -> {
          Map<List<Object>, long[]> places = new LinkedHashMap<>();
          try (PreparedStatement ps = prepare(db, sql.toString(), args);
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              List<Object> key =
                  java.util.Arrays.asList(
                      rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4));
              long[] w = places.computeIfAbsent(key, k -> new long[5]);
              w[rs.getInt(5)] += rs.getLong(6);
              w[0] += rs.getLong(6);
            }
          }
          List<PlaceCount> result = new ArrayList<>();
          places.forEach(
              (k, w) ->
                  result.add(
                      new PlaceCount(
                          (String) k.get(0),
                          (String) k.get(1),
                          (Double) k.get(2),
                          (Double) k.get(3),
                          w[0],
                          new long[] {w[1], w[2], w[3], w[4]})));
          result.sort(
              java.util.Comparator.comparingLong(PlaceCount::events)
                  .reversed()
                  .thenComparing(
                      PlaceCount::name, java.util.Comparator.nullsLast(String::compareTo)));
          return List.copyOf(result.subList(0, Math.min(result.size(), query.limit())));
        });
  }

  /** How often events happened per period (day, week, month or year), per QuadClass. */
  public List<Period> timeline(EventQuery query, String granularity) throws IOException {
    String unit = granularity == null ? "month" : granularity.toLowerCase(Locale.ROOT);
    String format =
        switch (unit) {
          case "day", "week" -> "%Y-%m-%d";
          case "month" -> "%Y-%m";
          case "year" -> "%Y";
          default ->
              throw new IllegalArgumentException(
                  "granularity is day, week, month or year: " + granularity);
        };
    StringBuilder sql =
        new StringBuilder("SELECT strftime(date_trunc('")
            .append(unit)
            .append("', coalesce(e.date, d.published)), '")
            .append(format)
            .append("') p, e.quad_class, sum(e.count)")
            .append(eventFrom)
            .append(" AND coalesce(e.date, d.published) IS NOT NULL")
            .append(notACopy);
    List<Object> args = new ArrayList<>();
    eventFilter(sql, args, query);
    sql.append(" GROUP BY ALL ORDER BY p");
    return store.query(
        db -> {
          Map<String, long[]> periods = new LinkedHashMap<>();
          try (PreparedStatement ps = prepare(db, sql.toString(), args);
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              long[] w = periods.computeIfAbsent(rs.getString(1), k -> new long[5]);
              w[rs.getInt(2)] += rs.getLong(3);
              w[0] += rs.getLong(3);
            }
          }
          List<Period> result = new ArrayList<>();
          periods.forEach(
              (p, w) -> result.add(new Period(p, w[0], new long[] {w[1], w[2], w[3], w[4]})));
          return result;
        });
  }

  /**
   * How much the store holds; events are counted as stored rows (repeats in a document once).
   * Documents that copy an earlier one (README, "Stories") are counted apart, as duplicates, and
   * their quotes, events and places are not counted.
   */
  public Stats stats() throws IOException {
    return store.query(
        db -> {
          try (PreparedStatement ps =
                  db.prepareStatement(
                      "SELECT (SELECT count(*) FROM documents WHERE id NOT IN "
                          + copies
                          + "), (SELECT count(*) FROM actors),"
                          + " (SELECT count(*) FROM quotes WHERE doc_id NOT IN "
                          + copies
                          + "), (SELECT count(*) FROM events WHERE doc_id NOT IN "
                          + copies
                          + "), (SELECT count(*) FROM places WHERE doc_id NOT IN "
                          + copies
                          + "), (SELECT min(published) FROM documents),"
                          + " (SELECT max(published) FROM documents), "
                          + copies.replace("SELECT doc_id", "SELECT count(*)"));
              ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new Stats(
                rs.getLong(1),
                rs.getLong(2),
                rs.getLong(3),
                rs.getLong(4),
                rs.getLong(5),
                date(rs, 6),
                date(rs, 7),
                rs.getLong(8));
          }
        });
  }

  private static PreparedStatement prepare(Connection db, String sql, List<Object> args)
      throws SQLException {
    PreparedStatement ps = db.prepareStatement(sql);
    for (int i = 0; i < args.size(); i++) {
      ps.setObject(i + 1, args.get(i));
    }
    return ps;
  }

  private static String date(ResultSet rs, int column) throws SQLException {
    Date date = rs.getDate(column);
    return date == null ? null : date.toLocalDate().toString();
  }

  private static Long nullableLong(ResultSet rs, int column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  private static Double nullableDouble(ResultSet rs, int column) throws SQLException {
    double value = rs.getDouble(column);
    return rs.wasNull() ? null : value;
  }
}
