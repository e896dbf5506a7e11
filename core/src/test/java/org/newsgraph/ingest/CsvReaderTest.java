package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.RawDocument;
import org.newsgraph.model.RawDocument.Format;

class CsvReaderTest {

  private static RecordingSink read(int limit, byte[] bytes) {
    RecordingSink sink = new RecordingSink();
    new CsvReader(limit).read("a.csv", new ByteArrayInputStream(bytes), sink);
    return sink;
  }

  private static RecordingSink read(String csv) {
    return read(1 << 20, csv.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void quotedFieldsWithLineBreaksAndDoubledQuotes() {
    RecordingSink sink =
        read(
            "url,date,title,text\r\n"
                + "https://x.org/1,2019-01-04,\"Dozens dead, officials say\",\"Friday\n\nHe spoke of \"\"36 to 40 people\"\".\n\"\r\n"
                + "https://x.org/2,2019-01-05,Plain title,Plain text\r\n");
    assertThat(sink.failures).isEmpty();
    assertThat(sink.documents)
        .containsExactly(
            new RawDocument(
                "a.csv:1",
                "https://x.org/1",
                "Dozens dead, officials say",
                LocalDate.of(2019, 1, 4),
                Format.TEXT,
                "Friday\n\nHe spoke of \"36 to 40 people\".\n",
                List.of()),
            new RawDocument(
                "a.csv:2",
                "https://x.org/2",
                "Plain title",
                LocalDate.of(2019, 1, 5),
                Format.TEXT,
                "Plain text",
                List.of()));
  }

  @Test
  void readsTheWikinewsSample() throws IOException {
    byte[] bytes;
    try (InputStream in = getClass().getResourceAsStream("/ingest/wikinews-2019-sample.csv")) {
      bytes = in.readAllBytes();
    }
    RecordingSink sink = read(1 << 20, bytes);
    assertThat(sink.failures).isEmpty();
    assertThat(sink.documents).hasSize(3);
    RawDocument first = sink.documents.get(0);
    assertThat(first.source()).isEqualTo("a.csv:1");
    assertThat(first.title())
        .isEqualTo("Magnitogorsk apartment building collapses after explosion, dozens dead");
    assertThat(first.url()).startsWith("https://en.wikinews.org/");
    assertThat(first.published()).isEqualTo(LocalDate.of(2019, 1, 4));
    assertThat(first.content())
        .startsWith("Friday, January 4, 2019")
        .contains("of \"presumably between 36 and 40");
    assertThat(first.problems()).isEmpty();
    assertThat(sink.documents.get(2).published()).isEqualTo(LocalDate.of(2019, 1, 5));
  }

  @Test
  void semicolonsAndHeaderCaseAndBlankLines() {
    RecordingSink sink = read("\uFEFFTitle;Text;Published\n\nA;Body a;2020-02-01\n\nB;Body b;\n");
    assertThat(sink.documents)
        .extracting(RawDocument::source)
        .containsExactly("a.csv:1", "a.csv:2");
    assertThat(sink.documents).extracting(RawDocument::content).containsExactly("Body a", "Body b");
    assertThat(sink.documents.get(0).published()).isEqualTo(LocalDate.of(2020, 2, 1));
    assertThat(sink.documents.get(1).published()).isNull();
  }

  @Test
  void aHeaderWithoutTextColumnFailsTheFile() {
    RecordingSink sink = read("url,title\nhttps://x.org,T\n");
    assertThat(sink.documents).isEmpty();
    assertThat(sink.failures)
        .containsExactly(
            new RecordingSink.Failure("a.csv", "CSV header names no text column: [url, title]"));
  }

  @Test
  void aHeaderAloneFindsNoDocuments() {
    RecordingSink sink = read("url,title,text\r\n");
    assertThat(sink.failures)
        .containsExactly(
            new RecordingSink.Failure(
                "a.csv", "no documents found: the CSV file has a header only"));
  }

  @Test
  void emptyFileIsAnEmptyDocument() {
    assertThat(read("").only().problems()).containsExactly("empty document");
  }

  @Test
  void rowProblems() {
    RecordingSink sink =
        read("title,text,date\nA,,2020-01-01\nB,body\nC,body,someday\nD,\"never closed\n");
    assertThat(sink.documents)
        .extracting(RawDocument::problems)
        .containsExactly(
            List.of("row 1: empty document"),
            List.of("row 2: 2 fields where the header has 3"),
            List.of("row 3: unreadable published date \"someday\""),
            List.of(
                "row 4: unterminated quoted field at end of input",
                "row 4: 2 fields where the header has 3"));
    assertThat(sink.documents.get(3).content()).isEqualTo("never closed\n");
  }

  @Test
  void aRowLongerThanTheLimitIsNotRead() {
    String csv = "title,text\nA,\"" + "long ".repeat(1000) + "\"\nB,short\n";
    RecordingSink sink = read(1024, csv.getBytes(StandardCharsets.US_ASCII));
    assertThat(sink.documents).hasSize(2);
    assertThat(sink.documents.get(0).problems())
        .containsExactly("row 1: row longer than 1 KiB: not read");
    assertThat(sink.documents.get(1).content()).isEqualTo("short");
  }

  @Test
  void eachFieldIsDecodedOnItsOwn() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("title,text\n".getBytes(StandardCharsets.US_ASCII));
    out.writeBytes("Caf\u00e9,\u201cWindows\u201d text\n".getBytes(CharsetDetector.WINDOWS_1252));
    out.writeBytes("Café,“UTF-8” text\n".getBytes(StandardCharsets.UTF_8));
    RecordingSink sink = read(1 << 20, out.toByteArray());
    assertThat(sink.documents)
        .extracting(RawDocument::content)
        .containsExactly("“Windows” text", "“UTF-8” text");
    assertThat(sink.documents).extracting(RawDocument::title).containsExactly("Café", "Café");
    assertThat(sink.documents).allSatisfy(d -> assertThat(d.problems()).isEmpty());
  }

  @Test
  void htmlColumnAndSourceColumn() {
    RawDocument d = read("source,html\nfeeds/one,<html><body>x</body></html>\n").only();
    assertThat(d.source()).isEqualTo("feeds/one");
    assertThat(d.format()).isEqualTo(Format.HTML);
  }

  @Test
  void recordsParseLeniently() throws IOException {
    CsvRecords records =
        new CsvRecords(
            new ByteArrayInputStream("a\"b,\"c\"d,\"\"\r".getBytes(StandardCharsets.US_ASCII)),
            100);
    assertThat(records.next()).isTrue();
    assertThat(records.fieldCount()).isEqualTo(3);
    byte[] b = records.bytes();
    assertThat(
            new String(
                b, records.start(0), records.end(0) - records.start(0), StandardCharsets.US_ASCII))
        .isEqualTo("a\"b");
    assertThat(
            new String(
                b, records.start(1), records.end(1) - records.start(1), StandardCharsets.US_ASCII))
        .isEqualTo("cd");
    assertThat(records.end(2) - records.start(2)).isZero();
    assertThat(records.next()).isFalse();
  }
}
