package org.newsgraph.ingest;

import java.util.Locale;

/** The input formats and the file names that announce them. */
enum InputFormat {
  TEXT,
  HTML,
  JSONL,
  CSV,
  WARC;

  /**
   * What a file name announces: a format (null if none is known) and whether the file is gzipped
   * around it. {@code .warc.gz} is WARC and not "gzipped": the WARC reader undoes per-record
   * compression itself.
   */
  record ByName(InputFormat format, boolean gzip) {}

  static ByName byName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
      return new ByName(WARC, false);
    }
    boolean gzip = name.endsWith(".gz");
    if (gzip) {
      name = name.substring(0, name.length() - 3);
    }
    return new ByName(byExtension(name), gzip);
  }

  private static InputFormat byExtension(String name) {
    int dot = name.lastIndexOf('.');
    if (dot < 0) {
      return null;
    }
    return switch (name.substring(dot + 1)) {
      case "txt" -> TEXT;
      case "html", "htm", "xhtml" -> HTML;
      case "jsonl", "ndjson" -> JSONL;
      case "csv" -> CSV;
      default -> null;
    };
  }
}
