package org.newsgraph.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.newsgraph.extract.tone.Tone;
import org.newsgraph.model.CleanDocument;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventPlace;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Place;
import org.newsgraph.model.Quote;

/**
 * The rows of one batch, gathered per table and inserted with multi-row INSERT statements inside
 * the store's transaction: one statement per {@value #CHUNK} rows rather than one per row, which is
 * what makes DuckDB fast through JDBC.
 */
final class Rows implements AutoCloseable {

  /** Rows per INSERT statement. */
  private static final int CHUNK = 256;

  /** The rows bound for one table. */
  private static final class Table {
    final String name;
    final int columns;
    final List<Object[]> rows = new ArrayList<>();

    Table(String name, int columns) {
      this.name = name;
      this.columns = columns;
    }

    void add(Object... values) {
      if (values.length != columns) {
        throw new IllegalArgumentException(name + " has " + columns + " columns: " + values.length);
      }
      rows.add(values);
    }
  }

  private final Connection db;
  private final Table actors = new Table("actors", 5);
  private final Table documents = new Table("documents", 11);
  private final Table entities = new Table("entities", 9);
  private final Table mentions = new Table("mentions", 6);
  private final Table quotes = new Table("quotes", 17);
  private final Table events = new Table("events", 25);
  private final Table places = new Table("places", 9);
  private final Table stories = new Table("document_stories", 12);
  private final Table clusters = new Table("event_clusters", 6);
  private final List<Table> tables =
      List.of(actors, documents, entities, mentions, quotes, events, places, stories, clusters);
  private final List<Object[]> renames = new ArrayList<>();

  Rows(Connection db) {
    this.db = db;
  }

  void document(CleanDocument doc, long seq, String record) {
    documents.add(
        doc.id(),
        seq,
        doc.source(),
        doc.url(),
        doc.title(),
        doc.published(),
        doc.publishedFrom() == null ? null : doc.publishedFrom().label(),
        doc.language(),
        doc.text(),
        doc.problems().size(),
        record);
  }

  void entity(String docId, Entity entity, long actor) {
    entities.add(
        docId,
        entity.id(),
        actor,
        entity.name(),
        entity.type().name(),
        entity.code(),
        entity.country(),
        entity.titles().toArray(new String[0]),
        entity.mentions().size());
    for (Mention mention : entity.mentions()) {
      mentions.add(docId, entity.id(), actor, mention.start(), mention.end(), mention.text());
    }
  }

  void quote(String docId, int n, Quote quote, Long speakerActor) {
    EventPlace place = quote.place();
    quotes.add(
        docId,
        n,
        quote.text(),
        quote.start(),
        quote.end(),
        quote.direct(),
        quote.partial(),
        quote.speaker(),
        quote.speakerEntity(),
        speakerActor,
        quote.cue(),
        quote.confidence(),
        quote.date(),
        place == null ? null : place.name(),
        place == null ? null : place.country(),
        place == null ? null : place.lat(),
        place == null ? null : place.lon());
  }

  void event(String docId, int n, Event event, Long sourceActor, Long targetActor) {
    EventPlace place = event.place();
    events.add(
        docId,
        n,
        event.source().text(),
        event.source().code(),
        event.source().entity(),
        sourceActor,
        event.target().text(),
        event.target().code(),
        event.target().entity(),
        targetActor,
        event.cameo(),
        event.root(),
        event.quadClass(),
        event.goldstein(),
        event.ploverType(),
        event.ploverMode(),
        event.date(),
        place == null ? null : place.name(),
        place == null ? null : place.country(),
        place == null ? null : place.lat(),
        place == null ? null : place.lon(),
        event.sentence().start(),
        event.sentence().end(),
        event.rule(),
        event.count());
  }

  void place(String docId, int n, Place place) {
    places.add(
        docId,
        n,
        place.name(),
        place.country(),
        place.lat(),
        place.lon(),
        place.geonames(),
        place.kind().name(),
        place.mentions().size());
  }

  void story(
      String docId,
      String outlet,
      String duplicateOf,
      Double similarity,
      byte[] signature,
      byte[] terms,
      Tone tone) {
    stories.add(
        docId,
        outlet,
        duplicateOf,
        similarity,
        signature,
        terms,
        tone.tone(),
        tone.positive(),
        tone.negative(),
        tone.polarity(),
        tone.selfReference(),
        tone.words());
  }

  void cluster(String docId, int n, long cluster, String key, LocalDate day, Tone tone) {
    clusters.add(docId, n, cluster, key, day, tone.tone());
  }

  void actors(List<ActorResolver.Actor> created) {
    for (ActorResolver.Actor actor : created) {
      actors.add(actor.id, actor.name, actor.type.name(), actor.country, actor.code);
    }
  }

  void renamed(List<ActorResolver.Actor> renamed) {
    for (ActorResolver.Actor actor : renamed) {
      renames.add(new Object[] {actor.name, actor.id});
    }
  }

  /** Inserts every table's rows, actors first, then renames actors. */
  void execute() throws SQLException {
    for (Table table : tables) {
      insert(table);
    }
    if (!renames.isEmpty()) {
      try (PreparedStatement ps = db.prepareStatement("UPDATE actors SET name = ? WHERE id = ?")) {
        for (Object[] rename : renames) {
          bind(ps, 1, rename[0]);
          bind(ps, 2, rename[1]);
          ps.executeUpdate();
        }
      }
    }
  }

  private void insert(Table table) throws SQLException {
    String row = "(" + String.join(", ", Collections.nCopies(table.columns, "?")) + ")";
    PreparedStatement full = null;
    try {
      for (int from = 0; from < table.rows.size(); from += CHUNK) {
        int n = Math.min(CHUNK, table.rows.size() - from);
        PreparedStatement ps;
        if (n == CHUNK) {
          if (full == null) {
            full = db.prepareStatement(insert(table, row, CHUNK));
          }
          ps = full;
        } else {
          ps = db.prepareStatement(insert(table, row, n));
        }
        try {
          int i = 1;
          for (Object[] values : table.rows.subList(from, from + n)) {
            for (Object value : values) {
              bind(ps, i++, value);
            }
          }
          ps.executeUpdate();
        } finally {
          if (ps != full) {
            ps.close();
          }
        }
      }
    } finally {
      if (full != null) {
        full.close();
      }
    }
  }

  private static String insert(Table table, String row, int rows) {
    return "INSERT INTO "
        + table.name
        + " VALUES "
        + String.join(", ", Collections.nCopies(rows, row));
  }

  private void bind(PreparedStatement ps, int i, Object value) throws SQLException {
    if (value == null) {
      ps.setNull(i, Types.NULL);
    } else if (value instanceof LocalDate date) {
      ps.setDate(i, Date.valueOf(date));
    } else if (value instanceof byte[] bytes) {
      ps.setBytes(i, bytes);
    } else if (value instanceof String[] array) {
      ps.setArray(i, db.createArrayOf("VARCHAR", array));
    } else {
      ps.setObject(i, value);
    }
  }

  @Override
  public void close() {
    for (Table table : tables) {
      table.rows.clear();
    }
    renames.clear();
  }
}
