package org.newsgraph.export;

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
import org.newsgraph.model.Removed;

/** Document records built by hand, with every field of the record set, for the export tests. */
final class ExportFixtures {

  static final String TEXT =
      "France struck rebels in Mali on Sunday, Defense Minister Jean-Yves Le Drian said.\n\n"
          + "\"We will stay as long as needed,\" Le Drian told reporters in Paris.\n\n"
          + "The United Nations backed France.";

  private ExportFixtures() {}

  /** The span of the {@code n}th (from 0) occurrence of {@code words} in {@link #TEXT}. */
  static Mention at(String words, int n) {
    int start = -1;
    for (int i = 0; i <= n; i++) {
      start = TEXT.indexOf(words, start + 1);
      if (start < 0) {
        throw new IllegalArgumentException("not in the text: " + words + " #" + n);
      }
    }
    return new Mention(start, start + words.length(), words);
  }

  static CleanDocument document() {
    return new CleanDocument(
        "0123456789abcdef",
        "feeds/mali.jsonl",
        "https://www.example.com/world/mali?id=1",
        "France strikes in Mali",
        LocalDate.of(2013, 1, 14),
        DateSource.METADATA,
        "en",
        TEXT,
        List.of(
            new Removed(Removed.Kind.TEASER, "Read more"),
            new Removed(Removed.Kind.CAPTION, "A photo\tcaption")),
        List.of("a problem met on the way"));
  }

  static final EventPlace MALI = new EventPlace("Mali", "MLI", 17.0, -4.0);
  static final EventPlace PARIS = new EventPlace("Paris", "FRA", 48.85341, 2.3488);

  /** A record with every list filled and every field of every element set. */
  static Extraction full() {
    Mention firstSentence = at(TEXT.substring(0, TEXT.indexOf("\n")), 0);
    int last = TEXT.lastIndexOf("\n") + 1;
    Mention lastSentence = new Mention(last, TEXT.length(), TEXT.substring(last));
    var leDrian =
        new Entity(
            "e1",
            "Jean-Yves Le Drian",
            EntityType.PERSON,
            "FRAGOV",
            "FRA",
            List.of("Defense Minister"),
            List.of(at("Jean-Yves Le Drian", 0), at("Le Drian", 1)));
    var france =
        new Entity(
            "e2",
            "France",
            EntityType.COUNTRY,
            "FRA",
            "FRA",
            List.of(),
            List.of(at("France", 0), at("France", 1)));
    var mali =
        new Entity(
            "e3", "Mali", EntityType.COUNTRY, "MLI", "MLI", List.of(), List.of(at("Mali", 0)));
    var un =
        new Entity(
            "e4",
            "United Nations",
            EntityType.ORGANIZATION,
            "IGOUNO",
            null,
            List.of(),
            List.of(at("United Nations", 0)));
    var rebels =
        new Entity(
            "e5", "rebels", EntityType.GROUP, null, null, List.of(), List.of(at("rebels", 0)));
    Mention quoted = at("We will stay as long as needed,", 0);
    var quote =
        new Quote(
            quoted.text(),
            quoted.start(),
            quoted.end(),
            true,
            false,
            "Jean-Yves Le Drian",
            "e1",
            at("Le Drian", 1),
            "told",
            0.9,
            LocalDate.of(2013, 1, 14),
            PARIS);
    var strike =
        new Event(
            new EventActor("France", "FRA", "e2"),
            new EventActor("rebels in Mali", "MLIREB", null),
            "1951",
            "19",
            4,
            -10.0,
            "ASSAULT",
            "aerial",
            LocalDate.of(2013, 1, 13),
            MALI,
            firstSentence,
            "STRUCK * [REB]",
            2);
    var backing =
        new Event(
            new EventActor("The United Nations", "IGOUNO", "e4"),
            new EventActor("France", "FRA", "e2"),
            "051",
            "05",
            1,
            3.4,
            "SUPPORT",
            null,
            null,
            null,
            lastSentence,
            "BACKED",
            1);
    var maliPlace =
        new Place("Mali", "MLI", 17.0, -4.0, null, PlaceKind.COUNTRY, List.of(at("Mali", 0)));
    var parisPlace =
        new Place(
            "Paris", "FRA", 48.85341, 2.3488, 2988507L, PlaceKind.CITY, List.of(at("Paris", 0)));
    var sunday =
        new DateMention(
            "Sunday", "2013-01-13", at("Sunday", 0).start(), at("Sunday", 0).end(), "DATE");
    return new Extraction(
        document(),
        List.of(leDrian, france, mali, un, rebels),
        List.of(quote),
        List.of(strike, backing),
        List.of(maliPlace, parisPlace),
        List.of(sunday));
  }
}
