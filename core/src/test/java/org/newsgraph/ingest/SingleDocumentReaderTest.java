package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.RawDocument;
import org.newsgraph.model.RawDocument.Format;

class SingleDocumentReaderTest {

  private static RawDocument read(Format format, int limit, byte[] bytes) {
    RecordingSink sink = new RecordingSink();
    new SingleDocumentReader(format, limit)
        .read("in", new ByteArrayInputStream(bytes), bytes.length, sink);
    return sink.only();
  }

  private static RawDocument text(String s) {
    return read(Format.TEXT, 1 << 20, s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void wholeFileIsOneTextDocument() {
    String article = "France seeks allies\n\nPARIS (Reuters) - France said on Sunday...\n";
    RawDocument d = text(article);
    assertThat(d).isEqualTo(RawDocument.text("in", article));
  }

  @Test
  void emptyAndWhiteSpaceOnlyAreEmptyDocuments() {
    for (String s : new String[] {"", "  \n\t\r\n  "}) {
      RawDocument d = text(s);
      assertThat(d.content()).isEmpty();
      assertThat(d.problems()).containsExactly("empty document");
    }
  }

  @Test
  void binaryContentIsNotDecoded() {
    byte[] bytes = new byte[20_000];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i * 31);
    }
    RawDocument d = read(Format.TEXT, 1 << 20, bytes);
    assertThat(d.content()).isEmpty();
    assertThat(d.problems()).containsExactly("binary content, not text (20000 bytes)");
  }

  @Test
  void contentBeyondTheLimitIsNotRead() {
    byte[] bytes = "abcdefghij".repeat(100).getBytes(StandardCharsets.US_ASCII);
    RawDocument d = read(Format.TEXT, 256, bytes);
    assertThat(d.content())
        .hasSize(256)
        .isEqualTo(new String(bytes, 0, 256, StandardCharsets.US_ASCII));
    assertThat(d.problems())
        .containsExactly("document larger than 256 bytes: only the first 256 bytes was read");
  }

  @Test
  void aLimitCuttingACharacterDoesNotReadAsBadUtf8() {
    // 'é' is two bytes; a limit of 5 falls inside the third one.
    byte[] bytes = "ééééé".getBytes(StandardCharsets.UTF_8);
    RawDocument d = read(Format.TEXT, 5, bytes);
    assertThat(d.content()).isEqualTo("éé");
    assertThat(d.problems())
        .containsExactly("document larger than 5 bytes: only the first 5 bytes was read");
  }

  @Test
  void htmlIsPassedOnAsDecodedPage() {
    String page =
        "<!DOCTYPE html><html><head><meta charset=\"windows-1252\"><title>Caf\u00e9</title></head></html>";
    RawDocument d = read(Format.HTML, 1 << 20, page.getBytes(StandardCharsets.ISO_8859_1));
    // No body: still passed on; the cleaner reports that it found no text.
    assertThat(d.format()).isEqualTo(Format.HTML);
    assertThat(d.content()).isEqualTo(page);
    assertThat(d.url()).isNull();
    assertThat(d.problems()).isEmpty();
  }

  @Test
  void aStreamBreakingAfterSomeBytesKeepsThem() {
    byte[] bytes = "first part of the article, ".repeat(500).getBytes(StandardCharsets.US_ASCII);
    InputStream breaking =
        new InputStream() {
          int pos;

          @Override
          public int read() throws IOException {
            if (pos == bytes.length) {
              throw new IOException("Unexpected end of ZLIB input stream");
            }
            return bytes[pos++];
          }
        };
    RecordingSink sink = new RecordingSink();
    new SingleDocumentReader(Format.TEXT, 1 << 20).read("x.txt.gz", breaking, -1, sink);
    RawDocument d = sink.only();
    assertThat(d.content()).isEqualTo(new String(bytes, StandardCharsets.US_ASCII));
    assertThat(d.problems())
        .containsExactly(
            "truncated or corrupt input after "
                + bytes.length
                + " bytes: unexpected end of ZLIB input stream");
  }

  @Test
  void aStreamFailingAtOnceIsAFailure() {
    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("Input/output error");
          }
        };
    RecordingSink sink = new RecordingSink();
    new SingleDocumentReader(Format.TEXT, 100).read("bad.txt", failing, -1, sink);
    assertThat(sink.documents).isEmpty();
    assertThat(sink.failures)
        .containsExactly(new RecordingSink.Failure("bad.txt", "cannot read: input/output error"));
  }

  @Test
  void withoutIncompleteTailKeepsCompleteSequences() {
    byte[] b = "a€".getBytes(StandardCharsets.UTF_8); // € is 3 bytes
    assertThat(BoundedBytes.withoutIncompleteUtf8Tail(b, b.length)).isEqualTo(4);
    assertThat(BoundedBytes.withoutIncompleteUtf8Tail(Arrays.copyOf(b, 3), 3)).isEqualTo(1);
    assertThat(BoundedBytes.withoutIncompleteUtf8Tail(Arrays.copyOf(b, 2), 2)).isEqualTo(1);
  }

  @Test
  void sizesReadAsPeopleWriteThem() {
    assertThat(BoundedBytes.size(16 << 20)).isEqualTo("16 MiB");
    assertThat(BoundedBytes.size(512 << 10)).isEqualTo("512 KiB");
    assertThat(BoundedBytes.size(1000)).isEqualTo("1000 bytes");
    assertThat(BoundedBytes.tooLargeProblem(16 << 20))
        .isEqualTo("document larger than 16 MiB: only the first 16 MiB was read");
  }
}
