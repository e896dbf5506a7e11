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

class JsonlReaderTest {

  private static RecordingSink read(int limit, byte[] bytes) {
    RecordingSink sink = new RecordingSink();
    new JsonlReader(limit).read("a.jsonl", new ByteArrayInputStream(bytes), sink);
    return sink;
  }

  private static RecordingSink read(String jsonl) {
    return read(1 << 20, jsonl.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void oneDocumentPerLineWithItsMetadata() {
    RecordingSink sink =
        read(
            "{\"id\":\"r1\",\"url\":\"https://example.org/a\",\"title\":\"France seeks allies\","
                + "\"published\":\"2013-01-14\",\"text\":\"PARIS - France said...\"}\n"
                + "{\"text\":\"Second article\",\"date\":\"2013-06-02T10:15:00+02:00\"}\n");
    assertThat(sink.failures).isEmpty();
    assertThat(sink.documents)
        .containsExactly(
            new RawDocument(
                "a.jsonl:1",
                "https://example.org/a",
                "France seeks allies",
                LocalDate.of(2013, 1, 14),
                Format.TEXT,
                "PARIS - France said...",
                List.of()),
            new RawDocument(
                "a.jsonl:2",
                null,
                null,
                LocalDate.of(2013, 6, 2),
                Format.TEXT,
                "Second article",
                List.of()));
  }

  @Test
  void htmlFieldGivesAnHtmlDocument() {
    RawDocument d =
        read("{\"html\":\"<html><body><p>Hi</p></body></html>\",\"url\":\"https://x.org/\"}")
            .only();
    assertThat(d.format()).isEqualTo(Format.HTML);
    assertThat(d.content()).isEqualTo("<html><body><p>Hi</p></body></html>");
  }

  @Test
  void sourceFieldNamesTheDocument() {
    RawDocument d = read("\n{\"source\":\"archive/2013/le-drian.txt\",\"text\":\"Body\"}").only();
    assertThat(d.source()).isEqualTo("archive/2013/le-drian.txt");
  }

  @Test
  void aBrokenLineBecomesAProblemDocumentAndReadingGoesOn() {
    StringBuilder s = new StringBuilder();
    for (int i = 1; i <= 6; i++) {
      s.append("{\"text\":\"article ").append(i).append("\"}\n");
    }
    s.append("{\"text\": \"unterminated\n");
    s.append("{\"text\":\"article 8\"}\n");
    RecordingSink sink = read(s.toString());
    assertThat(sink.documents).hasSize(8);
    RawDocument broken = sink.documents.get(6);
    assertThat(broken.source()).isEqualTo("a.jsonl:7");
    assertThat(broken.content()).isEmpty();
    assertThat(broken.problems())
        .singleElement()
        .asString()
        .startsWith("line 7: invalid JSON: ")
        .doesNotContain("\n");
    assertThat(sink.documents.get(7).content()).isEqualTo("article 8");
    assertThat(sink.documents.get(7).source()).isEqualTo("a.jsonl:8");
  }

  @Test
  void aLineWithoutTextIsReported() {
    RawDocument d = read("{\"title\":\"Only a title\"}").only();
    assertThat(d.content()).isEmpty();
    assertThat(d.problems()).containsExactly("line 1: no text field");
    assertThat(d.title()).isEqualTo("Only a title");
  }

  @Test
  void otherMalformedLines() {
    RecordingSink sink =
        read("[1,2]\n{\"text\":42}\n{\"text\":\"  \"}\n{\"text\":\"ok\"} trailing\n");
    assertThat(sink.documents)
        .extracting(d -> d.problems().get(0))
        .containsExactly(
            "line 1: not a JSON object",
            "line 2: text field is not a string",
            "line 3: empty document",
            sink.documents.get(3).problems().get(0));
    assertThat(sink.documents.get(3).problems().get(0)).startsWith("line 4: invalid JSON: ");
  }

  @Test
  void dateFormsAndBadDates() {
    RecordingSink sink =
        read(
            "{\"text\":\"a\",\"published\":\"2019-01-04 23:30:00\"}\n"
                + "{\"text\":\"b\",\"published\":1546560000}\n"
                + "{\"text\":\"c\",\"published\":1546560000000}\n"
                + "{\"text\":\"d\",\"date\":\"Fri, 4 Jan 2019 10:00:00 GMT\"}\n"
                + "{\"text\":\"e\",\"published\":\"last Tuesday\"}\n");
    assertThat(sink.documents)
        .extracting(RawDocument::published)
        .containsExactly(
            LocalDate.of(2019, 1, 4),
            LocalDate.of(2019, 1, 4),
            LocalDate.of(2019, 1, 4),
            LocalDate.of(2019, 1, 4),
            null);
    assertThat(sink.documents.get(4).problems())
        .containsExactly("line 5: unreadable published date \"last Tuesday\"");
    assertThat(sink.documents.get(4).content()).isEqualTo("e");
  }

  @Test
  void documentedFieldNameBeatsAnAlias() {
    RawDocument d = read("{\"content\":\"alias\",\"text\":\"documented\",\"Title\":\"T\"}").only();
    assertThat(d.content()).isEqualTo("documented");
    assertThat(d.title()).isEqualTo("T");
  }

  @Test
  void aLineLongerThanTheLimitIsNotRead() {
    String longLine = "{\"text\":\"" + "x".repeat(5000) + "\"}";
    RecordingSink sink =
        read(1024, (longLine + "\r\n{\"text\":\"short\"}\r\n").getBytes(StandardCharsets.US_ASCII));
    assertThat(sink.documents).hasSize(2);
    assertThat(sink.documents.get(0).problems())
        .containsExactly("line 1: line longer than 1 KiB: not read");
    assertThat(sink.documents.get(1).content()).isEqualTo("short");
  }

  @Test
  void byteOrderMarkAndInvalidUtf8() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    out.writeBytes("{\"text\":\"“café” ".getBytes(StandardCharsets.UTF_8));
    out.write(0xC3); // a lead byte without its continuation
    out.writeBytes("\"}\n".getBytes(StandardCharsets.UTF_8));
    RawDocument d = read(1 << 20, out.toByteArray()).only();
    assertThat(d.content()).startsWith("“café” ");
    assertThat(d.problems()).containsExactly("line 1: invalid UTF-8: 1 byte replaced");
  }

  @Test
  void emptyInputIsAnEmptyDocument() {
    RawDocument d = read("\n  \n").only();
    assertThat(d.source()).isEqualTo("a.jsonl");
    assertThat(d.problems()).containsExactly("empty document");
  }

  @Test
  void aBreakMidStreamKeepsTheLinesBefore() {
    byte[] good =
        "{\"text\":\"one\"}\n{\"text\":\"two\"}\n{\"text\":\"thr".getBytes(StandardCharsets.UTF_8);
    InputStream breaking =
        new InputStream() {
          int pos;

          @Override
          public int read() throws IOException {
            if (pos == good.length) {
              throw new java.io.EOFException("Unexpected end of ZLIB input stream");
            }
            return good[pos++];
          }
        };
    RecordingSink sink = new RecordingSink();
    new JsonlReader(1 << 20).read("a.jsonl.gz", breaking, sink);
    assertThat(sink.documents).extracting(RawDocument::content).containsExactly("one", "two");
    assertThat(sink.failures)
        .containsExactly(
            new RecordingSink.Failure(
                "a.jsonl.gz",
                "truncated or corrupt input after 2 lines: unexpected end of ZLIB input stream"));
  }

  @Test
  void streamsALargeInputWithBoundedMemory() {
    // 200,000 lines read from a generator, never held in memory at once.
    int lines = 200_000;
    byte[] line =
        "{\"text\":\"An article of modest length, repeated.\"}\n"
            .getBytes(StandardCharsets.US_ASCII);
    InputStream generated =
        new InputStream() {
          long pos;
          final long end = (long) lines * line.length;

          @Override
          public int read() {
            return pos < end ? line[(int) (pos++ % line.length)] : -1;
          }
        };
    long[] count = {0};
    new JsonlReader(1 << 20)
        .read(
            "big.jsonl",
            generated,
            new DocumentSink() {
              @Override
              public void accept(RawDocument document) {
                count[0]++;
              }

              @Override
              public void failed(String source, String message) {
                throw new AssertionError(message);
              }
            });
    assertThat(count[0]).isEqualTo(lines);
  }
}
