package org.newsgraph.cli;

import java.util.Locale;
import org.newsgraph.ingest.Ingestor;
import picocli.CommandLine.Option;

/**
 * The {@code --max-document-size SIZE} option of the commands that read articles: the per-document
 * cap that keeps memory bounded whatever the input (a 100 MB one-line file is read up to the cap,
 * with a problem saying so).
 */
final class DocumentSizeOption {

  @Option(
      names = "--max-document-size",
      paramLabel = "SIZE",
      description =
          "the most bytes read for one document (a file, a JSONL line, a CSV row, a WARC record),"
              + " as 16M, 512K or 1G; the rest is not read and the record says so (default: 16M)")
  String size;

  /**
   * The ingest options this option asks for.
   *
   * @throws IllegalArgumentException if the size is not a positive number of bytes, K, M or G
   */
  Ingestor.Options ingestOptions() {
    return size == null
        ? Ingestor.Options.defaults()
        : new Ingestor.Options(bytes(size, "--max-document-size"));
  }

  /**
   * A size as bytes: digits with an optional K, M or G (powers of 1024).
   *
   * @param option the option's name, for the message
   * @throws IllegalArgumentException if the text is no such size
   */
  static int bytes(String text, String option) {
    String s = text.strip().toUpperCase(Locale.ROOT);
    long unit = 1;
    if (s.endsWith("B") && s.length() > 1 && !Character.isDigit(s.charAt(s.length() - 2))) {
      s = s.substring(0, s.length() - 1); // "16MB" as "16M"
    }
    if (!s.isEmpty()) {
      switch (s.charAt(s.length() - 1)) {
        case 'K' -> unit = 1L << 10;
        case 'M' -> unit = 1L << 20;
        case 'G' -> unit = 1L << 30;
        default -> unit = 1;
      }
      if (unit > 1) {
        s = s.substring(0, s.length() - 1);
      }
    }
    long value;
    try {
      value = Long.parseLong(s) * unit;
    } catch (NumberFormatException e) {
      value = -1;
    }
    if (value < 1 || value > Integer.MAX_VALUE - 1024) {
      throw new IllegalArgumentException(
          option + " is a positive size below 2G, as 16M or 512K: " + text);
    }
    return (int) value;
  }
}
