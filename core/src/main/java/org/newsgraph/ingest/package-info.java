/**
 * The ingest stage: turns files, folders and stdin into {@link org.newsgraph.model.RawDocument}s.
 * The front door is {@link org.newsgraph.ingest.Ingestor}; everything else is package-private.
 *
 * <h2>Formats</h2>
 *
 * <table>
 *   <caption>What is read, and how each document's source is named</caption>
 *   <tr><th>Input</th><th>Documents</th><th>Source</th></tr>
 *   <tr><td>{@code .txt}</td><td>the whole file, format TEXT</td><td>the path</td></tr>
 *   <tr><td>{@code .html}, {@code .htm}, {@code .xhtml}</td><td>the whole page, format HTML, url
 *       null</td><td>the path</td></tr>
 *   <tr><td>{@code .jsonl}, {@code .ndjson}</td><td>one per line: {@code text} (TEXT) or {@code
 *       html} (HTML), with {@code url}, {@code title}, {@code published}/{@code date}</td>
 *       <td>the {@code source} field if given, else {@code path:LINE}</td></tr>
 *   <tr><td>{@code .csv}</td><td>one per data row, columns named as for JSONL</td><td>the {@code
 *       source} column if given, else {@code path:ROW} (first data row is 1)</td></tr>
 *   <tr><td>{@code .warc}, {@code .warc.gz}</td><td>one per HTTP 200 HTML response; url = target
 *       URI; published = capture date (WARC-Date, UTC) as a fallback for the cleaner</td><td>{@code
 *       path@OFFSET} (byte offset of the record)</td></tr>
 *   <tr><td>{@code x.txt.gz}, {@code x.jsonl.gz}, ...</td><td>decompressed, then as the inner
 *       extension says</td><td>as for the inner format</td></tr>
 *   <tr><td>a folder</td><td>its files, recursively, in name order; hidden entries passed over;
 *       unsupported extensions passed over and counted ({@code Ingestor.skippedFiles()})</td>
 *       <td>the path of each file</td></tr>
 *   <tr><td>{@code -} (stdin), or a file named explicitly with an unknown extension</td>
 *       <td>sniffed: gzip is undone, then {@code WARC/} is WARC, a leading {@code {} is JSONL, a
 *       {@code <} with html/doctype/head/body tags is HTML, a header line naming a text column
 *       is CSV, else TEXT</td><td>{@code -}, {@code -:LINE}, {@code -@OFFSET}</td></tr>
 * </table>
 *
 * <p>Charsets are detected per document (for JSONL and CSV per line or field): byte order mark,
 * declared charset (HTTP header, HTML meta, XML declaration), strict UTF-8, else Windows-1252.
 *
 * <h2>Problems</h2>
 *
 * A bad document is delivered with empty or partial content and a one-line problem; a source
 * yielding nothing is reported with {@link org.newsgraph.ingest.DocumentSink#failed}. Nothing is
 * thrown for bad input. Documents from JSONL lines and CSV rows prefix their problems with {@code
 * "line N: "} or {@code "row N: "}.
 *
 * <table>
 *   <caption>Problems on documents</caption>
 *   <tr><td>{@code empty document}</td><td>0 bytes or white space only (any format)</td></tr>
 *   <tr><td>{@code binary content, not text (N bytes)}</td><td>a .txt/.html with NUL bytes or
 *       many control characters</td></tr>
 *   <tr><td>{@code document larger than 16 MiB: only the first 16 MiB was read}</td><td>the limit
 *       is {@code Ingestor.Options.maxDocumentBytes}</td></tr>
 *   <tr><td>{@code invalid UTF-8: N bytes replaced}</td><td>mostly UTF-8 with a few broken bytes
 *       (otherwise the text is read as Windows-1252, without a problem)</td></tr>
 *   <tr><td>{@code truncated or corrupt input after N bytes: ...}</td><td>e.g. a cut {@code
 *       .txt.gz}: what was read is kept</td></tr>
 *   <tr><td>{@code line N: invalid JSON: ...}, {@code line N: not a JSON object}, {@code line N:
 *       no text field}, {@code line N: text field is not a string}, {@code line N: line longer
 *       than 16 MiB: not read}</td><td>JSONL; the line's document has empty content and reading
 *       goes on</td></tr>
 *   <tr><td>{@code line N: unreadable published date "..."}</td><td>JSONL or CSV ({@code row
 *       N:}); the document is kept without a date</td></tr>
 *   <tr><td>{@code row N: unterminated quoted field at end of input}, {@code row N: 3 fields
 *       where the header has 4}, {@code row N: row longer than 16 MiB: not read}</td><td>CSV</td>
 *       </tr>
 *   <tr><td>{@code unreadable HTTP response body: ...}</td><td>one WARC record whose body could
 *       not be decoded while the archive itself went on</td></tr>
 * </table>
 *
 * <table>
 *   <caption>Failures (source, message)</caption>
 *   <tr><td>{@code no such file or directory}</td><td>the path does not exist</td></tr>
 *   <tr><td>{@code cannot read: <reason>}</td><td>permission denied, a broken symbolic link, a
 *       stream that fails before yielding a byte, a {@code .gz} that is not gzip</td></tr>
 *   <tr><td>{@code invalid path: <reason>}</td><td>a path the file system cannot name</td></tr>
 *   <tr><td>{@code not a supported format: binary content}</td><td>stdin or an explicitly named
 *       file of unknown extension that is binary</td></tr>
 *   <tr><td>{@code binary content, not JSONL} (or CSV)</td><td>a binary file named as a
 *       container: its first 8 KiB look binary and its first line is not text (for JSONL, not an
 *       object); a file that starts well is read line by line, a damaged line its own problem</td>
 *       </tr>
 *   <tr><td>{@code not a WARC file: <reason>}</td><td>a {@code .warc} whose first record cannot
 *       be parsed</td></tr>
 *   <tr><td>{@code truncated or corrupt WARC after N records: <reason>}</td><td>the documents
 *       before the break were delivered; the reason may be {@code the archive ends inside a record
 *       and the reader cannot go on} (see {@code ProgressGuard})</td></tr>
 *   <tr><td>{@code truncated or corrupt input after N lines|rows: <reason>}</td><td>JSONL or CSV
 *       that breaks off (e.g. a cut {@code .gz}); the documents before were delivered</td></tr>
 *   <tr><td>{@code CSV header names no text column: [...]}</td><td>nothing to read in the
 *       file</td></tr>
 *   <tr><td>{@code no documents found: ...}</td><td>a CSV with a header only, a WARC without
 *       HTML pages</td></tr>
 * </table>
 *
 * <p>Truncated archives are reported as failures rather than as documents because what is lost is
 * not one document but an unknown number of them.
 */
package org.newsgraph.ingest;
