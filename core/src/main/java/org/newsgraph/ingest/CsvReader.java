package org.newsgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.model.RawDocument;
import org.newsgraph.model.RawDocument.Format;

/**
 * Reads CSV with a header row, one document per data row, streamed a record at a time.
 *
 * <p>The header names the columns, case-insensitively: {@code text} (format TEXT) or {@code html}
 * (format HTML), and optionally {@code url}, {@code title}, {@code published} or {@code date},
 * {@code source} (aliases in {@link ArticleFields}); other columns are ignored. The delimiter is a
 * comma, or a semicolon or tab when the header holds one of those and no comma. Each field is
 * decoded on its own (see {@link CharsetDetector}).
 *
 * <p>The source of a row's document is {@code path:ROW}, ROW counting data rows from 1 (the header
 * is row 0; blank lines are not rows), or the {@code source} column when non-blank. Its problems
 * start with {@code "row N: "}. A header with no text column fails the whole file. Not thread-safe.
 */
final class CsvReader {

  private final int limit;

  CsvReader(int limit) {
    this.limit = limit;
  }

  /**
   * Reads every row of {@code in} (not closed).
   *
   * @param source the path, or "-" for stdin
   */
  void read(String source, InputStream in, DocumentSink sink) {
    CsvRecords records = new CsvRecords(in, limit);
    long row = 0;
    try {
      Map<ArticleFields, Integer> columns = null;
      int headerWidth = 0;
      while (records.next()) {
        if (records.isBlank()) {
          continue;
        }
        if (columns == null) {
          List<String> header = header(records);
          headerWidth = header.size();
          columns = columns(header);
          if (!columns.containsKey(ArticleFields.TEXT)
              && !columns.containsKey(ArticleFields.HTML)) {
            sink.failed(source, "CSV header names no text column: " + describe(header));
            return;
          }
          continue;
        }
        row++;
        sink.accept(document(source, row, records, columns, headerWidth));
      }
      if (columns == null) {
        sink.accept(
            new RawDocument(source, null, null, null, Format.TEXT, "", List.of("empty document")));
      } else if (row == 0) {
        sink.failed(source, "no documents found: the CSV file has a header only");
      }
    } catch (IOException e) {
      sink.failed(source, "truncated or corrupt input after " + row + " rows: " + Reasons.of(e));
    }
  }

  private List<String> header(CsvRecords records) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < records.fieldCount(); i++) {
      names.add(unquote(decode(records, i).text()));
    }
    if (names.size() == 1) {
      // Not comma-separated: a semicolon (spreadsheets in many locales) or tab-separated file.
      for (char d : new char[] {';', '\t'}) {
        if (names.get(0).indexOf(d) >= 0) {
          records.delimiter(d);
          List<String> split = new ArrayList<>();
          for (String s : names.get(0).split(d == ';' ? ";" : "\t", -1)) {
            split.add(unquote(s));
          }
          return split;
        }
      }
    }
    return names;
  }

  /** The header as a person reads it in a message: a few names, shortened. */
  private static String describe(List<String> header) {
    List<String> shown = new ArrayList<>();
    for (String name : header.subList(0, Math.min(header.size(), 8))) {
      shown.add(Reasons.shorten(name, 24));
    }
    return shown + (header.size() > 8 ? " and " + (header.size() - 8) + " more" : "");
  }

  private static String unquote(String s) {
    String t = s.strip();
    if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
      t = t.substring(1, t.length() - 1).strip();
    }
    return t;
  }

  private static Map<ArticleFields, Integer> columns(List<String> header) {
    Map<ArticleFields, Integer> columns = new EnumMap<>(ArticleFields.class);
    Map<ArticleFields, Integer> rank = new EnumMap<>(ArticleFields.class);
    for (int i = 0; i < header.size(); i++) {
      ArticleFields f = ArticleFields.ofColumn(header.get(i));
      if (f == null) {
        continue;
      }
      int r = f.names().indexOf(header.get(i).strip().toLowerCase(java.util.Locale.ROOT));
      if (!rank.containsKey(f) || r < rank.get(f)) {
        columns.put(f, i);
        rank.put(f, r);
      }
    }
    return columns;
  }

  private RawDocument document(
      String source, long row, CsvRecords records, Map<ArticleFields, Integer> columns, int width) {
    String prefix = "row " + row + ": ";
    String rowSource = source + ":" + row;
    if (records.tooLong()) {
      return new RawDocument(
          rowSource,
          null,
          null,
          null,
          Format.TEXT,
          "",
          List.of(prefix + "row longer than " + BoundedBytes.size(limit) + ": not read"));
    }
    List<String> problems = new ArrayList<>();
    if (records.unterminated()) {
      problems.add(prefix + "unterminated quoted field at end of input");
    }
    if (records.fieldCount() != width) {
      problems.add(prefix + records.fieldCount() + " fields where the header has " + width);
    }
    String text = field(records, columns.get(ArticleFields.TEXT), prefix, problems);
    Format format = Format.TEXT;
    String content = text == null ? "" : text;
    if (content.isBlank()) {
      String html = field(records, columns.get(ArticleFields.HTML), prefix, problems);
      if (html != null && !html.isBlank()) {
        format = Format.HTML;
        content = html;
      } else {
        content = "";
        problems.add(prefix + "empty document");
      }
    }
    String url = field(records, columns.get(ArticleFields.URL), prefix, problems);
    String title = field(records, columns.get(ArticleFields.TITLE), prefix, problems);
    String date = field(records, columns.get(ArticleFields.PUBLISHED), prefix, problems);
    LocalDate published = null;
    if (date != null && !date.isBlank()) {
      published = DateValues.parse(date);
      if (published == null) {
        problems.add(prefix + "unreadable published date " + Reasons.quote(date));
      }
    }
    String declared = field(records, columns.get(ArticleFields.SOURCE), prefix, problems);
    return new RawDocument(
        declared != null && !declared.isBlank() ? declared.strip() : rowSource,
        blankToNull(url),
        blankToNull(title),
        published,
        format,
        content,
        problems);
  }

  /** The decoded field at that column, or null when the column or the field is absent. */
  private static String field(
      CsvRecords records, Integer column, String prefix, List<String> problems) {
    if (column == null || column >= records.fieldCount()) {
      return null;
    }
    CharsetDetector.Decoded d = decode(records, column);
    if (d.problem() != null) {
      problems.add(prefix + d.problem());
    }
    return d.text();
  }

  private static CharsetDetector.Decoded decode(CsvRecords records, int field) {
    int start = records.start(field);
    int n = records.end(field) - start;
    byte[] bytes = records.bytes();
    if (start != 0) {
      bytes = java.util.Arrays.copyOfRange(bytes, start, start + n);
    }
    for (int i = 0; i < n; i++) {
      if (bytes[i] < 0) {
        return CharsetDetector.decodeText(bytes, n);
      }
    }
    // Pure ASCII, by far the common case for metadata columns: no detection needed.
    return new CharsetDetector.Decoded(
        new String(bytes, 0, n, StandardCharsets.ISO_8859_1), StandardCharsets.US_ASCII, null);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
