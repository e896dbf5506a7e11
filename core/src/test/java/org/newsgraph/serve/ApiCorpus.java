package org.newsgraph.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.newsgraph.model.CleanDocument;
import org.newsgraph.model.DateMention;
import org.newsgraph.model.DateSource;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.EventPlace;
import org.newsgraph.model.Extraction;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Place;
import org.newsgraph.model.PlaceKind;
import org.newsgraph.model.Quote;
import org.newsgraph.store.Store;

/**
 * Three small documents written into a store, built in code so that the API tests need no NLP:
 *
 * <ul>
 *   <li>{@link #MALI} (2013-01-14): Defense Minister Jean-Yves Le Drian quoted once; France fights
 *       Mali (CAMEO 190, reported twice), Le Drian appeals to Mali (036).
 *   <li>{@link #LIBYA} (2013-06-02): "Le Drian" (the same actor) quoted indirectly; France fights
 *       Mali once more, France offers aid to Libya (057).
 *   <li>{@link #UNDATED}: no date, a quote by an unnamed official, no events.
 * </ul>
 *
 * So the network edge France→Mali weighs 3 events, all material conflict (QuadClass 4).
 */
final class ApiCorpus {
  static final String MALI = "a1a1a1a1a1a1a1a1";
  static final String LIBYA = "b2b2b2b2b2b2b2b2";
  static final String UNDATED = "c3c3c3c3c3c3c3c3";

  private ApiCorpus() {}

  /** A store in the folder holding the three documents, open for writing. */
  static Store create(Path folder) throws IOException {
    Store store = Store.open(folder);
    store.add(List.of(mali(), libya(), undated()));
    return store;
  }

  static Extraction mali() {
    String text =
        "Defense Minister Jean-Yves Le Drian said France would send more troops to Mali.\n\n"
            + "\"France is available to help our friends,\" Le Drian told reporters in Paris on"
            + " Monday, at the Élysée.";
    CleanDocument doc =
        document(
            MALI, "France sends troops to Mali, says the Élysée", LocalDate.of(2013, 1, 14), text);
    Entity drian =
        new Entity(
            "e1",
            "Jean-Yves Le Drian",
            EntityType.PERSON,
            "FRAGOV",
            "FRA",
            List.of("Defense Minister"),
            List.of(at(text, "Jean-Yves Le Drian", 0), at(text, "Le Drian", 1)));
    Entity france = country("e2", "France", "FRA", text);
    Entity mali = country("e3", "Mali", "MLI", text);
    Quote quote =
        new Quote(
            "France is available to help our friends,",
            text.indexOf('"') + 1,
            text.lastIndexOf('"'),
            true,
            false,
            "Jean-Yves Le Drian",
            "e1",
            at(text, "Le Drian", 1),
            "told",
            0.9);
    Mention first = new Mention(0, text.indexOf('\n'), text.substring(0, text.indexOf('\n')));
    EventPlace inMali = new EventPlace("Mali", "MLI", 17.0, -4.0);
    Event fight =
        new Event(
            new EventActor("France", "FRA", "e2"),
            new EventActor("Mali", "MLI", "e3"),
            "190",
            "19",
            4,
            -10.0,
            "FIGHT",
            null,
            doc.published(),
            inMali,
            first,
            "SEND TROOPS",
            2);
    Event appeal =
        new Event(
            new EventActor("Le Drian", "FRAGOV", "e1"),
            new EventActor("Mali", "MLI", "e3"),
            "036",
            "03",
            1,
            4.0,
            "AGREE",
            null,
            doc.published(),
            null,
            first,
            "AVAILABLE TO HELP",
            1);
    Place place =
        new Place("Mali", "MLI", 17.0, -4.0, null, PlaceKind.COUNTRY, List.of(at(text, "Mali", 0)));
    DateMention monday =
        new DateMention(
            "Monday", "2013-01-14", text.indexOf("Monday"), text.indexOf("Monday") + 6, "DATE");
    return new Extraction(
        doc,
        List.of(drian, france, mali),
        List.of(quote),
        List.of(fight, appeal),
        List.of(place),
        List.of(monday));
  }

  static Extraction libya() {
    String text =
        "Le Drian said France would support the talks in Tripoli.\n\n"
            + "France again fought militants in Mali and offered aid to Libya.";
    CleanDocument doc = document(LIBYA, "Talks on Libya", LocalDate.of(2013, 6, 2), text);
    Entity drian =
        new Entity(
            "e1",
            "Le Drian",
            EntityType.PERSON,
            "FRAGOV",
            "FRA",
            List.of(),
            List.of(at(text, "Le Drian", 0)));
    Entity france = country("e2", "France", "FRA", text);
    Entity libya = country("e3", "Libya", "LBY", text);
    Entity mali = country("e4", "Mali", "MLI", text);
    Quote quote =
        new Quote(
            "France would support the talks in Tripoli",
            text.indexOf("France"),
            text.indexOf('.'),
            false,
            false,
            "Le Drian",
            "e1",
            at(text, "Le Drian", 0),
            "said",
            0.8);
    int second = text.indexOf("France again");
    Mention sentence = new Mention(second, text.length(), text.substring(second));
    Event fight =
        new Event(
            new EventActor("France", "FRA", "e2"),
            new EventActor("Mali", "MLI", "e4"),
            "190",
            "19",
            4,
            -10.0,
            "FIGHT",
            null,
            doc.published(),
            null,
            sentence,
            "FOUGHT",
            1);
    Event aid =
        new Event(
            new EventActor("France", "FRA", "e2"),
            new EventActor("Libya", "LBY", "e3"),
            "057",
            "05",
            1,
            8.0,
            "AID",
            null,
            doc.published(),
            null,
            sentence,
            "OFFERED AID",
            1);
    Place tripoli =
        new Place(
            "Tripoli",
            "LBY",
            32.9,
            13.2,
            2210247L,
            PlaceKind.CITY,
            List.of(at(text, "Tripoli", 0)));
    return new Extraction(
        doc,
        List.of(drian, france, libya, mali),
        List.of(quote),
        List.of(fight, aid),
        List.of(tripoli),
        List.of());
  }

  static Extraction undated() {
    String text = "\"We are watching closely,\" a French official said about the Islamic State.";
    CleanDocument doc = document(UNDATED, null, null, text);
    Entity state =
        new Entity(
            "e1",
            "Islamic State",
            EntityType.GROUP,
            null,
            null,
            List.of(),
            List.of(at(text, "Islamic State", 0)));
    Quote quote =
        new Quote(
            "We are watching closely,",
            1,
            text.lastIndexOf('"'),
            true,
            false,
            "a French official",
            null,
            at(text, "a French official", 0),
            "said",
            0.7);
    return new Extraction(doc, List.of(state), List.of(quote));
  }

  private static CleanDocument document(String id, String title, LocalDate published, String text) {
    return new CleanDocument(
        id,
        "test/" + id + ".txt",
        null,
        title,
        published,
        published == null ? null : DateSource.METADATA,
        "en",
        text,
        List.of(),
        List.of());
  }

  private static Entity country(String id, String name, String iso, String text) {
    return new Entity(
        id, name, EntityType.COUNTRY, iso, iso, List.of(), List.of(at(text, name, 0)));
  }

  /** The n-th (from 0) occurrence of a word in a text. */
  private static Mention at(String text, String word, int n) {
    int start = -1;
    for (int i = 0; i <= n; i++) {
      start = text.indexOf(word, start + 1);
    }
    if (start < 0) {
      throw new IllegalArgumentException("not in the text: " + word);
    }
    return new Mention(start, start + word.length(), word);
  }
}
