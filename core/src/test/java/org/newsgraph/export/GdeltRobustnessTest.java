package org.newsgraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.CleanDocument;
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

/** Empty records, records with many events, and text full of delimiters, in both GDELT tables. */
class GdeltRobustnessTest {

  private static final String NASTY = "\t\n\r;,#|\"'<>&\\\u0085\u2028\u00a0 aZé漢";

  @TempDir Path dir;

  @Test
  void aRecordWithNothingExtractedGivesNoEventRowAndABareGkgRow() throws Exception {
    Extraction bare = Extraction.of(ExportFixtures.document());

    Path events = dir.resolve("events.tsv");
    Path gkg = dir.resolve("gkg.tsv");
    try (OutputStream e = Files.newOutputStream(events);
        OutputStream g = Files.newOutputStream(gkg);
        var eventWriter = new GdeltEventWriter(e);
        var gkgWriter = new GdeltGkgWriter(g)) {
      assertThat(eventWriter.write(bare)).isZero();
      gkgWriter.write(bare);
    }

    assertThat(Files.size(events)).isZero();
    var row = GdeltTables.load(gkg, GdeltTables.GKG_COLUMNS);
    assertThat(row).hasSize(1);
    assertThat(row.get(0))
        .containsEntry("GKGRECORDID", "20130114000000-0123456789abcdef")
        .containsEntry("V1LOCATIONS", null)
        .containsEntry("V2.1QUOTATIONS", null);
  }

  @Test
  void eventsPastTheThousandthOfADocumentAreCountedNotWritten() throws IOException {
    Extraction full = ExportFixtures.full();
    List<Event> many = new ArrayList<>();
    for (int i = 0; i < GdeltEventWriter.MAX_EVENTS + 5; i++) {
      many.add(full.events().get(i % 2));
    }
    var record =
        new Extraction(
            full.document(), full.entities(), full.quotes(), many, full.places(), full.dates());

    Path file = dir.resolve("events.tsv");
    try (OutputStream out = Files.newOutputStream(file);
        var writer = new GdeltEventWriter(out)) {
      assertThat(writer.write(record)).isEqualTo(GdeltEventWriter.MAX_EVENTS);
      assertThat(writer.skipped()).isEqualTo(5);
    }
    List<String> lines = Files.readAllLines(file);
    assertThat(lines).hasSize(GdeltEventWriter.MAX_EVENTS);
    assertThat(lines.get(999))
        .startsWith(GdeltEventWriter.globalEventId("0123456789abcdef", 999) + "\t");
  }

  @Test
  void randomTextFullOfDelimitersNeverBreaksARow() throws Exception {
    Random random = new Random(20130114);
    List<Extraction> records = new ArrayList<>();
    for (int n = 0; n < 50; n++) {
      records.add(randomRecord(random, n));
    }

    Path events = dir.resolve("events.tsv");
    Path gkg = dir.resolve("gkg.tsv");
    try (OutputStream e = Files.newOutputStream(events);
        OutputStream g = Files.newOutputStream(gkg);
        var eventWriter = new GdeltEventWriter(e);
        var gkgWriter = new GdeltGkgWriter(g)) {
      for (Extraction record : records) {
        eventWriter.write(record);
        gkgWriter.write(record);
      }
    }

    assertThat(lines(events))
        .hasSize(records.size())
        .allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(GdeltEventWriter.COLUMNS));
    assertThat(lines(gkg))
        .hasSize(records.size())
        .allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(GdeltGkgWriter.COLUMNS));
    assertThat(GdeltTables.load(events, GdeltTables.EVENT_COLUMNS)).hasSize(records.size());
    var gkgRows = GdeltTables.load(gkg, GdeltTables.GKG_COLUMNS);
    assertThat(gkgRows).hasSize(records.size());
    for (var row : gkgRows) {
      // One quotation of four parts, one person and one organization block of two parts each.
      assertThat(((String) row.get("V2.1QUOTATIONS")).split("#", -1)).hasSize(1);
      assertThat(((String) row.get("V2.1QUOTATIONS")).split("\\|", -1)).hasSize(4);
      assertThat(((String) row.get("V2ENHANCEDPERSONS")).split("[;,]", -1)).hasSize(2);
      assertThat(((String) row.get("V1ORGANIZATIONS")).split(";", -1)).hasSize(1);
      assertThat(((String) row.get("V2ENHANCEDLOCATIONS")).split(";", -1)).hasSize(1);
      assertThat(((String) row.get("V2ENHANCEDLOCATIONS")).split("#", -1)).hasSize(9);
    }
  }

  private static List<String> lines(Path file) throws IOException {
    // Split on line feeds only: the only line breaks a GDELT reader knows.
    String all = Files.readString(file, StandardCharsets.UTF_8);
    return List.of(all.substring(0, all.length() - 1).split("\n", -1));
  }

  private static String nasty(Random random) {
    StringBuilder out = new StringBuilder("x");
    for (int i = 0; i < 12; i++) {
      out.append(NASTY.charAt(random.nextInt(NASTY.length())));
    }
    return out.toString();
  }

  private static Extraction randomRecord(Random random, int n) {
    String text = nasty(random) + " " + nasty(random);
    var doc =
        new CleanDocument(
            String.format("%016x", random.nextLong()),
            nasty(random),
            random.nextBoolean() ? null : "https://news.example.org/" + nasty(random),
            nasty(random),
            LocalDate.of(2013, 1, 1).plusDays(n),
            DateSource.TEXT,
            "en",
            text,
            List.of(),
            List.of());
    Mention all = new Mention(0, text.length(), text);
    var person =
        new Entity(
            "e1", "P" + nasty(random), EntityType.PERSON, null, null, List.of(), List.of(all));
    var group =
        new Entity(
            "e2", "G" + nasty(random), EntityType.GROUP, null, null, List.of(), List.of(all));
    var quote = new Quote(nasty(random), 0, 3, true, false, null, null, null, nasty(random), 0.5);
    var place = new Place("C" + nasty(random), "FRA", 1.0, 2.0, 1L, PlaceKind.CITY, List.of(all));
    var event =
        new Event(
            new EventActor(nasty(random), "FRAGOV", null),
            new EventActor(nasty(random), "---", null),
            "010",
            "01",
            1,
            0.0,
            null,
            null,
            null,
            new EventPlace(nasty(random), "FRA", 1.0, 2.0),
            all,
            nasty(random),
            1);
    return new Extraction(
        doc, List.of(person, group), List.of(quote), List.of(event), List.of(place), List.of());
  }
}
