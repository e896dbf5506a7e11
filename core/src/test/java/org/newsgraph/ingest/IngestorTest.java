package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;
import org.newsgraph.model.RawDocument;
import org.newsgraph.model.RawDocument.Format;

class IngestorTest {

  @TempDir Path dir;

  private static final InputStream NO_STDIN = InputStream.nullInputStream();

  private RecordingSink read(Ingestor ingestor, String... paths) {
    RecordingSink sink = new RecordingSink();
    ingestor.read(List.of(paths), NO_STDIN, sink);
    return sink;
  }

  private RecordingSink read(String... paths) {
    return read(new Ingestor(), paths);
  }

  private static RecordingSink stdin(byte[] bytes) {
    RecordingSink sink = new RecordingSink();
    new Ingestor().read(List.of("-"), new ByteArrayInputStream(bytes), sink);
    return sink;
  }

  private static RecordingSink stdin(String s) {
    return stdin(s.getBytes(StandardCharsets.UTF_8));
  }

  private Path write(String name, String content) throws IOException {
    return write(name, content.getBytes(StandardCharsets.UTF_8));
  }

  private Path write(String name, byte[] content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.write(p, content);
    return p;
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  private static byte[] gzip(String s) throws IOException {
    return gzip(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void foldersAreReadRecursivelyInNameOrder() throws IOException {
    write("b.txt", "B");
    write("a/z.txt", "AZ");
    write("a/c/d.html", "<html><body>ACD</body></html>");
    write("a/b.jsonl", "{\"text\":\"AB1\"}\n{\"text\":\"AB2\"}\n");
    write("c.csv", "title,text\nT,C1\n");
    write(".hidden.txt", "hidden");
    write(".git/config.txt", "hidden too");
    write("notes.md", "unsupported");
    write("a/image.png", new byte[] {1, 2, 3});
    write("data.json.gz", gzip("{}"));
    Ingestor ingestor = new Ingestor();
    RecordingSink sink = read(ingestor, dir.toString());
    assertThat(sink.failures).isEmpty();
    assertThat(sink.documents)
        .extracting(RawDocument::content)
        .containsExactly("AB1", "AB2", "<html><body>ACD</body></html>", "AZ", "B", "C1");
    String root = dir.toString();
    assertThat(sink.documents)
        .extracting(RawDocument::source)
        .containsExactly(
            root + "/a/b.jsonl:1",
            root + "/a/b.jsonl:2",
            root + "/a/c/d.html",
            root + "/a/z.txt",
            root + "/b.txt",
            root + "/c.csv:1");
    assertThat(ingestor.skippedFiles()).isEqualTo(3);
  }

  @Test
  void anExcludedFileIsPassedOverInFolders() throws IOException {
    write("a.txt", "A");
    Path out = write("out/records.jsonl", "{\"text\":\"earlier output\"}\n");
    Ingestor ingestor = new Ingestor();
    ingestor.exclude(out);
    ingestor.exclude(dir.resolve("missing.txt"));
    RecordingSink sink = read(ingestor, dir.toString());
    assertThat(sink.documents).extracting(RawDocument::content).containsExactly("A");
    assertThat(ingestor.skippedFiles()).isZero();
  }

  @Test
  void explicitFilesOfUnknownExtensionAreSniffed() throws IOException {
    Path jsonl = write("export.json", "{\"text\":\"from json\"}\n");
    Path page = write("page.php", "<!doctype html><html><body>x</body></html>");
    Path plain = write("README", "Just text.");
    RecordingSink sink = read(jsonl.toString(), page.toString(), plain.toString());
    assertThat(sink.documents)
        .extracting(RawDocument::format)
        .containsExactly(Format.TEXT, Format.HTML, Format.TEXT);
    assertThat(sink.documents.get(0).source()).isEqualTo(jsonl + ":1");
    assertThat(sink.documents.get(0).content()).isEqualTo("from json");
  }

  @Test
  void anExplicitBinaryFileOfUnknownExtensionFails() throws IOException {
    Path bin = write("blob.bin", new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0});
    RecordingSink sink = read(bin.toString());
    assertThat(sink.failures)
        .containsExactly(
            new RecordingSink.Failure(bin.toString(), "not a supported format: binary content"));
  }

  @Test
  void gzippedFilesAreReadByTheirInnerExtension() throws IOException {
    write("x.txt.gz", gzip("Gzipped text"));
    write("y.jsonl.gz", gzip("{\"text\":\"Gzipped line\"}\n"));
    write("z.html.gz", gzip("<html><body>Gzipped page</body></html>"));
    RecordingSink sink = read(dir.toString());
    assertThat(sink.failures).isEmpty();
    assertThat(sink.documents)
        .extracting(RawDocument::content)
        .containsExactly("Gzipped text", "Gzipped line", "<html><body>Gzipped page</body></html>");
    assertThat(sink.documents.get(1).source()).endsWith("y.jsonl.gz:1");
    assertThat(sink.documents.get(2).format()).isEqualTo(Format.HTML);
  }

  @Test
  void truncatedGzipFiles() throws IOException {
    byte[] text = gzip("A long article. ".repeat(5000));
    Path txt = write("cut.txt.gz", Arrays.copyOf(text, text.length - 10));
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      lines.append("{\"text\":\"line ").append(i).append(" of a cut file\"}\n");
    }
    byte[] jsonl = gzip(lines.toString());
    Path jl = write("cut.jsonl.gz", Arrays.copyOf(jsonl, jsonl.length / 2));
    Path notGzip = write("fake.txt.gz", "not gzip at all");
    RecordingSink sink = read(txt.toString(), jl.toString(), notGzip.toString());
    RawDocument first = sink.documents.get(0);
    assertThat(first.content()).startsWith("A long article. ");
    assertThat(first.problems())
        .singleElement()
        .asString()
        .startsWith("truncated or corrupt input after ");
    assertThat(sink.documents.size()).isGreaterThan(100);
    assertThat(sink.failures)
        .extracting(RecordingSink.Failure::source)
        .containsExactly(jl.toString(), notGzip.toString());
    assertThat(sink.failures.get(0).message()).startsWith("truncated or corrupt input after ");
    assertThat(sink.failures.get(1).message()).isEqualTo("cannot read: not in GZIP format");
  }

  @Test
  void warcFilesPlainAndGzipped() throws IOException {
    write("crawl.warc", WarcFixtures.crawl(WarcCompression.NONE));
    write("crawl.warc.gz", WarcFixtures.crawl(WarcCompression.GZIP));
    Ingestor ingestor = new Ingestor();
    RecordingSink sink = read(ingestor, dir.toString());
    assertThat(sink.failures).isEmpty();
    assertThat(sink.documents).hasSize(10);
    assertThat(sink.documents.get(0).source()).startsWith(dir.resolve("crawl.warc") + "@");
    assertThat(sink.documents.get(5).source()).startsWith(dir.resolve("crawl.warc.gz") + "@");
    assertThat(ingestor.skippedRecords()).isEqualTo(4);
  }

  @Test
  void aTruncatedWarcGzFileReportsAfterItsDocuments() throws IOException {
    byte[] full = WarcFixtures.crawl(WarcCompression.GZIP);
    Path cut = write("cut.warc.gz", Arrays.copyOf(full, full.length - 40));
    Path after = write("after.txt", "still read");
    RecordingSink sink = read(cut.toString(), after.toString());
    assertThat(sink.documents).hasSize(5);
    assertThat(sink.events).containsSubsequence("failed:" + cut, "doc:" + after);
    assertThat(sink.failures)
        .singleElement()
        .satisfies(
            f -> assertThat(f.message()).startsWith("truncated or corrupt WARC after 8 records: "));
  }

  @Test
  void emptyAndBinaryFiles() throws IOException {
    Path empty = write("empty.txt", "");
    Path blank = write("blank.html", " \n\n ");
    Path emptyJsonl = write("empty.jsonl", "");
    byte[] bin = new byte[3000];
    new java.util.Random(1).nextBytes(bin);
    Path binary = write("binary.txt", bin);
    RecordingSink sink =
        read(empty.toString(), blank.toString(), emptyJsonl.toString(), binary.toString());
    assertThat(sink.failures).isEmpty();
    assertThat(sink.documents).extracting(RawDocument::content).containsOnly("");
    assertThat(sink.documents)
        .extracting(d -> d.problems().get(0))
        .containsExactly(
            "empty document",
            "empty document",
            "empty document",
            "binary content, not text (3000 bytes)");
    assertThat(sink.documents.get(1).format()).isEqualTo(Format.HTML);
  }

  @Test
  void binaryContainersFailWithoutFloodingDocuments() throws IOException {
    byte[] bin = new byte[50_000];
    new java.util.Random(2).nextBytes(bin);
    Path jsonl = write("random.jsonl", bin);
    Path csv = write("random.csv", bin);
    RecordingSink sink = read(jsonl.toString(), csv.toString());
    assertThat(sink.documents).isEmpty();
    assertThat(sink.failures)
        .containsExactly(
            new RecordingSink.Failure(jsonl.toString(), "binary content, not JSONL"),
            new RecordingSink.Failure(csv.toString(), "binary content, not CSV"));
  }

  @Test
  void aFiftyMegabyteFileIsReadOnlyUpToTheLimit() throws IOException {
    Path big = dir.resolve("big.txt");
    byte[] line =
        "Fifty megabytes of text, one line after another, to test the limit.\n"
            .getBytes(StandardCharsets.US_ASCII);
    try (OutputStream out = Files.newOutputStream(big)) {
      for (long written = 0; written < 50L << 20; written += line.length) {
        out.write(line);
      }
    }
    RawDocument d = read(big.toString()).only();
    assertThat(d.content().length()).isEqualTo(16 << 20);
    assertThat(d.problems())
        .containsExactly("document larger than 16 MiB: only the first 16 MiB was read");
  }

  @Test
  void theLimitIsAnOption() throws IOException {
    Path p = write("a.txt", "0123456789".repeat(10));
    RawDocument d = read(new Ingestor(new Ingestor.Options(1024 + 16)), p.toString()).only();
    assertThat(d.problems()).isEmpty();
    d = read(new Ingestor(new Ingestor.Options(50)), p.toString()).only();
    assertThat(d.content()).hasSize(50);
    assertThat(d.problems())
        .containsExactly("document larger than 50 bytes: only the first 50 bytes was read");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Ingestor.Options(0))
        .withMessage("maxDocumentBytes must be between 1 and 2147482623: 0");
  }

  @Test
  void missingAndUnreadablePaths() throws IOException {
    Path missing = dir.resolve("missing.txt");
    // Tests may run as root, who reads any file whatever its permissions; a link to nowhere
    // fails for everyone.
    Path dangling = Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("nowhere"));
    Path fine = write("fine.txt", "fine");
    RecordingSink sink = read(missing.toString(), dangling.toString(), fine.toString());
    assertThat(sink.failures)
        .containsExactly(
            new RecordingSink.Failure(missing.toString(), "no such file or directory"),
            new RecordingSink.Failure(dangling.toString(), "cannot read: broken symbolic link"));
    assertThat(sink.documents).extracting(RawDocument::content).containsExactly("fine");
    assertThat(read("bad\0path").failures)
        .singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("invalid path: "));
  }

  @Test
  void brokenLinksInsideFoldersAreReportedWhenTheirNameIsOurs() throws IOException {
    Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("nowhere"));
    Files.createSymbolicLink(dir.resolve("gone.bin"), dir.resolve("nowhere"));
    Ingestor ingestor = new Ingestor();
    RecordingSink sink = read(ingestor, dir.toString());
    assertThat(sink.failures)
        .containsExactly(
            new RecordingSink.Failure(
                dir.resolve("gone.txt").toString(), "cannot read: broken symbolic link"));
    assertThat(ingestor.skippedFiles()).isEqualTo(1);
  }

  @Test
  void linkCyclesAreReadOnce() throws IOException {
    write("sub/a.txt", "A");
    Files.createSymbolicLink(dir.resolve("sub/loop"), dir);
    RecordingSink sink = read(dir.toString());
    assertThat(sink.documents).extracting(RawDocument::content).containsExactly("A");
  }

  @Test
  void pipesInsideFoldersAreSkipped() throws Exception {
    Path fifo = dir.resolve("pipe.txt");
    Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
    Assumptions.assumeTrue(p.waitFor() == 0, "mkfifo not available");
    write("a.txt", "A");
    Ingestor ingestor = new Ingestor();
    RecordingSink sink = read(ingestor, dir.toString());
    assertThat(sink.documents).extracting(RawDocument::content).containsExactly("A");
    assertThat(ingestor.skippedFiles()).isEqualTo(1);
  }

  @Test
  void utf16JsonlIsRead() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
    out.writeBytes(
        "{\"text\":\"Ünïcödé 𝄞\"}\r\n{\"text\":\"two\"}\r\n".getBytes(StandardCharsets.UTF_16LE));
    Path p = write("u16.jsonl", out.toByteArray());
    RecordingSink sink = read(p.toString());
    assertThat(sink.documents)
        .extracting(RawDocument::content)
        .containsExactly("Ünïcödé 𝄞", "two");
  }

  @Test
  void stdinIsSniffed() throws IOException {
    RawDocument text = stdin("Plain article\nSecond line").only();
    assertThat(text).isEqualTo(RawDocument.text("-", "Plain article\nSecond line"));

    RecordingSink jsonl = stdin("  {\"text\":\"one\"}\n{\"text\":\"two\"}\n");
    assertThat(jsonl.documents).extracting(RawDocument::source).containsExactly("-:1", "-:2");

    RawDocument html =
        stdin("\uFEFF<!DOCTYPE html>\n<html><head></head><body>x</body></html>").only();
    assertThat(html.format()).isEqualTo(Format.HTML);
    assertThat(html.source()).isEqualTo("-");

    RawDocument notHtml = stdin("<3 this is text, not a page").only();
    assertThat(notHtml.format()).isEqualTo(Format.TEXT);

    RecordingSink csv = stdin("url,title,text\nhttps://x.org,T,Body\n");
    assertThat(csv.only().source()).isEqualTo("-:1");
    assertThat(csv.only().url()).isEqualTo("https://x.org");

    RecordingSink warc = stdin(WarcFixtures.crawl(WarcCompression.NONE));
    assertThat(warc.documents).hasSize(5);
    assertThat(warc.documents.get(0).source()).startsWith("-@");

    RecordingSink warcGz = stdin(WarcFixtures.crawl(WarcCompression.GZIP));
    assertThat(warcGz.documents).hasSize(5);

    RecordingSink jsonlGz = stdin(gzip("{\"text\":\"zipped\"}\n"));
    assertThat(jsonlGz.only().content()).isEqualTo("zipped");

    RawDocument textGz = stdin(gzip("zipped text")).only();
    assertThat(textGz.content()).isEqualTo("zipped text");
  }

  @Test
  void stdinEmptyBinaryAndBroken() {
    assertThat(stdin("").only().problems()).containsExactly("empty document");
    assertThat(stdin(new byte[] {0, 1, 2, 3, 0, 0, 5}).failures)
        .containsExactly(new RecordingSink.Failure("-", "not a supported format: binary content"));
    InputStream broken =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("Connection reset");
          }
        };
    RecordingSink sink = new RecordingSink();
    new Ingestor().read(List.of("-"), broken, sink);
    assertThat(sink.failures)
        .containsExactly(new RecordingSink.Failure("-", "cannot read: connection reset"));
  }

  @Test
  void stdinIsNotClosed() {
    boolean[] closed = {false};
    InputStream in =
        new ByteArrayInputStream(WarcFixtures.PAGE_1.getBytes(StandardCharsets.UTF_8)) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    new Ingestor().read(List.of("-"), in, new RecordingSink());
    assertThat(closed[0]).isFalse();
  }

  @Test
  void sinkExceptionsPropagate() throws IOException {
    Path p = write("a.txt", "A");
    DocumentSink throwing =
        new DocumentSink() {
          @Override
          public void accept(RawDocument document) {
            throw new IllegalStateException("sink full");
          }

          @Override
          public void failed(String source, String message) {}
        };
    assertThatThrownBy(() -> new Ingestor().read(List.of(p.toString()), NO_STDIN, throwing))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("sink full");
  }
}
