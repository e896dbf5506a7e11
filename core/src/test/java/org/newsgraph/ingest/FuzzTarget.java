package org.newsgraph.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.newsgraph.clean.DocumentCleaner;
import org.newsgraph.model.CleanDocument;
import org.newsgraph.model.RawDocument;

/**
 * What the fuzz tests ask of the readers and cleaners for any input bytes: reading them as a file
 * of a given name and as stdin, and cleaning every document delivered, ends within a time limit
 * without throwing, and every problem and failure is one short line. Shared by {@link
 * ReaderFuzzTest} (random inputs) and {@link FuzzRegressionTest} (the crashes it found, kept).
 */
final class FuzzTarget implements AutoCloseable {

  /** Far above what any input of a few kilobytes needs: longer is a hang. */
  private static final long TIME_LIMIT_SECONDS = 20;

  private static final int CAP = 64 * 1024;

  private final Path dir;
  private final DocumentCleaner cleaner = new DocumentCleaner();
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          r -> {
            // A small stack, as a worker of a busy pipeline might have: recursion shows sooner.
            Thread t = new Thread(null, r, "fuzz-target", 512 * 1024);
            t.setDaemon(true);
            return t;
          });

  FuzzTarget(Path dir) {
    this.dir = dir;
  }

  /**
   * Runs the readers and the cleaner over the input, read as a file called {@code name} (its
   * extension picks the reader) and as stdin.
   *
   * @return what went wrong, empty when nothing did
   */
  List<String> check(byte[] input, String name) {
    Future<List<String>> run = worker.submit(() -> checkNow(input, name));
    try {
      return run.get(TIME_LIMIT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      run.cancel(true);
      return List.of("no answer within " + TIME_LIMIT_SECONDS + " s (a hang)");
    } catch (ExecutionException e) {
      return List.of("threw " + e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return List.of("interrupted");
    }
  }

  private List<String> checkNow(byte[] input, String name) {
    List<String> wrong = new ArrayList<>();
    Path file = dir.resolve(name);
    try {
      Files.write(file, input);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    RecordingSink sink = new RecordingSink();
    try {
      new Ingestor(new Ingestor.Options(CAP))
          .read(List.of(file.toString(), "-"), new ByteArrayInputStream(input), sink);
    } catch (RuntimeException | Error e) {
      wrong.add("reading threw " + e);
      return wrong;
    }
    if (sink.events.isEmpty()) {
      wrong.add("no document and no failure for " + name);
    }
    for (RecordingSink.Failure f : sink.failures) {
      oneLine("failure", f.message(), wrong);
    }
    for (RawDocument document : sink.documents) {
      document.problems().forEach(p -> oneLine("problem", p, wrong));
      try {
        CleanDocument clean = cleaner.clean(document);
        clean.problems().forEach(p -> oneLine("clean problem", p, wrong));
      } catch (RuntimeException | Error e) {
        wrong.add("cleaning " + document.source() + " threw " + e);
      }
    }
    return wrong;
  }

  private static void oneLine(String what, String message, List<String> wrong) {
    if (message == null || message.isBlank() || message.contains("\n") || message.length() > 300) {
      wrong.add(what + " not one short line: " + message);
    }
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
