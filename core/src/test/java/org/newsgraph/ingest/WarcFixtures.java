package org.newsgraph.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** A small crawl written with jwarc's WarcWriter, with the kinds of records real crawls hold. */
final class WarcFixtures {

  static final String PAGE_1 =
      "<!DOCTYPE html><html><head><title>France seeks allies</title></head>"
          + "<body><p>“France is available,” Le Drian said.</p></body></html>";
  static final String PAGE_LATIN1 =
      "<html><body><p>Le ministre a déclaré à Paris</p></body></html>";
  static final String PAGE_GZIPPED = "<html><body><p>Compressed on the wire</p></body></html>";
  static final String PAGE_RESOURCE = "<html><body><p>Stored as a resource</p></body></html>";
  static final String PAGE_META =
      "<html><head><meta charset=\"windows-1252\"></head><body>“Smart” quotes</body></html>";

  private WarcFixtures() {}

  /** The crawl: 9 records, of which 5 hold HTML pages with status 200. */
  static byte[] crawl(WarcCompression compression) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WarcWriter writer = new WarcWriter(Channels.newChannel(out), compression)) {
      writer.write(new Warcinfo.Builder().date(at(1)).filename("test.warc").build());
      writer.write(
          new WarcRequest.Builder(URI.create("https://news.example/1"))
              .date(at(2))
              .body(new HttpRequest.Builder("GET", "/1").build())
              .build());
      writer.write(
          response(
              "https://news.example/1",
              200,
              "text/html; charset=utf-8",
              PAGE_1.getBytes(StandardCharsets.UTF_8),
              false));
      writer.write(
          response(
              "https://news.example/missing",
              404,
              "text/html",
              "<html><body>Not found</body></html>".getBytes(StandardCharsets.UTF_8),
              false));
      writer.write(
          response(
              "https://news.example/logo.png",
              200,
              "image/png",
              new byte[] {(byte) 0x89, 'P', 'N', 'G'},
              false));
      writer.write(
          response(
              "https://news.example/latin1",
              200,
              "text/html;charset=ISO-8859-1",
              PAGE_LATIN1.getBytes(StandardCharsets.ISO_8859_1),
              false));
      writer.write(response("https://news.example/gz", 200, "text/html", gzip(PAGE_GZIPPED), true));
      writer.write(
          new WarcResource.Builder(URI.create("https://news.example/resource"))
              .date(at(3))
              .body(MediaType.parse("text/html"), PAGE_RESOURCE.getBytes(StandardCharsets.UTF_8))
              .build());
      writer.write(
          response(
              "https://news.example/meta",
              200,
              "application/xhtml+xml",
              PAGE_META.getBytes(CharsetDetector.WINDOWS_1252),
              false));
    }
    return out.toByteArray();
  }

  private static WarcRecord response(
      String uri, int status, String type, byte[] body, boolean gzipped) throws IOException {
    HttpResponse.Builder http =
        new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
            .body(MediaType.parse(type), body);
    if (gzipped) {
      http.addHeader("Content-Encoding", "gzip");
    }
    return new WarcResponse.Builder(URI.create(uri)).date(at(2)).body(http.build()).build();
  }

  private static byte[] gzip(String s) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(s.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  /** 2013-06-0N, 23:30 UTC. */
  static Instant at(int day) {
    return Instant.parse("2013-06-0" + day + "T23:30:00Z");
  }
}
