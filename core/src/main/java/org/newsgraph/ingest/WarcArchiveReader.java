package org.newsgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.ReadableByteChannel;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcCaptureRecord;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.newsgraph.model.RawDocument;
import org.newsgraph.model.RawDocument.Format;

/**
 * Reads WARC files, plain or gzip-compressed (detected from the bytes), a record at a time.
 *
 * <p>Documents come from {@code response} records with HTTP status 200 and an HTML content type
 * ({@code text/html}, {@code application/xhtml+xml}), and from {@code resource} records of an HTML
 * type (crawlers store some captured pages that way). Content-Encoding is undone; the charset comes
 * from the HTTP {@code Content-Type}, else from the page. Every other capture record (other
 * statuses, other types, revisits) is skipped and counted in {@link #skippedRecords()}; request,
 * metadata and warcinfo records are not pages and are passed over uncounted.
 *
 * <p>The document's url is the WARC-Target-URI; its published date is the WARC-Date (UTC), i.e. the
 * capture date, which only bounds the publication date from above: it is a fallback, and the HTML
 * cleaner prefers the page's own metadata. The source is {@code path@OFFSET}, the byte offset of
 * the record in the file (of its gzip member when compressed), as CDX indexes and {@code jwarc
 * extract} use it.
 *
 * <p>A truncated or corrupt archive delivers the documents read before the break, then reports
 * {@code failed(path, "truncated or corrupt WARC after N records: ...")}. Not thread-safe.
 */
final class WarcArchiveReader {

  private final int limit;
  private long skippedRecords;

  WarcArchiveReader(int limit) {
    this.limit = limit;
  }

  /** Capture records read but not turned into documents, over all inputs read so far. */
  long skippedRecords() {
    return skippedRecords;
  }

  /**
   * Reads every record of the channel, which this method closes.
   *
   * @param source the path, or "-" for stdin
   */
  void read(String source, ReadableByteChannel channel, DocumentSink sink) {
    long records = 0;
    long documents = 0;
    try (WarcReader reader = new WarcReader(ProgressGuard.of(channel))) {
      reader.setLenient(true);
      reader.onWarning(warning -> {});
      RawDocument pending = null;
      IOException pendingError = null;
      while (true) {
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (IOException | RuntimeException e) {
          // A body that failed and an archive that then fails: the archive broke inside that body.
          Exception cause = pendingError != null ? pendingError : e;
          sink.failed(source, broken(records, cause));
          return;
        }
        if (pending != null) {
          // The archive went on after a record whose body failed: the fault was that record's.
          sink.accept(pending);
          documents++;
          records++;
          pending = null;
          pendingError = null;
        }
        if (next.isEmpty()) {
          break;
        }
        WarcRecord record = next.get();
        String recordSource = source + "@" + reader.position();
        try {
          RawDocument doc = document(recordSource, record);
          if (doc != null) {
            sink.accept(doc);
            documents++;
          }
          records++;
        } catch (IOException | RuntimeException e) {
          pendingError = e instanceof IOException io ? io : new IOException(e.getMessage(), e);
          pending =
              new RawDocument(
                  recordSource,
                  targetOf(record),
                  null,
                  captureDate(record),
                  Format.HTML,
                  "",
                  List.of("unreadable HTTP response body: " + Reasons.of(e)));
        }
      }
    } catch (IOException | RuntimeException e) {
      sink.failed(source, broken(records, e));
      return;
    }
    if (documents == 0) {
      sink.failed(
          source,
          records == 0
              ? "no documents found: no WARC records"
              : "no documents found: no HTML pages among " + records + " WARC records");
    }
  }

  private static String broken(long records, Exception e) {
    if (records == 0 && e instanceof ParsingException) {
      return "not a WARC file: " + Reasons.of(e);
    }
    return "truncated or corrupt WARC after " + records + " records: " + Reasons.of(e);
  }

  /** The document a record holds, or null for a record that holds none. */
  private RawDocument document(String source, WarcRecord record) throws IOException {
    MediaType type;
    InputStream body;
    if (record instanceof WarcResponse response) {
      HttpResponse http;
      try {
        http = response.http();
      } catch (ParsingException e) {
        skippedRecords++; // not an HTTP response we can read: not a page either
        return null;
      }
      type = http.contentType();
      if (http.status() != 200 || !isHtml(type)) {
        skippedRecords++;
        return null;
      }
      body = http.bodyDecoded().stream();
    } else if (record instanceof WarcResource resource) {
      type = resource.contentType();
      if (!isHtml(type)) {
        skippedRecords++;
        return null;
      }
      body = resource.body().stream();
    } else {
      if (record instanceof WarcRevisit) {
        skippedRecords++;
      }
      return null;
    }
    BoundedBytes bytes = BoundedBytes.read(body, new byte[0], limit, -1);
    if (bytes.error() != null) {
      throw bytes.error();
    }
    String charset = type.parameters().get("charset");
    CharsetDetector.Decoded decoded =
        CharsetDetector.decodeHtml(bytes.data(), bytes.length(), charset);
    List<String> problems = new ArrayList<>();
    String content = decoded.text();
    if (content.isBlank()) {
      content = "";
      problems.add("empty document");
    } else if (decoded.problem() != null) {
      problems.add(decoded.problem());
    }
    if (bytes.truncated()) {
      problems.add(BoundedBytes.tooLargeProblem(limit));
    }
    return new RawDocument(
        source, targetOf(record), null, captureDate(record), Format.HTML, content, problems);
  }

  private static boolean isHtml(MediaType type) {
    if (type == null) {
      return false;
    }
    String base = type.base().toString();
    return base.equalsIgnoreCase("text/html") || base.equalsIgnoreCase("application/xhtml+xml");
  }

  private static String targetOf(WarcRecord record) {
    return record instanceof WarcCaptureRecord capture ? capture.target() : null;
  }

  private static LocalDate captureDate(WarcRecord record) {
    try {
      return LocalDate.ofInstant(record.date(), ZoneOffset.UTC);
    } catch (RuntimeException e) {
      return null; // a missing or malformed WARC-Date: the page may still carry its own date
    }
  }
}
