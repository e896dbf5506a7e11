package org.newsgraph.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.spark.TaskContext;
import org.apache.spark.util.TaskCompletionListener;
import org.newsgraph.ingest.DocumentSink;
import org.newsgraph.ingest.Ingestor;
import org.newsgraph.model.RawDocument;

/**
 * The documents of one input file, read by core's {@link Ingestor} (so any format {@code extract}
 * reads) on a thread of its own and handed over a few at a time: a WARC of many gigabytes never
 * sits in memory whole. A file named by a URI is first copied to a local temporary file, and the
 * documents' sources name the URI.
 *
 * <p>Not thread-safe: one consumer, the Spark task; the reading thread stops when the task ends.
 */
final class FileDocuments implements Iterator<RawInput> {

  private static final int QUEUE = 16;

  /** Ends the queue: the file is read, or reading failed with {@code error}. */
  private record End(RuntimeException error) {}

  /** Thrown into the reader when the task stopped listening. */
  private static final class Stopped extends RuntimeException {
    Stopped() {
      super(null, null, false, false);
    }
  }

  private final DocumentStages.InputFile file;
  private final HadoopFiles hadoop;
  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE);
  private final Thread reader;
  private Object next;

  FileDocuments(DocumentStages.InputFile file, HadoopFiles hadoop) {
    this.file = file;
    this.hadoop = hadoop;
    this.reader = new Thread(this::read, "newsgraph-read-" + file.index());
    reader.setDaemon(true);
    reader.start();
    TaskContext task = TaskContext.get();
    if (task != null) {
      task.addTaskCompletionListener(
          new TaskCompletionListener() {
            @Override
            public void onTaskCompletion(TaskContext context) {
              reader.interrupt();
            }
          });
    }
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      try {
        next = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while reading " + file.path(), e);
      }
    }
    if (next instanceof End end) {
      if (end.error() != null) {
        throw end.error();
      }
      return false;
    }
    return true;
  }

  @Override
  public RawInput next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    RawInput document = (RawInput) next;
    next = null;
    return document;
  }

  private void read() {
    RuntimeException error = null;
    Path copy = null;
    try {
      String local = file.path();
      if (HadoopFiles.isUri(file.path())) {
        try {
          copy = hadoop.copyToLocal(file.path());
        } catch (IOException e) {
          put(RawInput.failed(file.index(), 0, file.path(), "cannot read: " + e.getMessage()));
          return;
        }
        local = copy.toString();
      }
      readLocal(local);
    } catch (Stopped e) {
      return;
    } catch (RuntimeException e) {
      error = e;
    } finally {
      delete(copy);
      try {
        put(new End(error));
      } catch (Stopped e) {
        // Nobody is listening any more.
      }
    }
  }

  private void readLocal(String local) {
    int[] doc = {0};
    new Ingestor()
        .read(
            List.of(local),
            InputStream.nullInputStream(),
            new DocumentSink() {
              @Override
              public void accept(RawDocument document) {
                RawDocument named =
                    new RawDocument(
                        source(document.source(), local),
                        document.url(),
                        document.title(),
                        document.published(),
                        document.format(),
                        document.content(),
                        document.problems());
                put(RawInput.of(file.index(), doc[0]++, named));
              }

              @Override
              public void failed(String source, String message) {
                put(RawInput.failed(file.index(), doc[0]++, source(source, local), message));
              }
            });
  }

  /** The source as the input names it: the copy's path replaced by the URI. */
  private String source(String source, String local) {
    return local.equals(file.path()) || !source.startsWith(local)
        ? source
        : file.path() + source.substring(local.length());
  }

  private void put(Object item) {
    try {
      queue.put(item);
    } catch (InterruptedException e) {
      throw new Stopped();
    }
  }

  private static void delete(Path copy) {
    if (copy == null) {
      return;
    }
    try {
      Files.deleteIfExists(copy);
      Files.deleteIfExists(copy.getParent());
    } catch (IOException e) {
      // A temporary file left behind; the system's cleaner takes it.
    }
  }
}
