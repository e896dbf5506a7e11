package org.newsgraph.store;

import static org.newsgraph.store.Store.set;
import static org.newsgraph.store.Store.setPlace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.CleanDocument;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Event;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Place;
import org.newsgraph.model.Quote;

/**
 * The rows of one batch, gathered in prepared-statement batches and executed together inside the
 * store's transaction.
 */
final class Rows implements AutoCloseable {

  private final Connection db;
  private final PreparedStatement documents;
  private final PreparedStatement entities;
  private final PreparedStatement mentions;
  private final PreparedStatement quotes;
  private final PreparedStatement events;
  private final PreparedStatement places;
  private final PreparedStatement actors;
  private final PreparedStatement renames;
  private final List<PreparedStatement> all = new ArrayList<>();

  Rows(Connection db) throws SQLException {
    this.db = db;
    actors = prepare("INSERT INTO actors VALUES (?, ?, ?, ?, ?)");
    renames = prepare("UPDATE actors SET name = ? WHERE id = ?");
    documents = prepare("INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    entities = prepare("INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    mentions = prepare("INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?)");
    quotes = prepare("INSERT INTO quotes VALUES (" + marks(17) + ")");
    events = prepare("INSERT INTO events VALUES (" + marks(25) + ")");
    places = prepare("INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  }

  private static String marks(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }

  private PreparedStatement prepare(String sql) throws SQLException {
    PreparedStatement ps = db.prepareStatement(sql);
    all.add(ps);
    return ps;
  }

  void document(CleanDocument doc, long seq, String record) throws SQLException {
    documents.setString(1, doc.id());
    documents.setLong(2, seq);
    documents.setString(3, doc.source());
    set(documents, 4, doc.url(), Types.VARCHAR);
    set(documents, 5, doc.title(), Types.VARCHAR);
    set(documents, 6, doc.published(), Types.DATE);
    set(
        documents,
        7,
        doc.publishedFrom() == null ? null : doc.publishedFrom().label(),
        Types.VARCHAR);
    set(documents, 8, doc.language(), Types.VARCHAR);
    documents.setString(9, doc.text());
    documents.setInt(10, doc.problems().size());
    documents.setString(11, record);
    documents.addBatch();
  }

  void entity(String docId, Entity entity, long actor) throws SQLException {
    entities.setString(1, docId);
    entities.setString(2, entity.id());
    entities.setLong(3, actor);
    entities.setString(4, entity.name());
    entities.setString(5, entity.type().name());
    set(entities, 6, entity.code(), Types.VARCHAR);
    set(entities, 7, entity.country(), Types.VARCHAR);
    entities.setArray(8, db.createArrayOf("VARCHAR", entity.titles().toArray()));
    entities.setInt(9, entity.mentions().size());
    entities.addBatch();
    for (Mention mention : entity.mentions()) {
      mentions.setString(1, docId);
      mentions.setString(2, entity.id());
      mentions.setLong(3, actor);
      mentions.setInt(4, mention.start());
      mentions.setInt(5, mention.end());
      mentions.setString(6, mention.text());
      mentions.addBatch();
    }
  }

  void quote(String docId, int n, Quote quote, Long speakerActor) throws SQLException {
    quotes.setString(1, docId);
    quotes.setInt(2, n);
    quotes.setString(3, quote.text());
    quotes.setInt(4, quote.start());
    quotes.setInt(5, quote.end());
    quotes.setBoolean(6, quote.direct());
    quotes.setBoolean(7, quote.partial());
    set(quotes, 8, quote.speaker(), Types.VARCHAR);
    set(quotes, 9, quote.speakerEntity(), Types.VARCHAR);
    set(quotes, 10, speakerActor, Types.BIGINT);
    set(quotes, 11, quote.cue(), Types.VARCHAR);
    quotes.setDouble(12, quote.confidence());
    set(quotes, 13, quote.date(), Types.DATE);
    setPlace(quotes, 14, quote.place());
    quotes.addBatch();
  }

  void event(String docId, int n, Event event, Long sourceActor, Long targetActor)
      throws SQLException {
    events.setString(1, docId);
    events.setInt(2, n);
    events.setString(3, event.source().text());
    events.setString(4, event.source().code());
    set(events, 5, event.source().entity(), Types.VARCHAR);
    set(events, 6, sourceActor, Types.BIGINT);
    events.setString(7, event.target().text());
    events.setString(8, event.target().code());
    set(events, 9, event.target().entity(), Types.VARCHAR);
    set(events, 10, targetActor, Types.BIGINT);
    events.setString(11, event.cameo());
    events.setString(12, event.root());
    events.setInt(13, event.quadClass());
    events.setDouble(14, event.goldstein());
    set(events, 15, event.ploverType(), Types.VARCHAR);
    set(events, 16, event.ploverMode(), Types.VARCHAR);
    set(events, 17, event.date(), Types.DATE);
    setPlace(events, 18, event.place());
    events.setInt(22, event.sentence().start());
    events.setInt(23, event.sentence().end());
    events.setString(24, event.rule());
    events.setInt(25, event.count());
    events.addBatch();
  }

  void place(String docId, int n, Place place) throws SQLException {
    places.setString(1, docId);
    places.setInt(2, n);
    places.setString(3, place.name());
    set(places, 4, place.country(), Types.VARCHAR);
    set(places, 5, place.lat(), Types.DOUBLE);
    set(places, 6, place.lon(), Types.DOUBLE);
    set(places, 7, place.geonames(), Types.BIGINT);
    places.setString(8, place.kind().name());
    places.setInt(9, place.mentions().size());
    places.addBatch();
  }

  void actors(List<ActorResolver.Actor> created) throws SQLException {
    for (ActorResolver.Actor actor : created) {
      actors.setLong(1, actor.id);
      actors.setString(2, actor.name);
      actors.setString(3, actor.type.name());
      set(actors, 4, actor.country, Types.VARCHAR);
      set(actors, 5, actor.code, Types.VARCHAR);
      actors.addBatch();
    }
  }

  void renamed(List<ActorResolver.Actor> renamed) throws SQLException {
    for (ActorResolver.Actor actor : renamed) {
      renames.setString(1, actor.name);
      renames.setLong(2, actor.id);
      renames.addBatch();
    }
  }

  /** Executes every batch, actors first. */
  void execute() throws SQLException {
    for (PreparedStatement ps : all) {
      ps.executeBatch();
    }
  }

  @Override
  public void close() throws SQLException {
    for (PreparedStatement ps : all) {
      ps.close();
    }
  }
}
