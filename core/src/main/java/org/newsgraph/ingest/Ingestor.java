package org.newsgraph.ingest;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.newsgraph.model.RawDocument;
import org.newsgraph.model.RawDocument.Format;

/**
 * The ingest stage's front door: reads files, folders (recursively) and stdin, and streams every
 * document found to a sink. Supports {@code .txt}, {@code .html}/{@code .htm}, {@code .jsonl},
 * {@code .csv}, {@code .warc} and {@code .warc.gz}, any of them gzipped ({@code x.jsonl.gz});
 * detects charsets. See the package documentation for formats, source names and problems.
 *
 * <p>Memory stays bounded: containers (JSONL, CSV, WARC) are streamed a record at a time, and no
 * document is read beyond {@link Options#maxDocumentBytes()}.
 *
 * <p>Bad input never throws: a bad document is delivered with its problems, a source that yields
 * nothing is reported through {@link DocumentSink#failed}. Exceptions thrown by the sink itself
 * propagate unchanged.
 *
 * <p>Not thread-safe: an instance keeps counters ({@link #skippedFiles()}, {@link
 * #skippedRecords()}) across calls. Use one instance per thread.
 */
public final class Ingestor {

  /**
   * Settings of the ingest stage.
   *
   * @param maxDocumentBytes the most bytes read for one document (a file, a JSONL line, a CSV row,
   *     a WARC response body); the rest is not read and the document says so
   */
  public record Options(int maxDocumentBytes) {

    /** 16 MiB: far above any news article, low enough that a stray huge file does no harm. */
    public static final int DEFAULT_MAX_DOCUMENT_BYTES = 16 << 20;

    /** Leaves room below the JVM's array size limit. */
    private static final int MAX_MAX_DOCUMENT_BYTES = Integer.MAX_VALUE - 1024;

    /**
     * @throws IllegalArgumentException when maxDocumentBytes is not positive or too large for an
     *     array
     */
    public Options {
      if (maxDocumentBytes < 1 || maxDocumentBytes > MAX_MAX_DOCUMENT_BYTES) {
        throw new IllegalArgumentException(
            "maxDocumentBytes must be between 1 and "
                + MAX_MAX_DOCUMENT_BYTES
                + ": "
                + maxDocumentBytes);
      }
    }

    /** The default settings. */
    public static Options defaults() {
      return new Options(DEFAULT_MAX_DOCUMENT_BYTES);
    }
  }

  private static final int BUFFER = 64 * 1024;

  private final SingleDocumentReader text;
  private final SingleDocumentReader html;
  private final JsonlReader jsonl;
  private final CsvReader csv;
  private final WarcArchiveReader warc;
  private final Set<Object> excluded = new HashSet<>();
  private long skippedFiles;

  /** An ingestor with the default options. */
  public Ingestor() {
    this(Options.defaults());
  }

  /** An ingestor with the given options. */
  public Ingestor(Options options) {
    Objects.requireNonNull(options, "options");
    int limit = options.maxDocumentBytes();
    this.text = new SingleDocumentReader(Format.TEXT, limit);
    this.html = new SingleDocumentReader(Format.HTML, limit);
    this.jsonl = new JsonlReader(limit);
    this.csv = new CsvReader(limit);
    this.warc = new WarcArchiveReader(limit);
  }

  /**
   * Passes over the given file when it turns up in a folder being read, as the output file of a run
   * does when it is written into its own input folder. Does nothing when the file does not exist or
   * its file system gives files no identity.
   */
  public void exclude(Path file) {
    try {
      Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
      if (key != null) {
        excluded.add(key);
      }
    } catch (IOException | SecurityException e) {
      // Nothing to exclude.
    }
  }

  /**
   * Reads all the given paths in order and streams their documents to the sink.
   *
   * <p>Folders are read recursively in file-name order; hidden entries (names starting with a dot)
   * are passed over, and so are files with an unsupported extension, which are counted in {@link
   * #skippedFiles()}. A file named explicitly is read whatever its name: an unknown extension is
   * sniffed from the content. stdin is sniffed likewise and is not closed.
   *
   * @param paths files, folders, or "-" for stdin
   * @param stdin what "-" reads
   * @throws NullPointerException when an argument or a path is null
   */
  public void read(List<String> paths, InputStream stdin, DocumentSink sink) {
    Objects.requireNonNull(paths, "paths");
    Objects.requireNonNull(stdin, "stdin");
    Objects.requireNonNull(sink, "sink");
    for (String p : paths) {
      Objects.requireNonNull(p, "a path is null");
    }
    GuardedSink guarded = new GuardedSink(sink);
    Set<Path> visited = new HashSet<>();
    try {
      for (String p : paths) {
        if (p.equals("-")) {
          guard(
              "-",
              guarded,
              () ->
                  readStream(
                      "-",
                      new BufferedInputStream(new Unclosed(stdin), BUFFER),
                      null,
                      -1,
                      guarded));
        } else {
          readPath(p, guarded, visited);
        }
      }
    } catch (SinkException e) {
      throw e.getCause();
    }
  }

  /**
   * Whether a folder walk reads a file of this name: not hidden, with a supported extension. For
   * callers that list folders themselves (the Spark job) and must read what {@link #read} reads.
   */
  public static boolean readsInFolder(String fileName) {
    return !fileName.startsWith(".") && InputFormat.byName(fileName).format() != null;
  }

  /**
   * Reads one stream of JSON Lines (as a {@code .jsonl} file is read; the stream is not closed):
   * for input that arrives by other ways than files, such as the body of an HTTP request. Its
   * documents are named {@code name:LINE} unless a line gives its {@code source}.
   *
   * @throws NullPointerException when an argument is null
   */
  public void readJsonl(String name, InputStream in, DocumentSink sink) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sink, "sink");
    GuardedSink guarded = new GuardedSink(sink);
    try {
      guard(
          name,
          guarded,
          () ->
              readStream(
                  name,
                  new BufferedInputStream(new Unclosed(in), BUFFER),
                  InputFormat.JSONL,
                  -1,
                  guarded));
    } catch (SinkException e) {
      throw e.getCause();
    }
  }

  /** Files inside folders passed over for an unsupported extension or kind, over all reads. */
  public long skippedFiles() {
    return skippedFiles;
  }

  /**
   * WARC capture records passed over (non-200 status, not HTML, revisits), over all reads; request
   * and metadata records are not counted.
   */
  public long skippedRecords() {
    return warc.skippedRecords();
  }

  private void readPath(String p, GuardedSink sink, Set<Path> visited) {
    Path path;
    try {
      path = Path.of(p);
    } catch (InvalidPathException e) {
      sink.failed(p, "invalid path: " + Reasons.oneLine(e.getReason()));
      return;
    }
    BasicFileAttributes attributes = attributes(path, p, sink);
    if (attributes == null) {
      return;
    }
    if (attributes.isDirectory()) {
      walk(path, sink, visited);
    } else {
      readFile(path, p, attributes, true, sink);
    }
  }

  /** The file's attributes, links followed, or null after reporting why there are none. */
  private static BasicFileAttributes attributes(Path path, String display, DocumentSink sink) {
    try {
      return Files.readAttributes(path, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      sink.failed(
          display,
          Files.isSymbolicLink(path)
              ? "cannot read: broken symbolic link"
              : "no such file or directory");
    } catch (IOException | SecurityException e) {
      sink.failed(display, "cannot read: " + Reasons.of(e));
    }
    return null;
  }

  private void walk(Path dir, GuardedSink sink, Set<Path> visited) {
    try {
      // A link back up the tree would loop forever; each real folder is read once.
      if (!visited.add(dir.toRealPath())) {
        return;
      }
    } catch (IOException e) {
      sink.failed(dir.toString(), "cannot read: " + Reasons.of(e));
      return;
    }
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      for (Path entry : stream) {
        entries.add(entry);
      }
    } catch (IOException | RuntimeException e) {
      sink.failed(dir.toString(), "cannot read: " + Reasons.of(e));
      return;
    }
    // Sorted by name, so that output order does not depend on the file system.
    entries.sort(Comparator.comparing(e -> e.getFileName().toString()));
    for (Path entry : entries) {
      String name = entry.getFileName().toString();
      if (name.startsWith(".")) {
        continue;
      }
      InputFormat.ByName byName = InputFormat.byName(name);
      BasicFileAttributes attributes;
      try {
        attributes = Files.readAttributes(entry, BasicFileAttributes.class);
      } catch (IOException | SecurityException e) {
        if (byName.format() == null && Files.isSymbolicLink(entry)) {
          skippedFiles++;
        } else {
          attributes(entry, entry.toString(), sink); // reports why
        }
        continue;
      }
      if (attributes.isDirectory()) {
        walk(entry, sink, visited);
      } else if (!excluded.isEmpty() && excluded.contains(attributes.fileKey())) {
        continue;
      } else if (!attributes.isRegularFile() || byName.format() == null) {
        // Pipes and devices could block or never end; unknown extensions are not ours to guess.
        skippedFiles++;
      } else {
        readFile(entry, entry.toString(), attributes, false, sink);
      }
    }
  }

  private void readFile(
      Path path,
      String display,
      BasicFileAttributes attributes,
      boolean explicit,
      GuardedSink sink) {
    InputFormat.ByName byName = InputFormat.byName(path.getFileName().toString());
    if (byName.format() == null && !explicit) {
      skippedFiles++;
      return;
    }
    long size = attributes.isRegularFile() ? attributes.size() : -1;
    if (size == 0) {
      sink.accept(emptyDocument(display, byName.format()));
      return;
    }
    guard(
        display,
        sink,
        () -> {
          if (byName.format() == InputFormat.WARC) {
            try (var channel = Files.newByteChannel(path)) {
              warc.read(display, channel, sink);
            }
            return;
          }
          try (InputStream raw = Files.newInputStream(path)) {
            BufferedInputStream in = new BufferedInputStream(raw, BUFFER);
            if (byName.gzip()) {
              in = new BufferedInputStream(new GZIPInputStream(in, BUFFER), BUFFER);
            }
            readStream(display, in, byName.format(), byName.gzip() ? -1 : size, sink);
          }
        });
  }

  /**
   * Reads one input stream in the given format, or in the format its first bytes show when the
   * format is null.
   */
  private void readStream(
      String source, BufferedInputStream in, InputFormat format, long size, GuardedSink sink)
      throws IOException {
    if (format == null) {
      in.mark(FormatSniffer.WINDOW + 1);
      byte[] head = in.readNBytes(FormatSniffer.WINDOW);
      in.reset();
      FormatSniffer.Sniffed sniffed;
      if (FormatSniffer.isGzip(head, head.length)) {
        byte[] inner = FormatSniffer.gunzipPrefix(head, head.length);
        sniffed = FormatSniffer.sniff(inner, inner.length);
        if (sniffed != FormatSniffer.Sniffed.WARC) {
          // WARC readers undo gzip themselves (record by record); the others get plain bytes.
          in = new BufferedInputStream(new GZIPInputStream(in, BUFFER), BUFFER);
          size = -1;
        }
      } else {
        sniffed = FormatSniffer.sniff(head, head.length);
      }
      if (sniffed == FormatSniffer.Sniffed.EMPTY) {
        sink.accept(emptyDocument(source, null));
        return;
      }
      if (sniffed == FormatSniffer.Sniffed.BINARY) {
        sink.failed(source, "not a supported format: binary content");
        return;
      }
      format = sniffed.format();
    }
    if (format == InputFormat.JSONL || format == InputFormat.CSV) {
      // Line-based readers would turn a binary file into thousands of broken-line documents.
      in.mark(FormatSniffer.WINDOW + 1);
      byte[] head = in.readNBytes(FormatSniffer.WINDOW);
      in.reset();
      if (CharsetDetector.looksBinary(head, head.length) && !startsAsText(head, format)) {
        sink.failed(source, "binary content, not " + format);
        return;
      }
    }
    switch (format) {
      case TEXT -> text.read(source, in, size, sink);
      case HTML -> html.read(source, in, size, sink);
      case JSONL -> jsonl.read(source, utf8(in), sink);
      case CSV -> csv.read(source, utf8(in), sink);
      case WARC -> warc.read(source, Channels.newChannel(in), sink);
    }
  }

  /**
   * Whether a container's first line is text of its format (for JSONL, an object): then one damaged
   * line further on is that line's problem, not a reason to refuse the whole file.
   */
  private static boolean startsAsText(byte[] head, InputFormat format) {
    int end = 0;
    while (end < head.length && head[end] != '\n') {
      end++;
    }
    if (end == head.length || CharsetDetector.looksBinary(head, end)) {
      return false;
    }
    if (format != InputFormat.JSONL) {
      return true;
    }
    int i = 0;
    while (i < end && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r')) {
      i++;
    }
    return i < end && head[i] == '{';
  }

  /** UTF-16 input (with a byte order mark) re-encoded as UTF-8 for the byte-level readers. */
  private static InputStream utf8(BufferedInputStream in) throws IOException {
    in.mark(2);
    int a = in.read();
    int b = in.read();
    in.reset();
    if ((a == 0xFF && b == 0xFE) || (a == 0xFE && b == 0xFF)) {
      return new Utf8Transcoder(new InputStreamReader(in, StandardCharsets.UTF_16));
    }
    return in;
  }

  private static RawDocument emptyDocument(String source, InputFormat format) {
    Format f = format == InputFormat.HTML || format == InputFormat.WARC ? Format.HTML : Format.TEXT;
    return new RawDocument(source, null, null, null, f, "", List.of("empty document"));
  }

  /** Runs one source's reading so that nothing it throws stops the others. */
  private static void guard(String source, GuardedSink sink, Reading reading) {
    try {
      reading.run();
    } catch (SinkException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      sink.failed(source, "cannot read: " + Reasons.of(e));
    }
  }

  @FunctionalInterface
  private interface Reading {
    void run() throws IOException;
  }

  /** Marks exceptions thrown by the caller's sink, so that they are not taken for bad input. */
  private static final class SinkException extends RuntimeException {
    SinkException(RuntimeException cause) {
      super(cause);
    }

    @Override
    public synchronized RuntimeException getCause() {
      return (RuntimeException) super.getCause();
    }
  }

  private static final class GuardedSink implements DocumentSink {
    private final DocumentSink delegate;

    GuardedSink(DocumentSink delegate) {
      this.delegate = delegate;
    }

    @Override
    public void accept(RawDocument document) {
      try {
        delegate.accept(document);
      } catch (RuntimeException e) {
        throw new SinkException(e);
      }
    }

    @Override
    public void failed(String source, String message) {
      try {
        delegate.failed(source, message);
      } catch (RuntimeException e) {
        throw new SinkException(e);
      }
    }
  }

  /** stdin belongs to the caller: readers may close what they read, but not that. */
  private static final class Unclosed extends FilterInputStream {
    Unclosed(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
  }
}
