package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.netpreserve.jwarc.WarcCompression;
import org.newsgraph.model.RawDocument;
import org.newsgraph.model.RawDocument.Format;

class WarcArchiveReaderTest {

  private static RecordingSink read(WarcArchiveReader reader, byte[] bytes) {
    RecordingSink sink = new RecordingSink();
    reader.read("crawl.warc", Channels.newChannel(new ByteArrayInputStream(bytes)), sink);
    return sink;
  }

  @ParameterizedTest
  @EnumSource(WarcCompression.class)
  void htmlResponsesWithStatus200Only(WarcCompression compression) throws IOException {
    WarcArchiveReader reader = new WarcArchiveReader(1 << 20);
    RecordingSink sink = read(reader, WarcFixtures.crawl(compression));
    assertThat(sink.failures).isEmpty();
    assertThat(sink.documents)
        .extracting(RawDocument::url)
        .containsExactly(
            "https://news.example/1",
            "https://news.example/latin1",
            "https://news.example/gz",
            "https://news.example/resource",
            "https://news.example/meta");
    assertThat(sink.documents)
        .extracting(RawDocument::content)
        .containsExactly(
            WarcFixtures.PAGE_1,
            WarcFixtures.PAGE_LATIN1,
            WarcFixtures.PAGE_GZIPPED,
            WarcFixtures.PAGE_RESOURCE,
            WarcFixtures.PAGE_META);
    assertThat(sink.documents)
        .allSatisfy(
            d -> {
              assertThat(d.format()).isEqualTo(Format.HTML);
              assertThat(d.problems()).isEmpty();
              assertThat(d.source()).matches("crawl\\.warc@\\d+");
              assertThat(d.title()).isNull();
            });
    // The capture date, in UTC.
    assertThat(sink.documents.get(0).published()).isEqualTo(LocalDate.of(2013, 6, 2));
    // The 404 and the PNG.
    assertThat(reader.skippedRecords()).isEqualTo(2);
  }

  @Test
  void sourcesGiveTheRecordOffsets() throws IOException {
    byte[] bytes = WarcFixtures.crawl(WarcCompression.NONE);
    RecordingSink sink = read(new WarcArchiveReader(1 << 20), bytes);
    for (RawDocument d : sink.documents) {
      int offset = Integer.parseInt(d.source().substring(d.source().indexOf('@') + 1));
      String at = new String(bytes, offset, 5, java.nio.charset.StandardCharsets.US_ASCII);
      assertThat(at).isEqualTo("WARC/");
    }
  }

  @Test
  void aTruncatedGzipArchiveDeliversWhatCameBefore() throws IOException {
    byte[] full = WarcFixtures.crawl(WarcCompression.GZIP);
    byte[] cut = Arrays.copyOf(full, full.length - 40); // inside the last record's gzip member
    RecordingSink sink = read(new WarcArchiveReader(1 << 20), cut);
    assertThat(sink.documents)
        .extracting(RawDocument::url)
        .containsExactly(
            "https://news.example/1",
            "https://news.example/latin1",
            "https://news.example/gz",
            "https://news.example/resource");
    assertThat(sink.failures)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.source()).isEqualTo("crawl.warc");
              assertThat(f.message()).startsWith("truncated or corrupt WARC after 8 records: ");
            });
    assertThat(sink.events).last().isEqualTo("failed:crawl.warc");
  }

  @Test
  void aTruncatedPlainArchiveDeliversWhatCameBefore() throws IOException {
    byte[] full = WarcFixtures.crawl(WarcCompression.NONE);
    byte[] cut = Arrays.copyOf(full, full.length - 60);
    RecordingSink sink = read(new WarcArchiveReader(1 << 20), cut);
    assertThat(sink.documents).hasSize(4);
    assertThat(sink.failures)
        .singleElement()
        .satisfies(
            f -> assertThat(f.message()).startsWith("truncated or corrupt WARC after 8 records: "));
  }

  @Test
  void notAWarcAtAll() {
    RecordingSink sink =
        read(new WarcArchiveReader(1 << 20), "this is not a web archive\r\n\r\n".getBytes());
    assertThat(sink.documents).isEmpty();
    assertThat(sink.failures)
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .startsWith("not a WARC file: invalid WARC record at position "));
  }

  @Test
  void aLargeBodyIsCutAtTheLimit() throws IOException {
    RecordingSink sink = read(new WarcArchiveReader(64), WarcFixtures.crawl(WarcCompression.GZIP));
    RawDocument first = sink.documents.get(0);
    assertThat(first.content()).hasSizeLessThanOrEqualTo(64);
    assertThat(first.problems())
        .containsExactly("document larger than 64 bytes: only the first 64 bytes was read");
    assertThat(sink.documents).hasSize(5);
    assertThat(sink.failures).isEmpty();
  }

  @Test
  void aRecordWithABrokenBodyIsReportedAndReadingGoesOn() throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (org.netpreserve.jwarc.WarcWriter writer =
        new org.netpreserve.jwarc.WarcWriter(Channels.newChannel(out), WarcCompression.GZIP)) {
      writer.write(page("https://x.org/broken", "not gzip at all".getBytes(), true));
      writer.write(page("https://x.org/fine", "<html><body>fine</body></html>".getBytes(), false));
    }
    RecordingSink sink = read(new WarcArchiveReader(1 << 20), out.toByteArray());
    assertThat(sink.failures).isEmpty();
    assertThat(sink.documents)
        .extracting(RawDocument::url)
        .containsExactly("https://x.org/broken", "https://x.org/fine");
    assertThat(sink.documents.get(0).content()).isEmpty();
    assertThat(sink.documents.get(0).problems())
        .singleElement()
        .asString()
        .startsWith("unreadable HTTP response body: ");
    assertThat(sink.documents.get(1).problems()).isEmpty();
  }

  @Test
  void anArchiveWithoutPagesFindsNoDocuments() throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (org.netpreserve.jwarc.WarcWriter writer =
        new org.netpreserve.jwarc.WarcWriter(Channels.newChannel(out), WarcCompression.NONE)) {
      writer.write(new org.netpreserve.jwarc.Warcinfo.Builder().filename("x.warc").build());
    }
    RecordingSink sink = read(new WarcArchiveReader(1 << 20), out.toByteArray());
    assertThat(sink.failures)
        .containsExactly(
            new RecordingSink.Failure(
                "crawl.warc", "no documents found: no HTML pages among 1 WARC records"));
  }

  private static org.netpreserve.jwarc.WarcResponse page(String uri, byte[] body, boolean claimGzip)
      throws IOException {
    org.netpreserve.jwarc.HttpResponse.Builder http =
        new org.netpreserve.jwarc.HttpResponse.Builder(200, "OK")
            .body(org.netpreserve.jwarc.MediaType.parse("text/html"), body);
    if (claimGzip) {
      http.addHeader("Content-Encoding", "gzip");
    }
    return new org.netpreserve.jwarc.WarcResponse.Builder(java.net.URI.create(uri))
        .date(WarcFixtures.at(1))
        .body(http.build())
        .build();
  }
}
