package org.newsgraph.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.CleanDocument;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.EventPlace;
import org.newsgraph.model.Extraction;

class GdeltEventWriterTest {

  @TempDir Path dir;

  private Path write(Extraction... records) throws IOException {
    Path file = dir.resolve("events.tsv");
    try (OutputStream out = Files.newOutputStream(file);
        var writer = new GdeltEventWriter(out)) {
      for (Extraction record : records) {
        writer.write(record);
      }
    }
    return file;
  }

  private static List<String> fields(Path file, int row) throws IOException {
    return List.of(Files.readAllLines(file, StandardCharsets.UTF_8).get(row).split("\t", -1));
  }

  @Test
  void aGdeltReaderLoadsEveryRowWithTheCodedFields() throws Exception {
    Path file = write(ExportFixtures.full());

    assertThat(Files.readAllLines(file))
        .hasSize(2)
        .allSatisfy(line -> assertThat(line.split("\t", -1)).hasSize(GdeltEventWriter.COLUMNS));
    List<Map<String, Object>> rows = GdeltTables.load(file, GdeltTables.EVENT_COLUMNS);
    assertThat(rows).hasSize(2);

    Map<String, Object> strike = rows.get(0);
    assertThat(strike)
        .containsEntry("GLOBALEVENTID", 0x0123456789abcL * 1000)
        .containsEntry("SQLDATE", 20130113)
        .containsEntry("MonthYear", 201301)
        .containsEntry("Year", 2013)
        .containsEntry("FractionDate", 2013.0328)
        .containsEntry("Actor1Code", "FRA")
        .containsEntry("Actor1Name", "FRANCE")
        .containsEntry("Actor1CountryCode", "FRA")
        .containsEntry("Actor1Type1Code", null)
        .containsEntry("Actor2Code", "MLIREB")
        .containsEntry("Actor2Name", "REBELS IN MALI")
        .containsEntry("Actor2CountryCode", "MLI")
        .containsEntry("Actor2Type1Code", "REB")
        .containsEntry("IsRootEvent", 1)
        .containsEntry("EventCode", "1951")
        .containsEntry("EventBaseCode", "195")
        .containsEntry("EventRootCode", "19")
        .containsEntry("QuadClass", 4)
        .containsEntry("GoldsteinScale", -10.0)
        .containsEntry("NumMentions", 2)
        .containsEntry("NumSources", 1)
        .containsEntry("NumArticles", 1)
        // The tone of the event's sentence: one AFINN negative word in seven.
        .containsEntry("AvgTone", -14.2857)
        .containsEntry("Actor1Geo_Type", null)
        .containsEntry("Actor2Geo_FullName", null)
        .containsEntry("ActionGeo_Type", 1)
        .containsEntry("ActionGeo_FullName", "Mali")
        .containsEntry("ActionGeo_CountryCode", "MLI")
        .containsEntry("ActionGeo_Lat", 17.0)
        .containsEntry("ActionGeo_Long", -4.0)
        .containsEntry("ActionGeo_FeatureID", "MLI")
        .containsEntry("DATEADDED", 20130114000000L)
        .containsEntry("SOURCEURL", "https://www.example.com/world/mali?id=1");

    Map<String, Object> backing = rows.get(1);
    assertThat(backing)
        .containsEntry("GLOBALEVENTID", 0x0123456789abcL * 1000 + 1)
        .containsEntry("SQLDATE", 20130114) // no date of its own: the publication date
        .containsEntry("Actor1Code", "IGOUNO")
        .containsEntry("Actor1Name", "UNITED NATIONS")
        .containsEntry("Actor1CountryCode", null)
        .containsEntry("Actor1KnownGroupCode", "UNO")
        .containsEntry("Actor1Type1Code", "IGO")
        .containsEntry("Actor2Code", "FRA")
        .containsEntry("IsRootEvent", 0)
        .containsEntry("EventCode", "051")
        .containsEntry("EventBaseCode", "051")
        .containsEntry("EventRootCode", "05")
        .containsEntry("GoldsteinScale", 3.4)
        .containsEntry("ActionGeo_Type", null)
        .containsEntry("ActionGeo_Lat", null);
  }

  @Test
  void theReaderCheckRejectsARowWithAStrayTab() throws Exception {
    Path file = write(ExportFixtures.full());
    List<String> lines = Files.readAllLines(file);
    Files.writeString(file, lines.get(0).replaceFirst("\t", "\t\t") + "\n");

    assertThatThrownBy(() -> GdeltTables.load(file, GdeltTables.EVENT_COLUMNS))
        .isInstanceOf(SQLException.class);
  }

  @Test
  void aCityPlaceIsAWorldCityWithItsGeonamesId() throws Exception {
    Extraction full = ExportFixtures.full();
    Event inParis = withPlace(full.events().get(0), ExportFixtures.PARIS);

    Path file = write(withEvents(full, List.of(inParis)));

    Map<String, Object> row = GdeltTables.load(file, GdeltTables.EVENT_COLUMNS).get(0);
    assertThat(row)
        .containsEntry("ActionGeo_Type", 4)
        .containsEntry("ActionGeo_FullName", "Paris, France")
        .containsEntry("ActionGeo_CountryCode", "FRA")
        .containsEntry("ActionGeo_Lat", 48.85341)
        .containsEntry("ActionGeo_Long", 2.3488)
        .containsEntry("ActionGeo_FeatureID", "2988507");
  }

  @Test
  void skipsAndCountsEventsWithNoDateAtAll() throws Exception {
    Extraction full = ExportFixtures.full();
    CleanDocument d = full.document();
    var undatedDocument =
        new CleanDocument(
            d.id(), d.source(), null, d.title(), null, null, "en", d.text(), List.of(), List.of());
    var record =
        new Extraction(
            undatedDocument, full.entities(), full.quotes(), full.events(), List.of(), List.of());

    var bytes = new ByteArrayOutputStream();
    try (var writer = new GdeltEventWriter(bytes)) {
      assertThat(writer.write(record)).isEqualTo(1);
      assertThat(writer.rows()).isEqualTo(1);
      assertThat(writer.skipped()).isEqualTo(1);
    }
    String[] fields = bytes.toString(StandardCharsets.UTF_8).strip().split("\t", -1);
    assertThat(fields).hasSize(GdeltEventWriter.COLUMNS);
    assertThat(fields[1]).isEqualTo("20130113");
    // With no publication date, DATEADDED is the event's day; with no URL, the source is cited.
    assertThat(fields[59]).isEqualTo("20130113000000");
    assertThat(fields[60]).isEqualTo("feeds/mali.jsonl");
  }

  @Test
  void tabsAndLineBreaksInsideFieldsBecomeSpaces() throws Exception {
    Extraction full = ExportFixtures.full();
    Event e = full.events().get(0);
    Event messy =
        new Event(
            new EventActor("French\tjets\nand\r\ndrones", "FRAMIL", null),
            e.target(),
            e.cameo(),
            e.root(),
            e.quadClass(),
            e.goldstein(),
            null,
            null,
            e.date(),
            new EventPlace("Gao\tregion", "MLI", 16.27, -0.04),
            e.sentence(),
            e.rule(),
            1);

    Path file = write(withEvents(full, List.of(messy)));

    assertThat(Files.readAllLines(file)).hasSize(1);
    assertThat(fields(file, 0)).hasSize(GdeltEventWriter.COLUMNS);
    Map<String, Object> row = GdeltTables.load(file, GdeltTables.EVENT_COLUMNS).get(0);
    assertThat(row)
        .containsEntry("Actor1Name", "FRENCH JETS AND  DRONES")
        .containsEntry("Actor1Type1Code", "MIL")
        .containsEntry("ActionGeo_Type", 4)
        .containsEntry("ActionGeo_FullName", "Gao region, Mali")
        .containsEntry("ActionGeo_Long", -0.04);
  }

  @Test
  void theSameRecordsGiveTheSameBytesOnEveryExport() throws IOException {
    var first = new ByteArrayOutputStream();
    var second = new ByteArrayOutputStream();
    try (var a = new GdeltEventWriter(first);
        var b = new GdeltEventWriter(second)) {
      a.write(ExportFixtures.full());
      b.write(JsonlRecordReader.read(jsonl(ExportFixtures.full())));
    }
    assertThat(first.toByteArray()).isEqualTo(second.toByteArray()).isNotEmpty();
  }

  @Test
  void aMergedEventIsWrittenOnceAtItsFirstReportWithItsCounts() throws IOException {
    Extraction record = ExportFixtures.full();
    String id = record.document().id();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (var writer =
        new GdeltEventWriter(
            out,
            (document, index) ->
                index == 0
                    ? new EventCoverage(true, 5, 3, 4, -2.5)
                    : new EventCoverage(false, 5, 3, 4, -2.5))) {
      assertThat(writer.write(record)).isEqualTo(1);
      writer.flush();
      assertThat(writer.merged()).isEqualTo(1);
      assertThat(writer.skipped()).isZero();
    }
    String[] row = out.toString(StandardCharsets.UTF_8).strip().split("\t", -1);
    assertThat(row[0]).isEqualTo(Long.toString(GdeltEventWriter.globalEventId(id, 0)));
    // NumMentions, NumSources, NumArticles, AvgTone
    assertThat(List.of(row[31], row[32], row[33], row[34])).containsExactly("5", "3", "4", "-2.5");
    assertThatThrownBy(() -> new EventCoverage(true, 0, 1, 1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1");
  }

  @Test
  void eventIdsAreStableAndTellTheirDocument() {
    long id = GdeltEventWriter.globalEventId("0123456789abcdef", 7);

    assertThat(id).isEqualTo(20015998343868_007L);
    assertThat(Long.toHexString(id / 1000)).isEqualTo("123456789abc");
    assertThat(GdeltEventWriter.globalEventId("0123456789abcdef", 8)).isEqualTo(id + 1);
    assertThat(GdeltEventWriter.globalEventId("1123456789abcdef", 7)).isNotEqualTo(id);
    assertThat(GdeltEventWriter.globalEventId("not hex", 0))
        .isEqualTo(GdeltEventWriter.globalEventId("not hex", 0))
        .isPositive();
    assertThatThrownBy(() -> GdeltEventWriter.globalEventId("0123456789abcdef", 1000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("event index must be within 0..999: 1000");
  }

  private static Event withPlace(Event e, EventPlace place) {
    return new Event(
        e.source(),
        e.target(),
        e.cameo(),
        e.root(),
        e.quadClass(),
        e.goldstein(),
        e.ploverType(),
        e.ploverMode(),
        e.date(),
        place,
        e.sentence(),
        e.rule(),
        e.count());
  }

  private static Extraction withEvents(Extraction x, List<Event> events) {
    return new Extraction(x.document(), x.entities(), x.quotes(), events, x.places(), x.dates());
  }

  private static String jsonl(Extraction x) throws IOException {
    var bytes = new ByteArrayOutputStream();
    try (var writer = new JsonlRecordWriter(bytes)) {
      writer.write(x);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
