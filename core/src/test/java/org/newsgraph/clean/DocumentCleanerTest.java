package org.newsgraph.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.CleanDocument;
import org.newsgraph.model.DateSource;
import org.newsgraph.model.RawDocument;

class DocumentCleanerTest {
  private final DocumentCleaner cleaner = new DocumentCleaner();

  private static final String BODY =
      "The minister said on Monday that the talks with the neighbouring country would continue"
          + " next week, despite the fighting near the border.";

  @Test
  void idIsTheSha256PrefixOfTheCleanText() {
    assertThat(DocumentCleaner.idOf("")).isEqualTo("e3b0c44298fc1c14");
    CleanDocument doc = cleaner.clean(RawDocument.text("a.txt", "Talks go on\n\n" + BODY));
    assertThat(doc.id()).isEqualTo(DocumentCleaner.idOf(doc.text()));
  }

  @Test
  void containerMetadataWinsOverTheText() {
    var raw =
        new RawDocument(
            "x.jsonl:1",
            "https://example.org/a",
            "Given title",
            LocalDate.of(2020, 3, 1),
            RawDocument.Format.TEXT,
            "Latest update : 2013-01-14\n\n" + BODY,
            List.of());
    CleanDocument doc = cleaner.clean(raw);
    assertThat(doc.title()).isEqualTo("Given title");
    assertThat(doc.published()).isEqualTo(LocalDate.of(2020, 3, 1));
    assertThat(doc.publishedFrom()).isEqualTo(DateSource.METADATA);
    assertThat(doc.url()).isEqualTo("https://example.org/a");
  }

  @Test
  void pageDateWinsOverACaptureDateForHtml() {
    String html =
        "<html lang=en><head><title>Talks go on</title>"
            + "<meta property=\"article:published_time\" content=\"2019-05-02T10:00:00Z\">"
            + "</head><body><article><h1>Talks go on</h1><p>"
            + BODY
            + "</p><p>"
            + BODY.replace("Monday", "Tuesday")
            + "</p></article></body></html>";
    var raw =
        new RawDocument(
            "crawl.warc.gz",
            "https://example.org/talks",
            null,
            LocalDate.of(2021, 1, 1),
            RawDocument.Format.HTML,
            html,
            List.of());
    CleanDocument doc = cleaner.clean(raw);
    assertThat(doc.published()).isEqualTo(LocalDate.of(2019, 5, 2));
    assertThat(doc.publishedFrom()).isEqualTo(DateSource.METADATA);
    assertThat(doc.text()).contains("talks with the neighbouring country");
    assertThat(doc.language()).isEqualTo("en");
  }

  @Test
  void missingDateAndEmptyTextAreProblems() {
    CleanDocument undated = cleaner.clean(RawDocument.text("a.txt", "Talks go on\n\n" + BODY));
    assertThat(undated.published()).isNull();
    assertThat(undated.problems()).contains("no publication date found");

    CleanDocument empty =
        cleaner.clean(
            new RawDocument(
                "e.html", null, null, null, RawDocument.Format.HTML, "<html></html>", List.of()));
    assertThat(empty.text()).isEmpty();
    assertThat(empty.problems()).contains("no article text found");
  }

  @Test
  void aWireFlashIsItsHeadlineAlone() {
    String flash = "QANTAS SAYS WILL BUY FOUR BOEING 747-400S FOR ONE BILLION\n";
    var raw =
        new RawDocument(
            "r.jsonl:7",
            null,
            flash,
            LocalDate.of(1987, 3, 1),
            RawDocument.Format.TEXT,
            flash,
            List.of());
    CleanDocument doc = cleaner.clean(raw);
    assertThat(doc.text()).isEqualTo("QANTAS SAYS WILL BUY FOUR BOEING 747-400S FOR ONE BILLION");
    assertThat(doc.problems()).isEmpty();

    CleanDocument untitled = cleaner.clean(RawDocument.text("f.txt", "Talks with Libya go on\n"));
    assertThat(untitled.text()).isEqualTo("Talks with Libya go on");

    var headlineAndBody =
        new RawDocument(
            "r.jsonl:8",
            null,
            "Talks go on",
            null,
            RawDocument.Format.TEXT,
            "Talks go on\n\n" + BODY,
            List.of());
    assertThat(cleaner.clean(headlineAndBody).text()).isEqualTo(BODY);
  }
}
