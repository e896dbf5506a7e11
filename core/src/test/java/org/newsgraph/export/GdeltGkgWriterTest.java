package org.newsgraph.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.export.ExportFixtures.at;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.CleanDocument;
import org.newsgraph.model.DateMention;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Extraction;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Quote;

class GdeltGkgWriterTest {

  @TempDir Path dir;

  private Path write(Extraction... records) throws IOException {
    Path file = dir.resolve("gkg.tsv");
    try (OutputStream out = Files.newOutputStream(file);
        var writer = new GdeltGkgWriter(out)) {
      for (Extraction record : records) {
        writer.write(record);
      }
      assertThat(writer.rows()).isEqualTo(records.length);
    }
    return file;
  }

  private static Map<String, Object> loadOne(Path file) throws Exception {
    assertThat(Files.readAllLines(file, StandardCharsets.UTF_8))
        .hasSize(1)
        .allSatisfy(line -> assertThat(line.split("\t", -1)).hasSize(GdeltGkgWriter.COLUMNS));
    List<Map<String, Object>> rows = GdeltTables.load(file, GdeltTables.GKG_COLUMNS);
    assertThat(rows).hasSize(1);
    return rows.get(0);
  }

  @Test
  void aGdeltReaderLoadsTheRowWithEveryFilledColumn() throws Exception {
    int mali = at("Mali", 0).start();
    int paris = at("Paris", 0).start();
    int fullName = at("Jean-Yves Le Drian", 0).start();
    int leDrian = at("Le Drian", 1).start();
    int rebels = at("rebels", 0).start();
    int un = at("United Nations", 0).start();
    int france = at("France", 1).start();
    Mention quoted = at("We will stay as long as needed,", 0);

    Map<String, Object> row = loadOne(write(ExportFixtures.full()));

    assertThat(row)
        .containsEntry("GKGRECORDID", "20130114000000-0123456789abcdef")
        .containsEntry("V2.1DATE", 20130114000000L)
        .containsEntry("V2SOURCECOLLECTIONIDENTIFIER", 1)
        .containsEntry("V2SOURCECOMMONNAME", "example.com")
        .containsEntry("V2DOCUMENTIDENTIFIER", "https://www.example.com/world/mali?id=1")
        .containsEntry("V1COUNTS", null)
        .containsEntry("V2ENHANCEDTHEMES", null)
        .containsEntry(
            "V1LOCATIONS", "1#Mali#MLI##17#-4#MLI;4#Paris, France#FRA##48.85341#2.3488#2988507")
        .containsEntry(
            "V2ENHANCEDLOCATIONS",
            "1#Mali#MLI###17#-4#MLI#"
                + mali
                + ";4#Paris, France#FRA###48.85341#2.3488#2988507#"
                + paris)
        .containsEntry("V1PERSONS", "Jean-Yves Le Drian")
        .containsEntry(
            "V2ENHANCEDPERSONS",
            "Jean-Yves Le Drian," + fullName + ";Jean-Yves Le Drian," + leDrian)
        .containsEntry("V1ORGANIZATIONS", "United Nations;rebels")
        .containsEntry("V2ENHANCEDORGANIZATIONS", "rebels," + rebels + ";United Nations," + un)
        // 32 words: two positive, two negative, one pronoun; no activity density.
        .containsEntry("V1.5TONE", "0,6.25,6.25,12.5,,3.125,32")
        .containsEntry("V2.1ENHANCEDDATES", "4#1#13#2013#" + at("Sunday", 0).start())
        .containsEntry("V2GCAM", null)
        .containsEntry(
            "V2.1QUOTATIONS",
            quoted.start() + "|" + quoted.text().length() + "|told|" + quoted.text())
        .containsEntry(
            "V2.1ALLNAMES",
            String.join(
                ";",
                "France,0",
                "Mali," + mali,
                "Jean-Yves Le Drian," + fullName,
                "Jean-Yves Le Drian," + leDrian,
                "United Nations," + un,
                "France," + france))
        .containsEntry("V2.1AMOUNTS", null)
        .containsEntry("V2EXTRASXML", "<PAGE_TITLE>France strikes in Mali</PAGE_TITLE>");
  }

  @Test
  void quotationsSplitAsTheCodebookSaysAndPointIntoTheText() throws Exception {
    Map<String, Object> row = loadOne(write(ExportFixtures.full()));

    String[] quotations = ((String) row.get("V2.1QUOTATIONS")).split("#", -1);
    assertThat(quotations).hasSize(1);
    String[] parts = quotations[0].split("\\|", -1);
    assertThat(parts).hasSize(4);
    int offset = Integer.parseInt(parts[0]);
    int length = Integer.parseInt(parts[1]);
    assertThat(ExportFixtures.TEXT.substring(offset, offset + length)).isEqualTo(parts[3]);
    assertThat(parts[2]).isEqualTo("told");
  }

  @Test
  void delimitersInsideValuesBecomeSpaces() throws Exception {
    String text = "Smith, John; Jr. said: a|b#c\td\ne.";
    var doc =
        new CleanDocument(
            "fedcba9876543210",
            "dir/a b.txt",
            null,
            "A\ttitle <b>&",
            null,
            null,
            "en",
            text,
            List.of(),
            List.of());
    var smith =
        new Entity(
            "e1",
            "Smith, John; Jr.",
            EntityType.PERSON,
            null,
            null,
            List.of(),
            List.of(new Mention(0, 16, "Smith, John; Jr.")));
    int start = text.indexOf("a|b");
    var quote =
        new Quote(
            "a|b#c\td\ne", start, start + 9, false, false, "Smith", "e1", null, "said\t|", 0.5);

    Map<String, Object> row = loadOne(write(new Extraction(doc, List.of(smith), List.of(quote))));

    assertThat(row)
        .containsEntry("GKGRECORDID", "fedcba9876543210")
        .containsEntry("V2.1DATE", null)
        .containsEntry("V2SOURCECOLLECTIONIDENTIFIER", 2)
        .containsEntry("V2SOURCECOMMONNAME", "dir/a b.txt")
        .containsEntry("V2DOCUMENTIDENTIFIER", "dir/a b.txt")
        .containsEntry("V1PERSONS", "Smith, John Jr.")
        .containsEntry("V2ENHANCEDPERSONS", "Smith John Jr.,0")
        .containsEntry("V2.1ALLNAMES", "Smith John Jr.,0")
        .containsEntry("V2.1QUOTATIONS", start + "|9|said|a b c d e")
        .containsEntry("V2EXTRASXML", "<PAGE_TITLE>A title &lt;b&gt;&amp;</PAGE_TITLE>");
  }

  @Test
  void datesKeepTheirResolution() throws IOException {
    var doc = ExportFixtures.document();
    var dates =
        List.of(
            new DateMention("Jan 13", "XXXX-01-13", 0, 6, "DATE"),
            new DateMention("May", "2013-05", 10, 13, "DATE"),
            new DateMention("2011", "2011", 20, 24, "DATE"),
            new DateMention("that week", "2013-W22", 30, 39, "DATE"),
            new DateMention("last week", null, 40, 49, "DATE"),
            new DateMention("10:30", "2013-06-04T10:30", 50, 55, "TIME"),
            new DateMention("now", "PRESENT_REF", 60, 63, "DATE"));
    var record = new Extraction(doc, List.of(), List.of(), List.of(), List.of(), dates);

    var bytes = new ByteArrayOutputStream();
    try (var writer = new GdeltGkgWriter(bytes)) {
      writer.write(record);
    }
    String[] fields = bytes.toString(StandardCharsets.UTF_8).split("\t", -1);
    assertThat(fields[16]).isEqualTo("3#1#13#0#0;2#5#0#2013#10;1#0#0#2011#20;4#6#4#2013#50");
  }

  @Test
  void oneRowPerDocumentTheSameOnEveryExport() throws IOException {
    var first = new ByteArrayOutputStream();
    var second = new ByteArrayOutputStream();
    try (var a = new GdeltGkgWriter(first);
        var b = new GdeltGkgWriter(second)) {
      a.write(ExportFixtures.full());
      a.write(Extraction.of(ExportFixtures.document()));
      b.write(ExportFixtures.full());
      b.write(Extraction.of(ExportFixtures.document()));
    }
    assertThat(first.toByteArray()).isEqualTo(second.toByteArray());
    assertThat(first.toString(StandardCharsets.UTF_8).split("\n")).hasSize(2);
  }

  @Test
  void recordIdsJoinThePublicationTimeAndTheDocumentId() {
    assertThat(GdeltGkgWriter.recordId(ExportFixtures.document()))
        .isEqualTo("20130114000000-0123456789abcdef");
  }
}
